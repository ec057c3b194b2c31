// Every benchmark page's "rendered" moment: every custom element on the page is defined and
// has rendered (Lit's updateComplete), and the frame after it has painted. Pages without
// custom elements (the static baselines) reach it at their first frame. Leaves
// window.benchResult = { rendered, fcp, cls } (ms since navigation) for scripts/bench.mjs.
const custom = [...document.body.querySelectorAll('*')].filter((el) => customElements.get(el.localName));
await Promise.all(custom.map((el) => el.updateComplete));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
await frame();
const rendered = performance.now();
const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
// The paint entry may be queued after the frame; give it a moment.
for (let i = 0; i < 20 && fcp() === undefined; i++) await frame();
window.benchResult = { rendered, fcp: fcp() ?? null, cls: window.cls ?? 0 };
