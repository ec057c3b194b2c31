// After `vite build` (all three modules): writes each module's sha384 Subresource Integrity
// string beside it (dist/therapy-widgets.js.sri, .en.js.sri, .es.js.sri) and copies the
// optional no-layout-shift sheet to dist/therapy-widgets.css.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

for (const file of ['dist/therapy-widgets.js', 'dist/therapy-widgets.en.js', 'dist/therapy-widgets.es.js']) {
  const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
  writeFileSync(`${file}.sri`, `${integrity}\n`);
  console.log(`${file}.sri: ${integrity}`);
}
copyFileSync('src/fallback.css', 'dist/therapy-widgets.css');
console.log('dist/therapy-widgets.css: copied from src/fallback.css');
