// check-docs.mjs on made-up pages: a changed example, a missing file, a fragment that is not
// in its file, and a framework left out are each reported. Run by `npm run test:frameworks`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problems } from './check-docs.mjs';

const FILES = {
  'tests/frameworks/react/App.tsx': "import 'x';\n\nexport const a = 1;\n",
  'tests/frameworks/vue/App.vue': '<template><p /></template>\n',
  'tests/frameworks/svelte/App.svelte': '<p></p>\n',
  'tests/frameworks/vite.config.ts': 'export default {\n  plugins: [\n    vue(),\n  ],\n};\n',
};
const read = (path) => {
  if (!(path in FILES)) throw new Error('ENOENT');
  return FILES[path];
};
const block = (kind, path, code) => `<!-- ${kind} ${path} -->\n\n\`\`\`ts\n${code}\`\`\`\n`;
const WHOLE = Object.keys(FILES)
  .slice(0, 3)
  .map((path) => block('same as', path, FILES[path]))
  .join('\n');

describe('the check of docs/frameworks.md', () => {
  it('passes examples equal to their apps, and fragments found in them whatever their indentation', () => {
    assert.deepEqual(
      problems(WHOLE + block('part of', 'tests/frameworks/vite.config.ts', 'plugins: [\nvue(),\n'), read),
      [],
    );
  });

  it('reports an example that differs from its app, with the line', () => {
    const page = WHOLE.replace('export const a = 1;', 'export const a = 2;');
    assert.deepEqual(problems(page, read), [
      'the example "same as tests/frameworks/react/App.tsx" differs from it at line 3',
    ]);
  });

  it('reports a fragment that is not in its file, and a file that does not exist', () => {
    const page = `${WHOLE}${block('part of', 'tests/frameworks/vite.config.ts', 'react(),\n')}${block('same as', 'nowhere.ts', '1\n')}`;
    assert.deepEqual(problems(page, read), [
      'the example "part of tests/frameworks/vite.config.ts" is not in it',
      'nowhere.ts (named in docs/frameworks.md) does not exist',
    ]);
  });

  it('reports a framework whose app the page does not show whole', () => {
    const page = WHOLE.replace(
      'same as tests/frameworks/vue/App.vue',
      'part of tests/frameworks/vue/App.vue',
    );
    assert.deepEqual(problems(page, read), [
      'docs/frameworks.md does not show tests/frameworks/vue/App.vue whole',
    ]);
  });
});
