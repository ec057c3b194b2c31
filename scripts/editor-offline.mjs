// npm run test:editor-file: opens dist/therapy-widgets-editor.html from disk (file://) in
// Chromium (playwright-core, Debian's binary), as a practice would after keeping the file, and
// checks that it makes no request of any kind, writes nothing to the console, shows the real
// widgets in its preview, and turns what is typed into a snippet. Web Test Runner serves pages
// over http, so the file:// part is checked here; tests/demo/editor-file.test.ts checks the same
// file's contents in all three engines. Exits 1 on any problem. Needs `npm run build`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { BROWSERS, CHROMIUM_FLAGS } from './browsers.mjs';

const file = resolve(import.meta.dirname, '../dist/therapy-widgets-editor.html');
if (!existsSync(file)) {
  console.error('dist/therapy-widgets-editor.html is missing: run `npm run build` first.');
  process.exit(1);
}
const url = pathToFileURL(file).href;
const browser = await chromium.launch({ executablePath: BROWSERS.chromium.binary, args: CHROMIUM_FLAGS });
const problems = [];
try {
  for (const width of [1280, 320]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const say = (what) => problems.push(`@${width}px: ${what}`);
    page.on('request', (request) => {
      if (request.url() !== url) say(`request: ${request.url()}`);
    });
    page.on(
      'console',
      (m) => ['error', 'warning'].includes(m.type()) && say(`console ${m.type()}: ${m.text()}`),
    );
    page.on('pageerror', (error) => say(`uncaught: ${error.message}`));
    await page.goto(url);
    await page.waitForFunction(
      () =>
        ['therapy-guide', 'therapy-confidentiality', 'therapy-faq', 'therapy-crisis'].every((tag) =>
          document.querySelector(`#preview ${tag}`)?.shadowRoot?.querySelector('[part~="heading"]'),
        ),
      undefined,
      { timeout: 20_000 },
    );
    await page.fill('[name="practice-name"]', 'Harbour Light Counselling');
    await page.selectOption('[name="jurisdiction"]', 'uk');
    const snippet = await page.inputValue('#snippet');
    if (!snippet.includes('"practice-name": "Harbour Light Counselling"'))
      say('the snippet lacks the practice name');
    if (!/integrity="sha384-[A-Za-z0-9+/=]{64}"/.test(snippet)) say('the snippet lacks the integrity hash');
    const crisis = await page.evaluate(
      () => document.querySelector('#preview therapy-crisis')?.shadowRoot?.textContent ?? '',
    );
    if (!crisis.includes('Samaritans')) say('the preview does not follow the jurisdiction');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
    if (wide) say('the page scrolls sideways');
    await context.close();
  }
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.error(`${file}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${url}: opens from disk, no request, widgets render, snippet made (1280 and 320 px).`);
