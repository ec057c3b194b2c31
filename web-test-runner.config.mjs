// Web Test Runner: every test file in Chromium, Firefox ESR and WebKitGTK, all from Debian's
// packages. Run through `npm test` (scripts/test-browsers.mjs), which checks the browsers
// are there, gives WebKit a virtual display and prints the closing totals line.
// With LIT_DEV=1 it is the Lit development-build pass instead: the element tests in Chromium
// against Lit's development build, where any warning Lit issues fails the test.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { BROWSERS, CHROMIUM_FLAGS, WEBKIT_CAPABILITIES, freePort } from './scripts/browsers.mjs';
import { totalsReporter } from './scripts/totals-reporter.mjs';
import { readabilityPlugin } from './scripts/readability-plugin.mjs';
import { fixtureServerPlugin } from './scripts/fixture-server-plugin.mjs';
import { distModulePlugin } from './tests/build/dist-module-plugin.mjs';

const litDev = process.env.LIT_DEV === '1';
const wanted = litDev ? ['chromium'] : (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
// tests/unit runs in Node (`npm run test:unit`), not in the browsers.
const defaultFiles = litDev ? ['tests/elements/*.test.ts'] : ['tests/**/*.test.ts', '!tests/unit/**'];

async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn(BROWSERS.webkit.driver, [`--port=${port}`], { stdio: 'ignore' });
  const stop = () => driver.kill();
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(1)));
  // Wait until it answers.
  for (let i = 0; i < 50; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return port;
}

/**
 * Serves dist/ byte for byte: with a target set, esbuild rewrites every .js it serves, and the
 * built module's integrity hash (dist/therapy-widgets.js.sri) would no longer match it.
 */
function builtFilesUntouched(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (context.path.startsWith('/dist/') ? undefined : transform(context));
  return plugin;
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: BROWSERS.chromium.binary, args: CHROMIUM_FLAGS },
    }),
  );
}
if (wanted.includes('firefox')) {
  const firefox = chromeLauncher({
    launchOptions: { browser: 'firefox', executablePath: BROWSERS.firefox.binary },
  });
  firefox.name = 'Firefox';
  browsers.push(firefox);
}
if (wanted.includes('webkit')) {
  const port = await startWebKitDriver();
  const webkit = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    capabilities: WEBKIT_CAPABILITIES,
  });
  webkit.name = 'WebKit';
  browsers.push(webkit);
}

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : defaultFiles,
  nodeResolve: { exportConditions: [litDev ? 'development' : 'production'] },
  ...(litDev && {
    testRunnerHtml: (testFramework) =>
      `<!doctype html><html><body><script type="module" src="/tests/support/lit-dev-warnings.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  }),
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  browsers,
  plugins: [
    builtFilesUntouched(
      esbuildPlugin({
        ts: true,
        target: 'es2022',
        tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      }),
    ),
    a11ySnapshotPlugin(),
    readabilityPlugin(),
    fixtureServerPlugin(),
    distModulePlugin(),
  ],
  reporters: [defaultReporter(), totalsReporter()],
};
