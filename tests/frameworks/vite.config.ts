// Builds one test app per run: `vite build --mode react|vue|svelte` (build.mjs runs all three)
// into dist/<mode>/, each with its framework's own Vite plugin.
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type PluginOption } from 'vite';

const PLUGINS: Record<string, () => PluginOption> = {
  react: () => react(),
  vue: () =>
    vue({
      template: {
        compilerOptions: {
          // The therapy-* tags are custom elements, not Vue components.
          isCustomElement: (tag) => tag.startsWith('therapy-'),
        },
      },
    }),
  svelte: () => svelte(),
};

export default defineConfig(({ mode }) => ({
  root: resolve(import.meta.dirname, mode),
  base: './',
  plugins: [PLUGINS[mode]?.()],
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist', mode),
    emptyOutDir: true,
    target: 'es2022',
  },
}));
