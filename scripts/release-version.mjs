// Writes src/core/version.ts from package.json's version, so the module knows its version
// (`TherapyGuide.version` …). Run by `npm run build` before Vite, and by `npm version`.
// With --check, fails when the file is out of date instead of writing it.
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'src/core/version.ts';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const text = `/** The version of therapy-widgets, from package.json (written by scripts/release-version.mjs). */\nexport const VERSION = '${version}';\n`;

if (process.argv.includes('--check')) {
  if (readFileSync(FILE, 'utf8') !== text) {
    console.error(`${FILE} does not say version ${version}: run node scripts/release-version.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(FILE, text);
}
