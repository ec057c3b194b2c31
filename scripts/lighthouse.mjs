// npm run lighthouse: Lighthouse scores of the built demo practice page (demo-dist/, from
// `npm run build:demo`), served on 127.0.0.1 and audited in headless Chromium. Prints the four
// category scores, medians of three runs, and each failing audit. Targets: accessibility,
// best practices and SEO 100; performance 95 or more.
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BROWSERS, CHROMIUM_FLAGS } from './browsers.mjs';
import { serve } from './static-server.mjs';

const PAGE = process.argv[2] ?? '/index.html';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

if (!existsSync('demo-dist/index.html')) {
  console.error('No demo-dist/: run `npm run build` (which builds the demo) first.');
  process.exit(1);
}
// Compressed, as any static host serves it.
const server = await serve('demo-dist', undefined, { compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: BROWSERS.chromium.binary,
  chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
});

const scores = Object.fromEntries(Object.keys(TARGETS).map((k) => [k, []]));
const failing = new Map();
for (let i = 0; i < RUNS; i++) {
  const { lhr } = await lighthouse(`${server.origin}${PAGE}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: Object.keys(TARGETS),
  });
  for (const [id, category] of Object.entries(lhr.categories)) {
    scores[id].push(Math.round((category.score ?? 0) * 100));
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1)
        failing.set(ref.id, `${id}: ${audit.title}`);
    }
  }
}
await chrome.kill();
await server.close();

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
console.log(`Lighthouse ${RUNS} runs, medians, ${PAGE} of the built demo:`);
console.log('| category | score | target |\n| --- | --- | --- |');
let missed = false;
for (const [id, target] of Object.entries(TARGETS)) {
  const score = median(scores[id]);
  if (score < target) missed = true;
  console.log(`| ${id} | ${score} | ${target} |`);
}
for (const line of failing.values()) console.log(`- not passed: ${line}`);
if (missed) process.exitCode = 1;
