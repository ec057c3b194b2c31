// After `vite build`: writes dist/therapy-widgets.js.sri (the module's sha384 Subresource
// Integrity string) and copies the optional no-layout-shift sheet to dist/therapy-widgets.css.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

const file = 'dist/therapy-widgets.js';
const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
writeFileSync(`${file}.sri`, `${integrity}\n`);
copyFileSync('src/fallback.css', 'dist/therapy-widgets.css');
console.log(`${file}.sri: ${integrity}\ndist/therapy-widgets.css: copied from src/fallback.css`);
