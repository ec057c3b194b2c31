// npm run bench: speed figures in headless Chromium (playwright-core), medians of repeated runs.
// - every element on a page: navigation → all rendered, against the same content as static
//   HTML (declarative shadow DOM with the same styles), as a ratio; CLS of that page;
// - a 1,000-item FAQ: first render, and filtering per keystroke.
// Needs a build (npm run build). Prints a Markdown table; `--json` prints JSON as well.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { BROWSERS, CHROMIUM_FLAGS } from './browsers.mjs';
import { serve } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const server = await serve('.');
const browser = await chromium.launch({
  executablePath: BROWSERS.chromium.binary,
  args: CHROMIUM_FLAGS,
});

async function inFreshPage(path, until) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  await page.waitForFunction(until, null, { timeout: 30_000 });
  return { page, close: () => context.close() };
}

// The static baseline: the rendered page, frozen as HTML with declarative shadow roots.
async function writeStaticBaseline() {
  const { page, close } = await inFreshPage('/bench/page.html', () => window.renderedAt !== undefined);
  const html = await page.evaluate(() => {
    const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const parts = [];
    for (const el of document.body.children) {
      if (el.shadowRoot) {
        const css = el.shadowRoot.adoptedStyleSheets
          .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
          .join('\n');
        parts.push(
          `<${el.localName}><template shadowrootmode="open"><style>${escape(css)}</style>${el.shadowRoot.innerHTML}</template></${el.localName}>`,
        );
      } else if (el.localName !== 'script') {
        parts.push(el.outerHTML);
      }
    }
    return parts.join('\n');
  });
  await close();
  mkdirSync('bench/.generated', { recursive: true });
  writeFileSync(
    'bench/.generated/static.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static baseline</title><link rel="icon" href="data:,"><script type="module" src="/bench/static-rendered.js"></script></head><body>${html}</body></html>`,
  );
}

async function timeToRendered(path) {
  const times = [];
  const shifts = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, close } = await inFreshPage(path, () => window.renderedAt !== undefined);
    times.push(await page.evaluate(() => window.renderedAt));
    shifts.push(await page.evaluate(() => window.cls ?? 0));
    await close();
  }
  return { time: median(times), cls: Math.max(...shifts) };
}

async function faq1000() {
  const renders = [];
  const alls = [];
  const keys = [];
  let shown = 0;
  for (let i = 0; i < RUNS; i++) {
    const { page, close } = await inFreshPage('/bench/faq-1000.html', () => window.benchResult !== undefined);
    const result = await page.evaluate(() => window.benchResult);
    renders.push(result.render);
    alls.push(result.all);
    keys.push(median(result.keystrokes));
    shown = result.shown;
    await close();
  }
  return { render: median(renders), all: median(alls), keystroke: median(keys), shown };
}

await writeStaticBaseline();
const widgets = await timeToRendered('/bench/page.html');
const baseline = await timeToRendered('/bench/.generated/static.html');
const faq = await faq1000();
await browser.close();
await server.close();

const version = browser.version?.() ?? '';
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${version}`;
const ms = (n) => `${n.toFixed(1)} ms`;
const rows = [
  ['Every element rendered (navigation → painted)', ms(widgets.time)],
  ['Same content as static HTML', ms(baseline.time)],
  ['Ratio, widgets ÷ static', `${(widgets.time / baseline.time).toFixed(2)}×`],
  ['CLS of that page (worst run)', widgets.cls.toFixed(3)],
  ['1,000-item FAQ: first render (first screens shown)', ms(faq.render)],
  ['1,000-item FAQ: all 1,000 items in the page', ms(faq.all)],
  ['1,000-item FAQ: filter, per keystroke', ms(faq.keystroke)],
];
console.log(`Medians of ${RUNS} runs each, headless Chromium, on ${machine}.\n`);
console.log('| measure | median |\n| --- | --- |');
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
if (process.argv.includes('--json'))
  console.log(JSON.stringify({ runs: RUNS, machine, widgets, baseline, faq }, null, 2));
