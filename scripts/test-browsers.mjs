// Runs Web Test Runner in the three engines. Fails at once, with one line, when a browser is
// missing; gives WebKit (which has no headless mode) a virtual display.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROWSERS } from './browsers.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
for (const name of wanted) {
  const browser = BROWSERS[name];
  if (!browser) {
    console.error(`Unknown browser "${name}" in BROWSERS; use chromium, firefox, webkit.`);
    process.exit(1);
  }
  const missing = [browser.binary, browser.driver].filter((path) => path && !existsSync(path));
  if (missing.length > 0) {
    console.error(
      `${browser.label} is missing (${missing.join(', ')}): install it with \`${browser.install}\` (as root, after apt-get update).`,
    );
    process.exit(1);
  }
}

const wtr = [
  'node_modules/@web/test-runner/dist/bin.js',
  '--config',
  'web-test-runner.config.mjs',
  ...process.argv.slice(2),
];
const needsDisplay = wanted.includes('webkit') && !process.env.DISPLAY;
if (needsDisplay && !existsSync('/usr/bin/xvfb-run')) {
  console.error(`WebKitGTK needs a display: install xvfb with \`${BROWSERS.webkit.install}\`.`);
  process.exit(1);
}
const [command, args] = needsDisplay
  ? ['xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, ...wtr]]
  : [process.execPath, wtr];
const result = spawnSync(command, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
