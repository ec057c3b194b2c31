// npm run size: raw, gzip and brotli bytes of the built module, and of its content alone (every
// locale's words, bundled the same way); fails when the module's gzip size exceeds the budget
// in package.json ("sizeBudget.gzip", bytes).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const budget = JSON.parse(readFileSync('package.json', 'utf8')).sizeBudget.gzip;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function measure(code) {
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function line(name, size) {
  return `${name.padEnd(24)} raw ${String(size.raw).padStart(7)} B (${kb(size.raw)})  gzip ${String(size.gzip).padStart(6)} B (${kb(size.gzip)})  brotli ${String(size.brotli).padStart(6)} B (${kb(size.brotli)})`;
}

const module = measure(readFileSync('dist/therapy-widgets.js'));
const [content] = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    lib: { entry: 'src/content/index.ts', formats: ['es'], fileName: 'content' },
    rolldownOptions: { output: { minify: true } },
  },
});
const contentSize = measure(Buffer.from(content.output[0].code));

console.log(line('dist/therapy-widgets.js', module));
console.log(line('  of which content', contentSize));
console.log(
  `budget: gzip ${budget} B (${kb(budget)}); ${module.gzip <= budget ? 'within' : 'OVER'} by ${Math.abs(budget - module.gzip)} B`,
);
if (module.gzip > budget) process.exit(1);
