// Builds one test app per run, with its framework's own Vite plugin (build.mjs runs them all):
// `vite build --mode react|vue|svelte` for the browser, into dist/<mode>/, and with
// `--ssr server.ts(x)` its server renderer, into dist/<mode>-server/.
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

export default defineConfig(({ mode, isSsrBuild }) => ({
  root: resolve(import.meta.dirname, mode),
  base: './',
  plugins: [PLUGINS[mode]?.()],
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist', isSsrBuild ? `${mode}-server` : mode),
    emptyOutDir: true,
    target: 'es2022',
    // No "plugins took n ms" notes: on a busy machine they come and go, and say nothing about the apps.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
}));
