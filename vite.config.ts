import { resolve } from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { defineConfig, type Plugin } from 'vite';

const src = (path: string): string => resolve(import.meta.dirname, 'src', path);

/** The per-locale builds, by `--mode`: `vite build --mode en` writes dist/therapy-widgets.en.js. */
const PER_LOCALE = ['en', 'es'];

/**
 * For a per-locale build: src/content/index.ts imports ./locales.en.ts (or .es.ts) instead
 * of ./locales.ts, so the module holds that locale's words only and the elements are the same.
 */
function localeTable(locale: string | undefined): Plugin {
  return {
    name: 'therapy-widgets:locale-table',
    enforce: 'pre',
    resolveId(source, importer) {
      if (locale === undefined || source !== './locales.js' || importer !== src('content/index.ts'))
        return null;
      return src(`content/locales.${locale}.ts`);
    },
  };
}

/**
 * V8's explicit compile hint (Chrome 136+): every function in the file is compiled eagerly, on
 * the background thread that streams the download, instead of lazily on the main thread the
 * first time it is called. Nearly every function of the module runs for the first render, so
 * this takes that compiling off the first render. Other engines read it as a comment. It has
 * to be the file's first line: added after minification (`postBanner`).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const PLACEHOLDER = /@TEMPLATE_EXPRESSION_*\(\);/;
const minifyCss = defaultStrategy.minifyCSS?.bind(defaultStrategy);

/**
 * Lit's minifier, taught two things the project writes: a tag name from an expression (`<${tag}>`
 * with `lit/static-html.js`, for heading levels), and a CSS fragment standing as declarations
 * (`.root.dark { ${dark} … }`). Each gets a stand-in that the HTML and CSS minifiers accept,
 * and is put back afterwards.
 */
const strategy: typeof defaultStrategy = {
  ...defaultStrategy,
  async minifyHTML(html, options) {
    const placeholder = PLACEHOLDER.exec(html)?.[0];
    if (placeholder === undefined) return defaultStrategy.minifyHTML(html, options);
    const tagged = html
      .replaceAll(`<${placeholder}`, '<lit-tag-expr')
      .replaceAll(`</${placeholder}>`, '</lit-tag-expr>');
    const min = await defaultStrategy.minifyHTML(tagged, options);
    return min
      .replaceAll('<lit-tag-expr', `<${placeholder}`)
      .replaceAll('</lit-tag-expr>', `</${placeholder}>`);
  },
  minifyCSS(css, options) {
    const placeholder = PLACEHOLDER.exec(css)?.[0] ?? '';
    let count = 0;
    const standIn = new RegExp(`([{;]\\s*)${placeholder.replace(/[()]/g, '\\$&')}`, 'g');
    const declared = placeholder
      ? css.replace(standIn, (_, before: string) => `${before}--lit-css-expr-${count++}:0;`)
      : css;
    // A fragment of declarations only (spliced into rules elsewhere) is minified as one rule's body.
    const fragment = !/[{}]/.test(declared);
    if (!minifyCss) return css;
    const min = minifyCss(fragment ? `lit-css-fragment{${declared}}` : declared, options);
    // The fragment keeps its closing `;`, since the rule it is spliced into goes on after it.
    const body = fragment ? `${min.replace(/^lit-css-fragment\{/, '').replace(/\}$/, '')};` : min;
    return placeholder ? body.replace(/--lit-css-expr-\d+:0;?/g, placeholder) : body;
  },
};

/**
 * Which templates are minified: `html` ones (and `staticHtml`), never `svg` ones. The HTML
 * minifier reads an `svg` fragment as HTML, where `<circle … />` is not self-closing: it drops
 * the slash, and the shapes after it end up inside it, undrawn (the verdict icons were).
 */
function htmlTemplate(template: { readonly tag?: string }): boolean {
  return /html/i.test(template.tag ?? '');
}

/**
 * `vite build`: the one self-contained ES module with every locale, dist/therapy-widgets.js
 * (Lit, every element; no chunks, no imports), with a source map. `vite build --mode en` (or
 * `es`): the same module with one locale's words, dist/therapy-widgets.en.js, beside it.
 * CSS and HTML in `css` and `html` template literals are minified (Lit's own plugin); Lit's
 * `@license` comments are kept in every file.
 * `vite` (npm start): the demo in demo/, with live reload.
 */
export default defineConfig(({ mode }) => {
  const locale = PER_LOCALE.includes(mode) ? mode : undefined;
  return {
    root: 'demo',
    publicDir: false,
    // The demo page loads the source directly: /src/… is the project's src/.
    resolve: { alias: [{ find: /^\/src\//, replacement: `${src('')}/` }] },
    server: { port: 5173, open: false },
    plugins: [
      localeTable(locale),
      {
        ...minifyHtmlLiterals({
          include: ['src/**/*.ts'],
          failOnError: true,
          options: { strategy, shouldMinify: htmlTemplate },
        }),
        apply: 'build',
      },
    ],
    build: {
      outDir: resolve(import.meta.dirname, 'dist'),
      // The all-locale build runs first and clears dist/; the per-locale builds add to it.
      emptyOutDir: locale === undefined,
      sourcemap: true,
      target: 'es2022',
      lib: {
        entry: src('index.ts'),
        formats: ['es'],
        fileName: () => (locale ? `therapy-widgets.${locale}.js` : 'therapy-widgets.js'),
      },
      rolldownOptions: {
        output: {
          minify: true,
          postBanner: COMPILE_HINT,
          codeSplitting: false,
          comments: { legal: true, annotation: false, jsdoc: false },
        },
      },
    },
  };
});
