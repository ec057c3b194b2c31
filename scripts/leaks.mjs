// Leak check, run by `npm test`: mounts and unmounts every element 500 times in headless
// Chromium (the built module), collecting garbage before each reading, and fails if event
// listeners or DOM nodes are retained, or the JS heap grows by more than 1 MB.
import { BROWSERS, CHROMIUM_FLAGS } from './browsers.mjs';
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';

const CYCLES = 500;
const server = await serve('.');
const browser = await chromium.launch({ executablePath: BROWSERS.chromium.binary, args: CHROMIUM_FLAGS });
const page = await browser.newPage();
await page.goto(`${server.origin}/tests/fixtures/blank.html`);
const cdp = await page.context().newCDPSession(page);

async function reading() {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { nodes, listeners: jsEventListeners, heap: usedSize };
}

async function cycles(count) {
  await page.evaluate(async (n) => {
    const settings = { 'practice-name': 'Calm Harbour', jurisdiction: 'uk', 'booking-url': '/book' };
    for (let i = 0; i < n; i++) {
      for (const tag of ['therapy-guide', 'therapy-confidentiality', 'therapy-faq', 'therapy-crisis']) {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(settings)) el.setAttribute(k, v);
        document.body.append(el);
        await el.updateComplete;
        el.remove();
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }, count);
}

await page.evaluate(() =>
  Promise.all(
    ['therapy-guide', 'therapy-confidentiality', 'therapy-faq', 'therapy-crisis'].map((t) =>
      customElements.whenDefined(t),
    ),
  ),
);
await cycles(20); // warm up: templates, styles and caches are made once
const before = await reading();
await cycles(CYCLES);
const after = await reading();
await browser.close();
await server.close();

const growth = {
  nodes: after.nodes - before.nodes,
  listeners: after.listeners - before.listeners,
  heap: after.heap - before.heap,
};
console.log(
  `Leak check, ${CYCLES} mount/unmount cycles of all four elements (Chromium, after GC): ` +
    `DOM nodes ${before.nodes} → ${after.nodes} (${growth.nodes >= 0 ? '+' : ''}${growth.nodes}), ` +
    `listeners ${before.listeners} → ${after.listeners} (${growth.listeners >= 0 ? '+' : ''}${growth.listeners}), ` +
    `JS heap ${(before.heap / 1024).toFixed(0)} KB → ${(after.heap / 1024).toFixed(0)} KB (${growth.heap >= 0 ? '+' : ''}${(growth.heap / 1024).toFixed(0)} KB)`,
);
const failed = growth.nodes > 50 || growth.listeners > 0 || growth.heap > 1024 * 1024;
if (failed) {
  console.error('Leak check failed: something is retained across mounts.');
  process.exit(1);
}
