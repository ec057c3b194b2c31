/**
 * Entry of the editor page. The build reads the module's integrity hash (written by
 * `npm run build` next to dist/therapy-widgets.js) into the page, so the snippet carries it;
 * before a build there is none, and the page says so next to the snippet.
 */
import { startEditor } from './editor/app.js';

const built = import.meta.glob<string>('../dist/therapy-widgets.js.sri', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const integrity = Object.values(built)[0]?.trim() || undefined;

startEditor(document, integrity);
