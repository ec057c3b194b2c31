// The plugin's translations: the strings its PHP passes to the WordPress i18n functions, the
// .po files that translate them (wordpress/therapy-widgets/languages/*.po), and the binary
// .mo files WordPress reads, written by the build so no gettext tools are needed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files under a folder whose names end with one of the extensions. */
function filesIn(dir, extensions) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesIn(path, extensions);
    return extensions.some((ext) => name.endsWith(ext)) ? [path] : [];
  });
}

/** A key with a context, as .mo files store it. */
export const withContext = (context, text) => `${context}\u0004${text}`;

/**
 * Every string the plugin shows: given to __(), esc_html__() or esc_attr__() with its text
 * domain in the PHP and in the editor script, and the blocks' titles and descriptions (which
 * WordPress translates with the contexts "block title" and "block description").
 */
export function pluginStrings(dir) {
  const strings = new Set();
  for (const file of filesIn(dir, ['.php', '.js'])) {
    for (const match of readFileSync(file, 'utf8').matchAll(
      /\b(?:__|esc_html__|esc_attr__)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'therapy-widgets'\s*,?\s*\)/g,
    )) {
      strings.add(match[1].replace(/\\(['\\])/g, '$1'));
    }
  }
  for (const file of filesIn(dir, ['block.json'])) {
    const block = JSON.parse(readFileSync(file, 'utf8'));
    strings.add(withContext('block title', block.title));
    strings.add(withContext('block description', block.description));
  }
  return [...strings].sort();
}

const unquote = (text) => JSON.parse(text.replace(/\\'/g, "'"));

/** The msgid → msgstr pairs of a .po file (with msgctxt; single-line and continued strings; no plurals). */
export function parsePo(text) {
  const entries = new Map();
  let context;
  let id;
  let str;
  let field;
  const flush = () => {
    if (id !== undefined && str !== undefined)
      entries.set(context === undefined ? id : withContext(context, id), str);
    context = id = str = field = undefined;
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('msgctxt ')) {
      flush();
      context = unquote(trimmed.slice(8));
      field = 'context';
    } else if (trimmed.startsWith('msgid ')) {
      if (field !== 'context') flush();
      id = unquote(trimmed.slice(6));
      field = 'id';
    } else if (trimmed.startsWith('msgstr ')) {
      str = unquote(trimmed.slice(7));
      field = 'str';
    } else if (trimmed.startsWith('"')) {
      if (field === 'id') id += unquote(trimmed);
      else if (field === 'str') str += unquote(trimmed);
    }
  }
  flush();
  return entries;
}

/** A GNU .mo file (little-endian, no hash table) for the entries. */
export function moFile(entries) {
  const pairs = [...entries].filter(([, str]) => str !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const ids = pairs.map(([key]) => Buffer.from(key, 'utf8'));
  const strs = pairs.map(([, value]) => Buffer.from(value, 'utf8'));
  const n = pairs.length;
  const header = Buffer.alloc(28 + n * 16);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(28, 12);
  header.writeUInt32LE(28 + n * 8, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(28 + n * 16, 24);
  const chunks = [header];
  let offset = header.length;
  const table = (list, at) => {
    list.forEach((buffer, i) => {
      header.writeUInt32LE(buffer.length, at + i * 8);
      header.writeUInt32LE(offset, at + i * 8 + 4);
      chunks.push(buffer, Buffer.alloc(1));
      offset += buffer.length + 1;
    });
  };
  table(ids, 28);
  table(strs, 28 + n * 8);
  return Buffer.concat(chunks);
}

/**
 * The translations of the editor script as WordPress's script-translation JSON (the Jed
 * format wp.i18n reads), for the file `<domain>-<locale>-<md5 of assets/editor.js>.json`.
 */
export function scriptTranslations(entries, lang) {
  const messages = { '': { domain: 'messages', lang, 'plural-forms': 'nplurals=2; plural=(n != 1);' } };
  for (const [id, str] of entries) if (id !== '' && str !== '') messages[id] = [str];
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}
