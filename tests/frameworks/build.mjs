// `npm run test:frameworks`, first half: installs this repository as node_modules/therapy-widgets
// the way npm would install the published package (a folder holding links to the files that
// package.json's `files` publishes, never a link to the whole repository, whose tests would
// then be found again inside itself), so the apps and type tests import it as users do,
// through its package.json exports. Then runs the type tests, builds the React, Vue and Svelte
// apps with Vite into dist/<app>/, and renders each app with its framework's server renderer
// into dist/<app>/server-rendered.html (the page a server-rendering framework would send, which
// the app then hydrates). Needs `npm run build` and `npm ci --prefix tests/frameworks` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const APPS = { react: 'server.tsx', vue: 'server.ts', svelte: 'server.ts' };

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

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const installed = join(here, 'node_modules/therapy-widgets');
rmSync(installed, { recursive: true, force: true });
mkdirSync(installed);
for (const file of ['package.json', ...manifest.files]) {
  symlinkSync(join('../../../..', file), join(installed, file));
}
// The package's own dependencies, as npm would install them beside it.
for (const [name, version] of Object.entries(manifest.dependencies ?? {})) {
  const found = join(here, 'node_modules', name, 'package.json');
  const have = existsSync(found) ? JSON.parse(readFileSync(found, 'utf8')).version : 'nothing';
  if (have !== version) fail(`therapy-widgets depends on ${name} ${version}; tests/frameworks has ${have}.`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: here, stdio: 'inherit' });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed.`);
}

run(process.execPath, ['type-tests.mjs']);
const vite = (...args) => run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', ...args]);
for (const [app, server] of Object.entries(APPS)) {
  vite('--mode', app);
  vite('--mode', app, '--ssr', server);
  // Rendering must not load the elements: the apps import them in the browser only.
  const { render } = await import(pathToFileURL(join(here, `dist/${app}-server/server.js`)).href);
  const markup = await render();
  const page = readFileSync(join(here, `dist/${app}/index.html`), 'utf8');
  if (!page.includes('<body></body>')) fail(`dist/${app}/index.html has no empty <body></body> to fill.`);
  writeFileSync(
    join(here, `dist/${app}/server-rendered.html`),
    page.replace('<body></body>', () => `<body><div id="app">${markup}</div></body>`),
  );
  console.log(`built tests/frameworks/dist/${app}/ (index.html, server-rendered.html)`);
}
