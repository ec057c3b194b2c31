import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * `npm run build:demo`: the demo as a static site in demo-dist/ that works from any static
 * host or folder (relative URLs): the practice page, the editor, the configurator and the
 * theme playground.
 *
 * The pages load the very file practices embed: dist/therapy-widgets.js is copied next to
 * them and loaded with a plain `<script type="module" src="./therapy-widgets.js">` carrying
 * its integrity hash, so what visitors see is exactly what a practice pastes, and a hash that
 * did not match would show at once (the widgets would not appear). The optional
 * no-layout-shift sheet, dist/therapy-widgets.css, is copied and linked the same way. Only
 * the configurator's and playground's own code is bundled by Vite. Needs `npm run build`
 * first.
 */
const here = import.meta.dirname;
const MODULE = resolve(here, 'dist/therapy-widgets.js');
const SHEET = resolve(here, 'dist/therapy-widgets.css');
const DEV_SCRIPT = /<script type="module" src="\/src\/index\.ts"[^>]*><\/script>/;
const DEV_SHEET = '<link rel="stylesheet" href="/src/fallback.css" />';

/** The practice page also runs under the strict policy PRODUCT.md promises. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

function shippedModule(): Plugin {
  let integrity = '';
  return {
    name: 'therapy-widgets:shipped-module',
    apply: 'build',
    buildStart() {
      for (const file of [MODULE, `${MODULE}.sri`, SHEET]) {
        if (!existsSync(file)) this.error(`${file} is missing: run \`npm run build\` first.`);
      }
      integrity = readFileSync(`${MODULE}.sri`, 'utf8').trim();
      const actual = `sha384-${createHash('sha384').update(readFileSync(MODULE)).digest('base64')}`;
      if (actual !== integrity) {
        this.error(
          'dist/therapy-widgets.js.sri does not match dist/therapy-widgets.js: run `npm run build` again.',
        );
      }
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, { path }) {
        if (!DEV_SCRIPT.test(html))
          throw new Error(`${path}: no <script type="module" src="/src/index.ts"> to replace`);
        const tag = `<script type="module" src="./therapy-widgets.js" integrity="${integrity}" crossorigin="anonymous" referrerpolicy="no-referrer" blocking="render" vite-ignore></script>`;
        const page = html
          .replace(DEV_SCRIPT, tag)
          .replace(DEV_SHEET, '<link rel="stylesheet" href="./therapy-widgets.css" vite-ignore />');
        return path.endsWith('/index.html')
          ? page.replace(
              '<meta charset="utf-8" />',
              `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}" />`,
            )
          : page;
      },
    },
    generateBundle() {
      for (const name of [
        'therapy-widgets.js',
        'therapy-widgets.js.sri',
        'therapy-widgets.js.map',
        'therapy-widgets.css',
      ]) {
        const file = resolve(here, 'dist', name);
        if (existsSync(file)) this.emitFile({ type: 'asset', fileName: name, source: readFileSync(file) });
      }
    },
  };
}

export default defineConfig({
  root: 'demo',
  base: './',
  publicDir: false,
  resolve: { alias: [{ find: /^\/src\//, replacement: `${resolve(here, 'src')}/` }] },
  plugins: [shippedModule()],
  build: {
    outDir: resolve(here, 'demo-dist'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: resolve(here, 'demo/index.html'),
        configurator: resolve(here, 'demo/configurator.html'),
        editor: resolve(here, 'demo/editor.html'),
        theme: resolve(here, 'demo/theme.html'),
      },
    },
  },
});
