// The editor as ONE self-contained file, dist/therapy-widgets-editor.html, that a practice can
// keep with its files and open from disk (file://) with no server and no network: the widgets
// module (dist/therapy-widgets.js), the editor's code (bundled here into one module) and the
// stylesheets are all inlined. Runs after `npm run build:demo` in `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const read = (path) => readFileSync(resolve(root, path), 'utf8');

/** Code or CSS that is safe inside a <script> or <style> element: no closing tag can appear. */
const inline = (text, tag) => text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');

const result = await build({
  configFile: false,
  root,
  logLevel: 'warn',
  resolve: { alias: [{ find: /^\/src\//, replacement: `${resolve(root, 'src')}/` }] },
  build: {
    write: false,
    target: 'es2022',
    minify: true,
    lib: { entry: resolve(root, 'demo/editor.ts'), formats: ['es'], fileName: 'editor' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
const chunks = outputs.filter((o) => o.type === 'chunk');
if (chunks.length !== 1) throw new Error(`expected one editor chunk, got ${chunks.length}`);
const editorCode = chunks[0].code;

const swaps = [
  [
    /<script type="module" src="\/src\/index\.ts"[^>]*><\/script>/,
    () => `<script type="module">${inline(read('dist/therapy-widgets.js'), 'script')}</script>`,
  ],
  [
    /<script type="module" src="\.\/editor\.ts"><\/script>/,
    () => `<script type="module">${inline(editorCode, 'script')}</script>`,
  ],
  [
    /<link rel="stylesheet" href="\.\/tools\.css" \/>/,
    () => `<style>${inline(read('demo/tools.css'), 'style')}</style>`,
  ],
  [
    /<link rel="stylesheet" href="\.\/editor\.css" \/>/,
    () => `<style>${inline(read('demo/editor.css'), 'style')}</style>`,
  ],
  [
    /<link rel="stylesheet" href="\/src\/fallback\.css" \/>/,
    () => `<style>${inline(read('dist/therapy-widgets.css'), 'style')}</style>`,
  ],
  // The demo's other pages are not in the file: no links to them.
  [/<nav aria-label="Demo pages">[\s\S]*?<\/nav>/, () => ''],
  [
    /<a class="brand" href="\.\/index\.html">therapy-widgets<\/a>/,
    () => '<span class="brand">therapy-widgets</span>',
  ],
];
let html = read('demo/editor.html');
for (const [pattern, replacement] of swaps) {
  if (!pattern.test(html)) throw new Error(`demo/editor.html: ${pattern} not found`);
  html = html.replace(pattern, replacement);
}
writeFileSync(resolve(root, 'dist/therapy-widgets-editor.html'), html);
console.log(`dist/therapy-widgets-editor.html: ${Math.round(html.length / 1024)} KB, no external resource`);
