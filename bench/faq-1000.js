// Renders a <therapy-faq> with 1,000 practice items, then types a query one key at a time.
// Leaves its figures (ms) in window.benchResult for scripts/bench.mjs: render (to the first
// updateComplete), atUpdate (items in the page then), all (until all 1,000 are in the page),
// keystrokes (each key until the frame after the update), updates (each key until updateComplete).
// bench/faq-1000.html?idle types once the page has been idle.
const topics = ['getting-started', 'cost', 'sessions', 'privacy', 'online', 'feelings-fit'];
const words = [
  'session',
  'cost',
  'online',
  'private',
  'nervous',
  'goals',
  'first',
  'insurance',
  'time',
  'therapist',
];

function makeFaq(count) {
  const faq = document.createElement('therapy-faq');
  for (let i = 0; i < count; i++) {
    const details = document.createElement('details');
    details.id = `bench-${i}`;
    details.dataset.category = topics[i % topics.length];
    const summary = document.createElement('summary');
    summary.textContent = `Question ${i}: what about ${words[i % words.length]} and ${words[(i * 7) % words.length]}?`;
    const answer = document.createElement('p');
    answer.textContent = `Answer ${i}. A few plain sentences about ${words[(i * 3) % words.length]}. You can ask us anything.`;
    details.append(summary, answer);
    faq.append(details);
  }
  return faq;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

await customElements.whenDefined('therapy-faq');
const faq = makeFaq(1000);
const start = performance.now();
document.body.append(faq);
await faq.updateComplete;
const render = performance.now() - start;
const atUpdate = faq.shadowRoot.querySelectorAll('.disclosure').length;
// The rest arrives over the next frames: time until all 1,000 are in the page.
while (faq.shadowRoot.querySelectorAll('.disclosure').length < 1000) await frame();
const all = performance.now() - start;
// A reader types into a page that has painted: the keys start after the next frame (with
// every item in at the first update, the first key would otherwise also pay the first paint).
// With ?idle, only once the page has also been idle: what it does then (folding the search
// text, collecting the render's garbage) no longer falls on the first key.
if (new URLSearchParams(location.search).has('idle')) {
  await new Promise((resolve) => (window.requestIdleCallback ?? ((f) => setTimeout(f, 50)))(resolve));
}
await frame();

const input = faq.shadowRoot.querySelector('input[type="search"]');
const keystrokes = [];
const updates = [];
for (const query of [
  's',
  'se',
  'ses',
  'sess',
  'sessi',
  'sessio',
  'session',
  'session c',
  'session co',
  'session cos',
]) {
  const t = performance.now();
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await faq.updateComplete;
  updates.push(performance.now() - t);
  // Until the frame after the update has painted: what the reader waits for.
  await frame();
  keystrokes.push(performance.now() - t);
}
const shown = faq.shadowRoot.querySelectorAll('.disclosure').length;
window.benchResult = { render, atUpdate, all, keystrokes, updates, shown };
