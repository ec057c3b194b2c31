// The cost of one element's first render in a fresh page: from appending it (the module is
// loaded and its elements defined) to Lit's updateComplete, and to the frame after it.
// ?tag=therapy-crisis picks the element. Leaves window.benchResult = { render, painted } (ms).
const tag = new URLSearchParams(location.search).get('tag');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
await customElements.whenDefined(tag);
await frame();
const el = document.createElement(tag);
el.setAttribute('practice-name', 'Calm Harbour Therapy');
el.setAttribute('jurisdiction', 'us');
if (tag === 'therapy-faq') el.setAttribute('booking-url', '/book');
const start = performance.now();
document.body.append(el);
await el.updateComplete;
const render = performance.now() - start;
await frame();
window.benchResult = { render, painted: performance.now() - start };
