/// <reference types="vite/client" />
/**
 * The configurator page's entry. The integrity hash of dist/therapy-widgets.js is read when
 * Vite builds or serves this page (an empty match when the module has not been built yet), so
 * the page itself fetches nothing.
 */
import { startConfigurator } from './configurator-app.js';

const built = import.meta.glob<string>('../dist/therapy-widgets.js.sri', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const integrity = Object.values(built)[0]?.trim() || undefined;

startConfigurator(document, integrity);
