// Fails `npm test` when a committed generated file is stale: `snapshot` (before the build)
// records the files as they are, `check` (after it) compares them with what the build wrote.
// A clean clone holds the committed files, so there the check compares the commit itself.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The files the build writes into the repository, and what writes each. */
const GENERATED = {
  'custom-elements.json': 'npm run manifest (from the JSDoc in src/elements)',
  'README.md':
    'npm run manifest (scripts/readme-api.mjs: the API section, from custom-elements.json and src/content)',
};
const SNAPSHOT = 'node_modules/.cache/therapy-widgets/generated.json';

const hash = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const hashes = () => Object.fromEntries(Object.keys(GENERATED).map((file) => [file, hash(file)]));

const command = process.argv[2];
if (command === 'snapshot') {
  mkdirSync(dirname(SNAPSHOT), { recursive: true });
  writeFileSync(SNAPSHOT, JSON.stringify(hashes()));
} else if (command === 'check') {
  let before;
  try {
    before = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
  } catch {
    console.error(
      `No snapshot at ${SNAPSHOT}: run \`node scripts/generated.mjs snapshot\` before the build.`,
    );
    process.exit(1);
  }
  const after = hashes();
  const stale = Object.keys(GENERATED).filter((file) => before[file] !== after[file]);
  for (const file of stale) {
    console.error(
      `${file} was out of date: the build rewrote it (${GENERATED[file]}). ` +
        `Review the change with \`git diff -- ${file}\` and commit it.`,
    );
  }
  if (stale.length > 0) process.exit(1);
  console.log(`Generated files up to date: ${Object.keys(GENERATED).join(', ')}.`);
} else {
  console.error('Usage: node scripts/generated.mjs snapshot|check');
  process.exit(1);
}
