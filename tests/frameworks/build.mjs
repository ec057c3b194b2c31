// `npm run test:frameworks`, first half: links node_modules/therapy-widgets to this repository
// (so the apps and type tests import the package as users do, through its package.json
// exports), runs the type tests, then builds the React, Vue and Svelte apps with Vite into
// dist/. Needs `npm run build` (dist/) and `npm ci --prefix tests/frameworks` first.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const APPS = ['react', 'vue', 'svelte'];

function fail(message) {
  console.error(`test:frameworks: ${message}`);
  process.exit(1);
}

for (const file of ['dist/therapy-widgets.js', 'dist/types/jsx.d.ts']) {
  if (!existsSync(join(root, file))) fail(`${file} is missing: run \`npm run build\` first.`);
}
if (!existsSync(join(here, 'node_modules/.bin/vite'))) {
  fail('the apps’ dependencies are missing: run `npm ci --prefix tests/frameworks` first.');
}

const link = join(here, 'node_modules/therapy-widgets');
// Never recursive: the link points at the repository itself.
rmSync(link, { force: true });
symlinkSync('../../..', link, 'dir');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: here, stdio: 'inherit' });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed.`);
}

run(process.execPath, ['type-tests.mjs']);
for (const app of APPS) {
  run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--mode', app]);
  console.log(`built tests/frameworks/dist/${app}/`);
}
