// `npm run test:release` (after `npm run build` and `npm run release`): what a practice
// downloads, unzipped and opened from disk as they would, and what `npm pack` would publish.
// Prints "N passed, N failed" as its last line.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { BROWSERS, CHROMIUM_FLAGS } from '../../scripts/browsers.mjs';
import { inFirefox, inWebKit } from '../wordpress/engines.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const NAME = `therapy-widgets-${version}`;
const zip = join('release', `${NAME}.zip`);
const results = [];

async function check(name, body) {
  try {
    await body();
    results.push(true);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push(false);
    console.log(
      `  ✗ ${name}\n      ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 5)
        .join('\n      ')}`,
    );
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const sha384 = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

if (!existsSync(zip)) {
  console.error(`${zip} is missing: run npm run build and npm run release first.`);
  process.exit(1);
}
const unzipped = mkdtempSync(join(tmpdir(), 'therapy-release-'));
execFileSync('unzip', ['-q', zip, '-d', unzipped]);
const folder = join(unzipped, NAME);
const files = readdirSync(folder);
const browser = await chromium.launch({ executablePath: BROWSERS.chromium.binary, args: CHROMIUM_FLAGS });

/** Opens a file of the unzipped folder over file://, recording every request and console problem. */
async function openFromDisk(name) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on(
    'console',
    (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`),
  );
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(pathToFileURL(join(folder, name)).href, { waitUntil: 'load' });
  const offDisk = () => requests.filter((url) => !/^(file|data):/.test(url));
  return { context, page, problems, offDisk };
}

console.log(`Release ${zip}`);
try {
  await check(
    'holds the module, its hash, the sheet, the plugin, the editor, START-HERE, licence and notices',
    () => {
      const expected = [
        'START-HERE.html',
        'therapy-widgets.js',
        'therapy-widgets.js.sri',
        'therapy-widgets.css',
        'therapy-widgets-editor.html',
        `therapy-widgets-wordpress-${version}.zip`,
        'LICENSE',
        'THIRD-PARTY-NOTICES.md',
      ];
      const missing = expected.filter((name) => !files.includes(name));
      assert(missing.length === 0, `missing: ${missing.join(', ')} (has ${files.join(', ')})`);
    },
  );

  await check('every module has a .sri file that matches it', () => {
    const modules = files.filter((name) => /^therapy-widgets(\.[a-z]{2})?\.js$/.test(name));
    assert(modules.includes('therapy-widgets.js'), 'no therapy-widgets.js');
    for (const name of modules) {
      assert(files.includes(`${name}.sri`), `${name} has no .sri`);
      const sri = readFileSync(join(folder, `${name}.sri`), 'utf8').trim();
      assert(sri === sha384(join(folder, name)), `${name}.sri does not match ${name}`);
    }
  });

  await check('the plugin zip inside carries the same module and the package version', () => {
    const plugin = join(folder, `therapy-widgets-wordpress-${version}.zip`);
    const main = execFileSync('unzip', ['-p', plugin, 'therapy-widgets/therapy-widgets.php'], {
      encoding: 'utf8',
    });
    assert(
      new RegExp(`^ \\* Version:\\s+${version.replace(/\./g, '\\.')}$`, 'm').test(main),
      'plugin header version',
    );
    const module = execFileSync('unzip', ['-p', plugin, 'therapy-widgets/assets/therapy-widgets.js']);
    assert(module.equals(readFileSync(join(folder, 'therapy-widgets.js'))), 'the plugin’s module differs');
  });

  await check(
    'START-HERE.html opens from disk, loads nothing else, and says which file to use where',
    async () => {
      const { context, page, problems, offDisk } = await openFromDisk('START-HERE.html');
      try {
        const seen = await page.evaluate(() => ({
          h1: document.querySelector('h1')?.textContent,
          text: document.body.innerText,
          links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
          resources: document.querySelectorAll('img, script, iframe, link[rel="stylesheet"], object, embed')
            .length,
        }));
        assert(/Start here/.test(seen.h1 ?? ''), `heading: ${seen.h1}`);
        for (const word of [
          'WordPress',
          'Squarespace',
          'Wix',
          'Webflow',
          `therapy-widgets-wordpress-${version}.zip`,
          'therapy-widgets-editor.html',
          'Plugins → Add New → Upload Plugin',
          'fingerprint',
        ]) {
          assert(seen.text.includes(word), `START-HERE does not mention ${word}`);
        }
        assert(
          seen.text.includes(readFileSync(join(folder, 'therapy-widgets.js.sri'), 'utf8').trim()),
          'no hash shown',
        );
        assert(seen.resources === 0, `${seen.resources} external resources`);
        for (const href of seen.links) {
          assert(
            href.startsWith('#') ? seen.text && (await page.$(href)) : files.includes(href),
            `link ${href} goes nowhere`,
          );
        }
        assert(offDisk().length === 0, `requests: ${offDisk().join(', ')}`);
        assert(problems.length === 0, problems.join(' | '));
      } finally {
        await context.close();
      }
    },
  );

  await check(
    'the editor opens from disk, shows live widgets and writes lines with the real hash',
    async () => {
      const { context, page, problems, offDisk } = await openFromDisk('therapy-widgets-editor.html');
      try {
        await page.waitForFunction(
          () => (document.querySelector('#preview therapy-faq')?.shadowRoot?.textContent ?? '').length > 40,
          null,
          { timeout: 20_000 },
        );
        await page.fill('input[name="practice-name"]', 'Calm Harbour Therapy');
        await page.fill('input[name="script-url"]', 'https://files.calmharbour.example/therapy-widgets.js');
        await page.waitForFunction(() =>
          [...document.querySelectorAll('#preview therapy-faq, #preview therapy-crisis')].some((el) =>
            el.shadowRoot?.textContent?.includes('Calm Harbour Therapy'),
          ),
        );
        const snippet = await page.$eval('#snippet', (el) => el.value);
        const sri = readFileSync(join(folder, 'therapy-widgets.js.sri'), 'utf8').trim();
        assert(snippet.includes(`integrity="${sri}"`), `snippet without the hash: ${snippet.slice(0, 300)}`);
        assert(
          snippet.includes('src="https://files.calmharbour.example/therapy-widgets.js"'),
          'snippet without the address',
        );
        assert(!/REPLACE|run npm run build/.test(snippet), 'snippet with a placeholder');
        assert(offDisk().length === 0, `requests: ${offDisk().join(', ')}`);
        assert(problems.length === 0, problems.join(' | '));
      } finally {
        await context.close();
      }
    },
  );

  await check('START-HERE and the editor also work from disk in Firefox ESR and WebKitGTK', async () => {
    /** In the page: the editor's preview widgets once rendered, and every resource it loaded. */
    const editor = () => {
      const widgets = [...document.querySelectorAll('#preview therapy-faq, #preview therapy-crisis')];
      if (widgets.length < 2 || !widgets.every((el) => (el.shadowRoot?.textContent ?? '').length > 40))
        return null;
      return {
        snippet: document.getElementById('snippet').value,
        resources: performance.getEntriesByType('resource').map((entry) => entry.name),
      };
    };
    const start = () =>
      document.querySelector('h1') ? { h1: document.querySelector('h1').textContent } : null;
    const sri = readFileSync(join(folder, 'therapy-widgets.js.sri'), 'utf8').trim();
    for (const [engine, open] of [
      ['Firefox ESR', inFirefox],
      ['WebKitGTK', inWebKit],
    ]) {
      const page = await open(pathToFileURL(join(folder, 'START-HERE.html')).href, start);
      assert(/Start here/.test(page?.h1 ?? ''), `${engine}: START-HERE heading ${page?.h1}`);
      const seen = await open(pathToFileURL(join(folder, 'therapy-widgets-editor.html')).href, editor);
      assert(seen, `${engine}: the editor's preview widgets did not render`);
      assert(seen.snippet.includes(`integrity="${sri}"`), `${engine}: the snippet lacks the hash`);
      const elsewhere = seen.resources.filter((url) => !/^(file|data):/.test(url));
      assert(elsewhere.length === 0, `${engine}: loaded ${elsewhere.join(', ')}`);
    }
  });

  await check(
    'npm pack would publish the module, types, manifest, README, LICENSE and notices, and no tests or fixtures',
    () => {
      const [pack] = JSON.parse(
        execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      );
      const paths = pack.files.map((file) => file.path);
      const required = [
        'package.json',
        'README.md',
        'LICENSE',
        'THIRD-PARTY-NOTICES.md',
        'custom-elements.json',
        'dist/therapy-widgets.js',
        'dist/therapy-widgets.js.sri',
        'dist/types/index.d.ts',
      ];
      const missing = required.filter((path) => !paths.includes(path));
      assert(missing.length === 0, `missing from the package: ${missing.join(', ')}`);
      const unwanted = paths.filter((path) =>
        /(^|\/)(tests?|fixtures?|src|wordpress|dist-wordpress|release|demo|bench|scripts)\/|\.test\.|\.zip$/.test(
          path,
        ),
      );
      assert(unwanted.length === 0, `should not be published: ${unwanted.join(', ')}`);
    },
  );
} finally {
  await browser.close();
  rmSync(unzipped, { recursive: true, force: true });
}

const passed = results.filter(Boolean).length;
console.log(`\n${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
