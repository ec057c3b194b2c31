// Marks the moment every widget on the page has rendered and painted.
const tags = ['therapy-guide', 'therapy-confidentiality', 'therapy-faq', 'therapy-crisis'];
// Module scripts run in order, so every element the module defines is defined by now.
const elements = [...document.querySelectorAll(tags.join(','))].filter((el) =>
  customElements.get(el.localName),
);
await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
await Promise.all(elements.map((el) => el.updateComplete));
requestAnimationFrame(() =>
  setTimeout(() => {
    window.renderedAt = performance.now();
  }),
);
