// Fails `npm test` when a committed generated file is stale: `snapshot` (before the build)
// records the files as they are, `check` (after it) compares them with what the build wrote.
// On CI (CI set), where .ci/run may have built before `npm test`, `check` also compares them
// with the commit (`git diff --exit-code`), so an earlier build cannot hide a stale file.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The files the build writes into the repository, and what writes each. */
const GENERATED = {
  'custom-elements.json': 'npm run manifest, from the JSDoc in src/elements',
  'README.md':
    'npm run manifest: scripts/readme-api.mjs writes its API section from custom-elements.json and src/content',
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
  if (process.env.CI) {
    for (const file of Object.keys(GENERATED)) {
      const diff = spawnSync('git', ['diff', '--quiet', '--exit-code', '--', file]);
      if (diff.status === 1 && !stale.includes(file)) stale.push(file);
    }
  }
  for (const file of stale) {
    console.error(
      `${file} differs from what the build writes (${GENERATED[file]}). ` +
        `The build has now written it: review the change with \`git diff -- ${file}\` and commit it.`,
    );
  }
  if (stale.length > 0) process.exit(1);
  console.log(`Generated files up to date: ${Object.keys(GENERATED).join(', ')}.`);
} else {
  console.error('Usage: node scripts/generated.mjs snapshot|check');
  process.exit(1);
}
