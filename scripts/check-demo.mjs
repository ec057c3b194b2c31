// npm run check:demo: loads the static demo (demo-dist/, from `npm run build:demo`) from a plain
// static server in headless Chromium and checks what a visitor would meet: every page renders
// its widgets from the copied module (so its integrity hash holds), writes nothing to the
// console, requests nothing from another origin, breaks no Content Security Policy, and axe
// finds no accessibility violation. Exits 1 on any problem.
import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { BROWSERS, CHROMIUM_FLAGS } from './browsers.mjs';
import { serve } from './static-server.mjs';

const PAGES = {
  'index.html': ['therapy-guide', 'therapy-confidentiality', 'therapy-faq', 'therapy-crisis'],
  'configurator.html': ['therapy-guide', 'therapy-confidentiality', 'therapy-faq', 'therapy-crisis'],
  'theme.html': ['therapy-guide', 'therapy-confidentiality', 'therapy-faq', 'therapy-crisis'],
};

if (!existsSync('demo-dist/index.html')) {
  console.error('demo-dist/ is missing: run `npm run build:demo` first.');
  process.exit(1);
}

const server = await serve('demo-dist');
const browser = await chromium.launch({ executablePath: BROWSERS.chromium.binary, args: CHROMIUM_FLAGS });
const problems = [];

for (const [path, tags] of Object.entries(PAGES)) {
  for (const width of [1280, 320]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const say = (what) => problems.push(`${path} @${width}px: ${what}`);
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) say(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => say(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => say(`request failed: ${request.url()}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'about:'].includes(url.protocol) && url.origin !== server.origin)
        say(`request to ${url.href}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(`${server.origin}/${path}`);
    try {
      await page.waitForFunction(
        (names) => names.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('h2, h3, h4')),
        tags,
        { timeout: 15_000 },
      );
    } catch {
      say(`widgets did not render (${tags.join(', ')})`);
    }
    if (path === 'configurator.html') {
      const snippet = await page.inputValue('#snippet');
      const sri = await (await fetch(`${server.origin}/therapy-widgets.js.sri`)).text();
      if (!snippet.includes(`integrity="${sri.trim()}"`))
        say("the snippet does not carry the module's integrity hash");
    }
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations)
      say(`axe ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) say(`the page scrolls sideways by ${overflow}px`);
    await context.close();
  }
}

await browser.close();
await server.close();
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s) in demo-dist/`);
  process.exit(1);
}
console.log(
  `demo-dist/: ${Object.keys(PAGES).length} pages render from ./therapy-widgets.js with no console message, no other origin, no CSP violation and no axe violation, at 1280 and 320 px.`,
);
