// npm run bench: speed figures in Chromium (at 1× and 4× CPU), Firefox ESR and WebKitGTK,
// medians of fresh pages, the pages of one comparison interleaved, all from one run:
// - every element on a page ÷ the same content as static HTML (declarative shadow DOM, same
//   styles); first contentful paint with and without blocking="render"; layout shift;
// - 24 FAQ items: <therapy-faq> ÷ native <details>, beside Shoelace's <sl-details>;
// - a 1,000-item FAQ: items in the page at the first updateComplete, time until all are,
//   the first keystroke and the median one (until painted), and the first keystroke typed
//   once the page has been idle;
// - the cost of each element's first render in a fresh page.
// Needs a build (npm run build). BENCH_RUNS (default 11) and BENCH_BROWSERS (default
// chromium,chromium4x,firefox,webkit) shorten it. BENCH_COMPARE=LABEL=FOLDER measures another
// build too (a folder with its own dist/, and this bench/ and node_modules/), its pages
// interleaved with this build's, each build on its own origin: a before/after from one run.
// Prints Markdown tables; `--json FILE` writes every median as JSON as well.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromiumEngine, firefoxEngine, webkitEngine } from '../bench/engines.mjs';
import { build } from 'vite';
import { serve } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const WANTED = (process.env.BENCH_BROWSERS ?? 'chromium,chromium4x,firefox,webkit').split(',');
const COMPARE = process.env.BENCH_COMPARE?.split('=');
const jsonAt = process.argv.indexOf('--json');

// WebKitGTK has no headless mode: run again under a virtual display.
if (WANTED.includes('webkit') && !process.env.DISPLAY) {
  const result = spawnSync(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exit(result.status ?? 1);
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (n) => (n === null ? 'n/a' : `${n.toFixed(n < 10 ? 1 : 0)} ms`);
const ratio = (a, b) => (a === null || b === null ? 'n/a' : `${(a / b).toFixed(2)}×`);

const generated = 'bench/.generated';
mkdirSync(generated, { recursive: true });
/** The builds measured: this one, and BENCH_COMPARE's. */
const builds = [
  { label: 'this build', root: '.' },
  ...(COMPARE ? [{ label: COMPARE[0], root: COMPARE[1] }] : []),
];
for (const b of builds) {
  b.server = await serve(b.root);
  b.perLocale = existsSync(join(b.root, 'dist/therapy-widgets.en.js'));
}
const url = (path) => `${builds[0].server.origin}${path}`;
const perLocale = builds[0].perLocale;

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const pageHtml = (title, head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:,"><script type="module" src="/bench/observe.js"></script>${head}<script type="module" src="/bench/rendered.js"></script></head><body>${body}</body></html>`;

/**
 * The pages compared, written once from the built module in Chromium: the static copy of
 * bench/page.html, its variants, and 24 FAQ items three ways.
 */
async function writePages() {
  const page = readFileSync('bench/page.html', 'utf8');
  writeFileSync(join(generated, 'nonblocking.html'), page.replace(' blocking="render"', ''));
  if (perLocale)
    writeFileSync(
      join(generated, 'page-en.html'),
      page.replace('therapy-widgets.js', 'therapy-widgets.en.js'),
    );
  const chromium = await chromiumEngine();
  const { page: tab, close } = await chromium.open(url('/bench/page.html'));
  const { statics, items } = await tab.evaluate(() => {
    const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const parts = [];
    for (const el of document.body.children) {
      if (el.shadowRoot) {
        const css = el.shadowRoot.adoptedStyleSheets
          .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
          .join('\n');
        parts.push(
          `<${el.localName}><template shadowrootmode="open"><style>${escapeText(css)}</style>${el.shadowRoot.innerHTML}</template></${el.localName}>`,
        );
      } else if (el.localName !== 'script') parts.push(el.outerHTML);
    }
    const faq = document.querySelector('therapy-faq').shadowRoot;
    const found = [...faq.querySelectorAll('.disclosure')].map((item) => ({
      id: item.id.replace(/^faq-/, ''),
      question: item.querySelector('.disclosure-label')?.textContent.trim() ?? '',
      answer: item.querySelector('[id$="-panel"]')?.innerHTML.replace(/<!--[^>]*-->/g, '') ?? '',
    }));
    return { statics: parts.join('\n'), items: found };
  });
  await close();
  writeFileSync(join(generated, 'static.html'), pageHtml('Static baseline', '', statics));

  const chosen = items.slice(0, 24);
  const practice = 'practice-name="Calm Harbour Therapy" jurisdiction="us" booking-url="/book"';
  writeFileSync(
    join(generated, 'faq-24.html'),
    pageHtml(
      '24 items: therapy-faq',
      '<script type="module" src="/dist/therapy-widgets.js"></script>',
      `<therapy-faq ${practice} include="${chosen.map((i) => i.id).join(' ')}"></therapy-faq>`,
    ),
  );
  if (perLocale)
    writeFileSync(
      join(generated, 'faq-24-en.html'),
      readFileSync(join(generated, 'faq-24.html'), 'utf8').replace(
        'therapy-widgets.js',
        'therapy-widgets.en.js',
      ),
    );
  writeFileSync(
    join(generated, 'faq-24-native.html'),
    pageHtml(
      '24 items: details',
      '',
      chosen.map((i) => `<details><summary>${escape(i.question)}</summary>${i.answer}</details>`).join(''),
    ),
  );
  const shoelace = '/node_modules/@shoelace-style/shoelace/dist';
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: generated,
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: 'bench/shoelace-details.js', formats: ['es'], fileName: () => 'shoelace-details.js' },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
  writeFileSync(
    join(generated, 'faq-24-shoelace.html'),
    pageHtml(
      '24 items: sl-details',
      `<link rel="stylesheet" href="${shoelace}/themes/light.css"><script type="module" src="/bench/.generated/shoelace-details.js"></script>`,
      chosen.map((i) => `<sl-details summary="${escape(i.question)}">${i.answer}</sl-details>`).join(''),
    ),
  );
  // The FAQ page must show exactly these items.
  const check = await chromium.open(url('/bench/.generated/faq-24.html'));
  const shown = await check.page.evaluate(
    () => document.querySelector('therapy-faq').shadowRoot.querySelectorAll('.disclosure').length,
  );
  await check.close();
  await chromium.close();
  return { items: chosen.length, shown };
}

/** Pages that load no build of ours: one set of figures serves every build. */
const SHARED = new Set(['static', 'native', 'shoelace']);

/** Medians of each page's figures for each build, the pages measured in turn, RUNS times. */
async function interleaved(engine, pages) {
  const all = builds.map(() => Object.fromEntries(Object.keys(pages).map((name) => [name, []])));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, path] of Object.entries(pages)) {
      // Alternate which build goes first, so neither always follows the other.
      const order = [...builds.entries()];
      if (i % 2 === 1) order.reverse();
      for (const [b, build] of order) {
        // The per-locale page, only for a build that has the per-locale files.
        if (name === 'en' && !build.perLocale) continue;
        // A page that loads no build (the static copies, Shoelace) is measured once per run.
        if (b > 0 && SHARED.has(name)) continue;
        all[b][name].push(await engine.measure(`${build.server.origin}${path}`));
      }
    }
  }
  for (const runs of all.slice(1)) for (const name of SHARED) if (all[0][name]) runs[name] = all[0][name];
  return all.map(medians);
}

function medians(runs) {
  return Object.fromEntries(
    Object.entries(runs)
      .filter(([, results]) => results.length > 0)
      .map(([name, results]) => [
        name,
        Object.fromEntries(
          Object.keys(results[0]).map((key) => [
            key,
            Array.isArray(results[0][key])
              ? results[0][key].map((_, k) => median(results.map((r) => r[key][k])))
              : key === 'cls'
                ? Math.max(...results.map((r) => r[key] ?? 0))
                : median(results.map((r) => r[key])),
          ]),
        ),
      ]),
  );
}

const TAGS = ['therapy-guide', 'therapy-confidentiality', 'therapy-faq', 'therapy-crisis'];

async function benchEngine(engine) {
  const page = await interleaved(engine, {
    widgets: '/bench/page.html',
    static: '/bench/.generated/static.html',
    nonblocking: '/bench/.generated/nonblocking.html',
    ...(perLocale ? { en: '/bench/.generated/page-en.html' } : {}),
  });
  const faq24 = await interleaved(engine, {
    faq: '/bench/.generated/faq-24.html',
    native: '/bench/.generated/faq-24-native.html',
    shoelace: '/bench/.generated/faq-24-shoelace.html',
    ...(perLocale ? { en: '/bench/.generated/faq-24-en.html' } : {}),
  });
  const faq1000 = (
    await interleaved(engine, { faq: '/bench/faq-1000.html', idle: '/bench/faq-1000.html?idle' })
  ).map((r) => ({ ...r.faq, idle: r.idle }));
  const first = await interleaved(
    engine,
    Object.fromEntries(TAGS.map((tag) => [tag, `/bench/first-render.html?tag=${tag}`])),
  );
  return builds.map((build, b) => ({
    build: build.label,
    page: page[b],
    faq24: faq24[b],
    faq1000: faq1000[b],
    first: first[b],
  }));
}

const pages = await writePages();
const engines = {
  chromium: () => chromiumEngine(1),
  chromium4x: () => chromiumEngine(4),
  firefox: firefoxEngine,
  webkit: webkitEngine,
};
const results = [];
for (const name of WANTED) {
  if (!engines[name])
    throw new Error(`Unknown engine "${name}" in BENCH_BROWSERS; use ${Object.keys(engines)}`);
  const engine = await engines[name]();
  console.error(`${engine.label}: measuring (${RUNS} runs of each page)…`);
  const label = (build) => (builds.length > 1 ? `${engine.label} (${build})` : engine.label);
  for (const r of await benchEngine(engine))
    results.push({ ...r, label: label(r.build), version: engine.version });
  await engine.close();
}
for (const b of builds) await b.server.close();

const versions = [...new Set(results.map((r) => r.version))].join(', ');
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${versions}`;
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

console.log(`Medians of ${RUNS} fresh pages each, interleaved, on ${machine}.\n`);
console.log(
  '**Every element on one page ÷ the same content as static HTML** (navigation → rendered and painted)\n',
);
console.log(
  table(
    [
      'engine',
      'four elements',
      'static HTML',
      'ratio',
      ...(perLocale ? ['with .en.js', 'ratio'] : []),
      'first paint, blocking="render"',
      'first paint, not blocking',
      'rendered, not blocking',
      'CLS (worst, not blocking)',
    ],
    results.map(({ label, page: p }) => [
      label,
      ms(p.widgets.rendered),
      ms(p.static.rendered),
      ratio(p.widgets.rendered, p.static.rendered),
      ...(perLocale ? [ms(p.en?.rendered ?? null), ratio(p.en?.rendered ?? null, p.static.rendered)] : []),
      ms(p.widgets.fcp),
      ms(p.nonblocking.fcp),
      ms(p.nonblocking.rendered),
      p.nonblocking.cls === null ? 'n/a' : p.nonblocking.cls.toFixed(3),
    ]),
  ),
);
console.log(
  `\n**${pages.items} FAQ items** (navigation → rendered and painted; the FAQ shows ${pages.shown})\n`,
);
console.log(
  table(
    [
      'engine',
      '`<therapy-faq>`',
      '`<details>`',
      'Shoelace `<sl-details>`',
      'therapy-faq ÷ details',
      ...(perLocale ? ['with .en.js', 'ratio'] : []),
      'sl-details ÷ details',
    ],
    results.map(({ label, faq24: f }) => [
      label,
      ms(f.faq.rendered),
      ms(f.native.rendered),
      ms(f.shoelace.rendered),
      ratio(f.faq.rendered, f.native.rendered),
      ...(perLocale ? [ms(f.en?.rendered ?? null), ratio(f.en?.rendered ?? null, f.native.rendered)] : []),
      ratio(f.shoelace.rendered, f.native.rendered),
    ]),
  ),
);
console.log(
  '\n**A 1,000-item FAQ** (keys: "s", "se", … "session cos"; until painted, and until updateComplete)\n',
);
console.log(
  table(
    [
      'engine',
      'first updateComplete',
      'items then',
      'all 1,000 in the page',
      'first key',
      'median key',
      'first key (update)',
      'median key (update)',
      'slowest key (update)',
      'first key once idle',
      'first key once idle (update)',
    ],
    results.map(({ label, faq1000: f }) => [
      label,
      ms(f.render),
      String(Math.round(f.atUpdate)),
      ms(f.all),
      ms(f.keystrokes[0]),
      ms(median(f.keystrokes)),
      ms(f.updates[0]),
      ms(median(f.updates)),
      ms(Math.max(...f.updates)),
      ms(f.idle?.keystrokes[0] ?? null),
      ms(f.idle?.updates[0] ?? null),
    ]),
  ),
);
console.log('\n**First render of each element in a fresh page** (append → updateComplete / → painted)\n');
console.log(
  table(
    ['engine', ...TAGS.map((t) => `\`<${t}>\``)],
    results.map(({ label, first }) => [
      label,
      ...TAGS.map((t) => `${ms(first[t].render)} / ${ms(first[t].painted)}`),
    ]),
  ),
);
if (jsonAt > 0)
  writeFileSync(
    process.argv[jsonAt + 1],
    `${JSON.stringify({ runs: RUNS, machine, builds: builds.map((b) => b.label), pages, results }, null, 2)}\n`,
  );
