// The three engines for scripts/bench.mjs, each as { label, version, measure(url), close() }:
// measure() opens the URL in a fresh page, waits for the page's window.benchResult and
// resolves with it. Chromium through playwright-core (CPU throttling through CDP), Firefox ESR
// through puppeteer-core over WebDriver BiDi (playwright cannot drive Debian's Firefox), and
// WebKitGTK through WebKitWebDriver and webdriverio (needs a display: run under xvfb-run).
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { BROWSERS, CHROMIUM_FLAGS, WEBKIT_CAPABILITIES, freePort } from '../scripts/browsers.mjs';

const VIEWPORT = { width: 1280, height: 900 };
const TIMEOUT = 60_000;

/** Chromium, headless; `rate` > 1 slows the CPU that many times (Emulation.setCPUThrottlingRate). */
export async function chromiumEngine(rate = 1) {
  const browser = await chromium.launch({ executablePath: BROWSERS.chromium.binary, args: CHROMIUM_FLAGS });
  return {
    label: rate > 1 ? `Chromium, ${rate}× CPU` : 'Chromium',
    version: `Chromium ${browser.version()}`,
    async measure(url) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      if (rate > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      }
      await page.goto(url);
      await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: TIMEOUT });
      const result = await page.evaluate(() => window.benchResult);
      await context.close();
      return result;
    },
    /** The page, for one-off work such as writing the static baselines. */
    async open(url) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: TIMEOUT });
      return { page, close: () => context.close() };
    },
    close: () => browser.close(),
  };
}

/** Firefox ESR, headless, over WebDriver BiDi; a fresh browser context per page. */
export async function firefoxEngine() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSERS.firefox.binary,
    headless: true,
  });
  return {
    label: 'Firefox ESR',
    version: (await browser.version()).replace(/^firefox\//i, 'Firefox ESR '),
    async measure(url) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(VIEWPORT);
      await page.goto(url);
      await page.waitForFunction('window.benchResult !== undefined', { timeout: TIMEOUT });
      const result = await page.evaluate('window.benchResult');
      await context.close();
      return result;
    },
    close: () => browser.close(),
  };
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver (started here, stopped by close()). */
export async function webkitEngine() {
  const port = await freePort();
  const driver = spawn(BROWSERS.webkit.driver, [`--port=${port}`], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: WEBKIT_CAPABILITIES,
    });
    await browser.setWindowSize(VIEWPORT.width, VIEWPORT.height);
    return {
      label: 'WebKitGTK',
      version: `WebKitGTK ${browser.capabilities.browserVersion ?? ''}`.trim(),
      async measure(url) {
        // One window throughout: a blank page between runs, and nothing cached (no-store).
        await browser.url(url);
        await browser.waitUntil(() => browser.execute(() => window.benchResult !== undefined), {
          timeout: TIMEOUT,
          interval: 50,
        });
        const result = await browser.execute(() => window.benchResult);
        await browser.url('about:blank');
        return result;
      },
      async close() {
        await browser.deleteSession();
        driver.kill();
      },
    };
  } catch (error) {
    driver.kill();
    throw error;
  }
}
