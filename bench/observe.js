// Sums layout shifts (CLS) from the start of the page.
window.cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
}).observe({ type: 'layout-shift', buffered: true });
