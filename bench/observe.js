// Sums layout shifts (CLS) from the start of the page, where the engine reports them.
window.cls = 0;
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
} catch {
  window.cls = null;
}
