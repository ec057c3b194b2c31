// Writes dist/therapy-widgets.js.sri: the sha384 Subresource Integrity string of the module.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'dist/therapy-widgets.js';
const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
writeFileSync(`${file}.sri`, `${integrity}\n`);
console.log(`${file}.sri: ${integrity}`);
