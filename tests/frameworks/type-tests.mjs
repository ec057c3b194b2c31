// The type tests of the generated framework types, in the three type checkers users run:
// each valid file (and the app of that framework) must compile, and each invalid file must
// fail with an error on exactly the lines marked EXPECT-ERROR, so a type that silently
// turns into `any` or `string` fails here. Run from tests/frameworks (build.mjs does).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import process from 'node:process';

const bin = (name) => `node_modules/.bin/${name}`;
const CHECKS = [
  { name: 'React 19 (tsc)', run: [bin('tsc'), '-p', 'tsconfig.json', '--pretty', 'false'] },
  {
    name: 'React 19 (tsc), wrong values',
    run: [bin('tsc'), '-p', 'tsconfig.react-invalid.json', '--pretty', 'false'],
    invalid: 'types/react-invalid.tsx',
  },
  { name: 'Vue 3 (vue-tsc)', run: [bin('vue-tsc'), '-p', 'tsconfig.vue-valid.json', '--pretty', 'false'] },
  {
    name: 'Vue 3 (vue-tsc), wrong values',
    run: [bin('vue-tsc'), '-p', 'tsconfig.vue-invalid.json', '--pretty', 'false'],
    invalid: 'types/VueInvalid.vue',
  },
  {
    name: 'Svelte 5 (svelte-check)',
    run: [bin('svelte-check'), '--tsconfig', './tsconfig.svelte-valid.json', '--output', 'machine'],
  },
  {
    name: 'Svelte 5 (svelte-check), wrong values',
    run: [bin('svelte-check'), '--tsconfig', './tsconfig.svelte-invalid.json', '--output', 'machine'],
    invalid: 'types/SvelteInvalid.svelte',
  },
];

/** 1-based numbers of the lines in `file` marked EXPECT-ERROR. */
function markedLines(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.includes('EXPECT-ERROR') ? [i + 1] : []));
}

/** The 1-based lines of `file` that the checker's output reports errors on. */
function errorLines(output, file) {
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tsc = new RegExp(`^${escaped}\\((\\d+),\\d+\\): error`, 'gm');
  const svelte = new RegExp(`^\\d+ ERROR "${escaped}" (\\d+):\\d+`, 'gm');
  return [...new Set([...output.matchAll(tsc), ...output.matchAll(svelte)].map((m) => Number(m[1])))].sort(
    (a, b) => a - b,
  );
}

let failed = 0;
for (const check of CHECKS) {
  const [command, ...args] = check.run;
  const result = spawnSync(command, args, { encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  let problem = '';
  if (!check.invalid) {
    if (result.status !== 0) problem = `expected no errors, got:\n${output}`;
  } else {
    const want = markedLines(check.invalid);
    const got = errorLines(output, check.invalid);
    if (result.status === 0) problem = 'expected the checker to fail, it passed';
    else if (want.join() !== got.join()) {
      problem = `expected errors on lines ${want.join(', ')}, got ${got.join(', ') || 'none'}:\n${output}`;
    }
  }
  console.log(`${problem ? '✗' : '✓'} ${check.name}${problem ? `: ${problem}` : ''}`);
  if (problem) failed++;
}
if (failed) {
  console.error(`${failed} of ${CHECKS.length} type checks failed.`);
  process.exit(1);
}
console.log(`All ${CHECKS.length} type checks passed.`);
