// Prints raw, gzip and brotli bytes of the built module, and of its content alone, and fails
// when gzip exceeds the budget in package.json ("sizeBudget.gzip", bytes).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const budget = JSON.parse(readFileSync('package.json', 'utf8')).sizeBudget.gzip;
const code = readFileSync('dist/therapy-widgets.js');
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

console.log(
  `dist/therapy-widgets.js  raw ${code.length} B (${kb(code.length)})  gzip ${gzip} B (${kb(gzip)})  brotli ${brotli} B (${kb(brotli)})`,
);
console.log(
  `budget: gzip ${budget} B (${kb(budget)}); ${gzip <= budget ? 'within' : 'OVER'} by ${Math.abs(budget - gzip)} B`,
);
if (gzip > budget) process.exit(1);
