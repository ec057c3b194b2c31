// Checks that the examples in docs/frameworks.md are the test apps' code: a fenced block after
// `<!-- same as <path> -->` must equal that file, and one after `<!-- part of <path> -->` must
// appear in it, line for line (indentation aside). The React, Vue and Svelte apps must each be
// shown whole. Run by `npm run lint`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DOC = 'docs/frameworks.md';
const WHOLE = [
  'tests/frameworks/react/App.tsx',
  'tests/frameworks/vue/App.vue',
  'tests/frameworks/svelte/App.svelte',
];

const lines = (text) => text.replace(/\s+$/, '').split('\n');
const trimmed = (text) => lines(text).map((line) => line.trim());

/** Each marked example: its marker, the file it names, and the fenced block after it. */
export function examples(markdown) {
  const found = [];
  const marker = /<!-- (same as|part of) (\S+) -->\s*\n\s*\n?```[\w-]*\n([\s\S]*?)\n```/g;
  for (const [, kind, path, code] of markdown.matchAll(marker)) found.push({ kind, path, code });
  return found;
}

/** The problems with the examples of `markdown`, read against the files under `base`. */
export function problems(markdown, read) {
  const out = [];
  const all = examples(markdown);
  for (const { kind, path, code } of all) {
    let file;
    try {
      file = read(path);
    } catch {
      out.push(`${path} (named in ${DOC}) does not exist`);
      continue;
    }
    if (kind === 'same as' && lines(code).join('\n') !== lines(file).join('\n')) {
      const fileLines = lines(file);
      const first = lines(code).findIndex((line, i) => line !== fileLines[i]);
      out.push(`the example "same as ${path}" differs from it at line ${first + 1}`);
    }
    if (kind === 'part of') {
      const part = trimmed(code).join('\n');
      if (!trimmed(file).join('\n').includes(part)) out.push(`the example "part of ${path}" is not in it`);
    }
  }
  for (const path of WHOLE) {
    if (!all.some((e) => e.kind === 'same as' && e.path === path))
      out.push(`${DOC} does not show ${path} whole`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = problems(readFileSync(join(root, DOC), 'utf8'), (path) =>
    readFileSync(join(root, path), 'utf8'),
  );
  if (found.length) {
    for (const problem of found) console.error(`check-docs: ${problem}`);
    process.exit(1);
  }
  console.log(`${DOC}: every framework example matches its test app.`);
}
