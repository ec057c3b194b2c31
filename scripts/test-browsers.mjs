// Runs Web Test Runner in the three engines. Fails at once, with one line, when a browser is
// missing; gives WebKit (which has no headless mode) a virtual display.
// A full run (no TEST_FILES) with Chromium among the engines first runs the element tests
// against Lit's development build (LIT_DEV=1 in web-test-runner.config.mjs), where Lit's own
// warnings fail a test; LIT_DEV=1 forces that pass, LIT_DEV=0 skips it. The closing line adds
// up both passes: "N passed, N failed" stays the very last line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS } from './browsers.mjs';
import { totalsLine } from './totals-reporter.mjs';

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
const litDev =
  process.env.LIT_DEV === '1' ||
  (process.env.LIT_DEV !== '0' && !process.env.TEST_FILES && wanted.includes('chromium'));
const passes = [
  ...(litDev ? [{ label: "Lit's development build (Chromium, element tests)", env: { LIT_DEV: '1' } }] : []),
  { label: wanted.join(', '), env: { LIT_DEV: '0' } },
];
const scratch = mkdtempSync(join(tmpdir(), 'therapy-widgets-totals-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let status = 0;
for (const [i, pass] of passes.entries()) {
  const file = join(scratch, `${i}.json`);
  if (passes.length > 1) console.log(`\n== Tests: ${pass.label} ==\n`);
  const dev = pass.env.LIT_DEV === '1';
  const result = spawnSync(dev ? process.execPath : command, dev ? wtr : args, {
    stdio: 'inherit',
    env: { ...process.env, ...pass.env, TOTALS_FILE: file },
  });
  if (result.status !== 0) status = result.status ?? 1;
  try {
    const counts = JSON.parse(readFileSync(file, 'utf8'));
    for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0;
  } catch {
    // The runner stopped before its totals (a config error): count the pass as one failure.
    totals.failed++;
  }
}
rmSync(scratch, { recursive: true, force: true });
if (totals.failed > 0 && status === 0) status = 1;
process.stdout.write(`\n${totalsLine(totals)}\n`);
process.exit(status);
