import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * `vite build`: the one self-contained ES module, dist/therapy-widgets.js (Lit, every
 * element, every locale; no chunks, no imports), with a source map.
 * `vite` (npm start): the demo in demo/, with live reload.
 */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  // The demo page loads the source directly: /src/… is the project's src/.
  resolve: { alias: [{ find: /^\/src\//, replacement: `${resolve(import.meta.dirname, 'src')}/` }] },
  server: { port: 5173, open: false },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: resolve(import.meta.dirname, 'src/index.ts'),
      formats: ['es'],
      fileName: () => 'therapy-widgets.js',
    },
    rolldownOptions: {
      output: { minify: true, codeSplitting: false },
    },
  },
});
