// `npm run release` (after `npm run build`): release/therapy-widgets-<version>.zip, the
// download for practices and the people who help them. It holds one folder with:
//   START-HERE.html                      plain-language guide, works from disk
//   therapy-widgets.js (+ .sri)          the module and its integrity hash
//   therapy-widgets.<lang>.js (+ .sri)   per-language modules, when the build makes them
//   therapy-widgets.css                  the optional no-layout-shift sheet
//   therapy-widgets-editor.html          the offline editor (the configurator until
//                                        dist/therapy-widgets-editor.html exists)
//   therapy-widgets-wordpress-<v>.zip    the WordPress plugin
//   LICENSE, THIRD-PARTY-NOTICES.md
// Zipped with Debian's `zip`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { builtModules, checkedIntegrity, pluginZip } from './wordpress/build-plugin.mjs';
import { startHere } from './release-start-here.mjs';

export const RELEASE = 'release';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
export const NAME = `therapy-widgets-${version}`;

/** Text that is safe inside an inline `<script>` or `<style>`: nothing in it can end the element. */
function inlineSafe(text, tag) {
  if (new RegExp(`</${tag}|<!--`, 'i').test(text))
    throw new Error(`cannot inline text that contains </${tag} or <!--`);
  return text;
}

/** The configurator's own code as one module, with the released module's hash built in. */
async function configuratorCode() {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve('demo'),
    resolve: { alias: [{ find: /^\/src\//, replacement: `${resolve('src')}/` }] },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve('demo/configurator.ts'), formats: ['es'], fileName: () => 'editor.js' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const js = chunks.filter((chunk) => chunk.type === 'chunk');
  if (js.length !== 1) throw new Error(`the configurator built into ${js.length} chunks, not one`);
  return js[0].code;
}

/**
 * The offline editor: the configurator page with its styles, its code and the widgets'
 * module inlined, so it works opened from disk (browsers refuse module files over file://)
 * and loads nothing.
 */
async function offlineEditor() {
  if (existsSync('dist/therapy-widgets-editor.html'))
    return readFileSync('dist/therapy-widgets-editor.html', 'utf8');
  const style = (file) => `<style>\n${inlineSafe(readFileSync(file, 'utf8'), 'style')}\n</style>`;
  const script = (code) => `<script type="module">\n${inlineSafe(code, 'script')}\n</script>`;
  const replacements = [
    ['<link rel="stylesheet" href="./tools.css" />', style('demo/tools.css')],
    ['<link rel="stylesheet" href="/src/fallback.css" />', style('dist/therapy-widgets.css')],
    [
      '<script type="module" src="/src/index.ts" blocking="render"></script>',
      script(readFileSync('dist/therapy-widgets.js', 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '')),
    ],
    ['<script type="module" src="./configurator.ts"></script>', script(await configuratorCode())],
    ['<a class="brand" href="./index.html">', '<a class="brand" href="./START-HERE.html">'],
  ];
  let html = readFileSync('demo/configurator.html', 'utf8');
  for (const [from, to] of replacements) {
    if (!html.includes(from)) throw new Error(`demo/configurator.html no longer has ${from}`);
    html = html.replace(from, () => to);
  }
  return html.replace(
    /<nav aria-label="Demo pages">[\s\S]*?<\/nav>/,
    '<nav aria-label="This download"><ul><li><a href="./START-HERE.html">Start here</a></li></ul></nav>',
  );
}

export async function release() {
  const folder = join(RELEASE, NAME);
  rmSync(folder, { recursive: true, force: true });
  rmSync(`${folder}.zip`, { force: true });
  mkdirSync(folder, { recursive: true });

  const modules = builtModules();
  for (const name of modules) {
    checkedIntegrity(join('dist', name));
    cpSync(join('dist', name), join(folder, name));
    cpSync(join('dist', `${name}.sri`), join(folder, `${name}.sri`));
  }
  cpSync('dist/therapy-widgets.css', join(folder, 'therapy-widgets.css'));
  const plugin = pluginZip(version);
  if (!existsSync(plugin)) throw new Error(`${plugin} is missing: run npm run build first.`);
  cpSync(plugin, join(folder, `therapy-widgets-wordpress-${version}.zip`));
  writeFileSync(join(folder, 'therapy-widgets-editor.html'), await offlineEditor());
  const missing = [];
  for (const file of ['LICENSE', 'THIRD-PARTY-NOTICES.md']) {
    if (existsSync(file)) cpSync(file, join(folder, file));
    else missing.push(file);
  }
  writeFileSync(
    join(folder, 'START-HERE.html'),
    startHere({
      version,
      integrity: readFileSync('dist/therapy-widgets.js.sri', 'utf8').trim(),
      modules,
      hasNotices: !missing.includes('THIRD-PARTY-NOTICES.md'),
    }),
  );
  execFileSync('zip', ['-q', '-X', '-r', `${NAME}.zip`, NAME], { cwd: RELEASE });
  rmSync(folder, { recursive: true, force: true });
  for (const file of missing) console.warn(`warning: ${file} is missing, so the release does not hold it`);
  return `${folder}.zip`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`${await release()}: the release`);
}
