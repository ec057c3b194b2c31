// The published WordPress post in the two other engines: Firefox ESR (WebDriver BiDi through
// puppeteer-core) and WebKitGTK (WebDriver through webdriverio and WebKitWebDriver, on a
// virtual display when there is none). Each checks what a reader sees: the four widgets with
// the practice's name, the crisis line, and no resource from anywhere but the site.
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { BROWSERS, WEBKIT_CAPABILITIES, freePort } from '../../scripts/browsers.mjs';

const TAGS = ['therapy-guide', 'therapy-confidentiality', 'therapy-faq', 'therapy-crisis'];

/** Runs in the page: what the reader sees, or `null` until all four widgets have rendered. */
function inPage(tags) {
  const widgets = tags.map((tag) => document.querySelector(tag));
  if (!widgets.every((el) => (el?.shadowRoot?.textContent ?? '').length > 40)) return null;
  return {
    withoutName: widgets
      .filter((el) => !el.shadowRoot.textContent.includes('Calm Harbour Therapy'))
      .map((el) => el.localName),
    crisisLine: Boolean(widgets[3].shadowRoot.querySelector('a[href="tel:988"]')),
    resources: performance.getEntriesByType('resource').map((entry) => entry.name),
  };
}

function judge(engine, seen, host) {
  if (!seen) throw new Error(`${engine}: the widgets did not render`);
  if (seen.withoutName.length > 0)
    throw new Error(`${engine}: no practice name in ${seen.withoutName.join()}`);
  if (!seen.crisisLine) throw new Error(`${engine}: no tel:988 crisis link`);
  const elsewhere = seen.resources.filter((url) => new URL(url).host !== host);
  if (elsewhere.length > 0) throw new Error(`${engine}: resources from elsewhere: ${elsewhere.join(', ')}`);
}

async function poll(read, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const seen = await read();
    if (seen || Date.now() > end) return seen;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Opens the address in Firefox ESR and returns `read(arg)` from the page once it is not null. */
export async function inFirefox(url, read, arg) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSERS.firefox.binary,
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await poll(() => page.evaluate(read, arg));
  } finally {
    await browser.close();
  }
}

export async function firefoxReads(link, host) {
  judge('Firefox ESR', await inFirefox(link, inPage, TAGS), host);
}

/** Opens the address in WebKitGTK and returns `read(arg)` from the page once it is not null. */
export async function inWebKit(url, read, arg) {
  const port = await freePort();
  const command = process.env.DISPLAY
    ? [BROWSERS.webkit.driver, [`--port=${port}`]]
    : ['xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', BROWSERS.webkit.driver, `--port=${port}`]];
  // Its own process group, so stopping it also stops the virtual display it started.
  const driver = spawn(command[0], command[1], { stdio: 'ignore', detached: true });
  let session;
  try {
    await poll(async () => (await fetch(`http://127.0.0.1:${port}/status`).catch(() => null))?.ok, 15_000);
    session = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: WEBKIT_CAPABILITIES,
    });
    await session.url(url);
    return await poll(() => session.execute(read, arg));
  } finally {
    await session?.deleteSession().catch(() => {});
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

export async function webkitReads(link, host) {
  judge('WebKitGTK', await inWebKit(link, inPage, TAGS), host);
}
