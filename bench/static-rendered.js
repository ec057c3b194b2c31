// The static baseline's "rendered" moment: the first frame after the document is parsed.
requestAnimationFrame(() =>
  setTimeout(() => {
    window.renderedAt = performance.now();
  }),
);
