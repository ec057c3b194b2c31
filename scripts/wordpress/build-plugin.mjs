// `npm run build` (last step): the WordPress plugin, ready to upload.
// Copies wordpress/therapy-widgets/ to dist-wordpress/therapy-widgets/, puts the built module
// and its integrity hash inside it (assets/), and the per-language modules too when the build
// made them (therapy-widgets.en.js …), stamps the version from package.json, compiles the
// translations (.po → .mo, the Spanish one for every Spanish locale WordPress offers), adds
// the licence and notices, and zips it as dist-wordpress/therapy-widgets-wordpress-<version>.zip with
// Debian's `zip`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { moFile, parsePo, scriptTranslations } from './po.mjs';

export const OUT = 'dist-wordpress';
export const PLUGIN = join(OUT, 'therapy-widgets');

/** The plugin zip's path for a version. */
export function pluginZip(version) {
  return join(OUT, `therapy-widgets-wordpress-${version}.zip`);
}

/** The modules the build wrote: the all-language one, and any per-language ones. */
export function builtModules() {
  return readdirSync('dist').filter((name) => /^therapy-widgets(\.[a-z]{2})?\.js$/.test(name));
}

/** Checks a module against its .sri file and returns the integrity string. */
export function checkedIntegrity(file) {
  const sri = readFileSync(`${file}.sri`, 'utf8').trim();
  const actual = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
  if (sri !== actual) throw new Error(`${file}.sri does not match ${file}: run npm run build again.`);
  return sri;
}

/** WordPress's Spanish locales: each reads its own file, so each gets the one translation. */
const SPANISH = [
  'es_ES',
  'es_MX',
  'es_AR',
  'es_CO',
  'es_CL',
  'es_PE',
  'es_VE',
  'es_CR',
  'es_GT',
  'es_UY',
  'es_PR',
  'es_EC',
  'es_DO',
];

/** WordPress finds an editor script's translations by the md5 of the script's path in the plugin. */
const EDITOR_SCRIPT_HASH = createHash('md5').update('assets/editor.js').digest('hex');

/**
 * Writes a .mo (for the PHP) and a script-translation .json (for the editor script) beside
 * each .po, and, for Spanish, one of each per Spanish locale.
 */
function compileTranslations() {
  const dir = join(PLUGIN, 'languages');
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.po'))) {
    const entries = parsePo(readFileSync(join(dir, name), 'utf8'));
    const mo = moFile(entries);
    const locale = name.replace(/^therapy-widgets-|\.po$/g, '');
    for (const target of locale === 'es_ES' ? SPANISH : [locale]) {
      writeFileSync(join(dir, `therapy-widgets-${target}.mo`), mo);
      writeFileSync(
        join(dir, `therapy-widgets-${target}-${EDITOR_SCRIPT_HASH}.json`),
        scriptTranslations(entries, target),
      );
    }
  }
}

/** Sets the plugin header, constant and readme to the package's version. */
function stamp(version) {
  const main = join(PLUGIN, 'therapy-widgets.php');
  writeFileSync(
    main,
    readFileSync(main, 'utf8')
      .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
      .replace(
        /define\( 'THERAPY_WIDGETS_VERSION', '[^']*' \)/,
        `define( 'THERAPY_WIDGETS_VERSION', '${version}' )`,
      ),
  );
  const readme = join(PLUGIN, 'readme.txt');
  writeFileSync(readme, readFileSync(readme, 'utf8').replace(/^Stable tag: .*$/m, `Stable tag: ${version}`));
}

export function buildPlugin() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  if (!existsSync('dist/therapy-widgets.js'))
    throw new Error('dist/therapy-widgets.js is missing: run vite build first.');
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  cpSync('wordpress/therapy-widgets', PLUGIN, { recursive: true });
  stamp(version);
  compileTranslations();
  for (const name of builtModules()) {
    checkedIntegrity(join('dist', name));
    cpSync(join('dist', name), join(PLUGIN, 'assets', name));
    cpSync(join('dist', `${name}.sri`), join(PLUGIN, 'assets', `${name}.sri`));
  }
  for (const [from, to] of [
    ['LICENSE', 'LICENSE.txt'],
    ['THIRD-PARTY-NOTICES.md', 'THIRD-PARTY-NOTICES.md'],
  ]) {
    if (existsSync(from)) cpSync(from, join(PLUGIN, to));
  }
  const zip = pluginZip(version);
  execFileSync('zip', ['-q', '-X', '-r', `therapy-widgets-wordpress-${version}.zip`, 'therapy-widgets'], {
    cwd: OUT,
    env: { ...process.env, TZ: 'UTC' },
  });
  return zip;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`${buildPlugin()}: the WordPress plugin`);
}
