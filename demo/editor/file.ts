/**
 * "Save settings to a file" and "Open a settings file": the editor's state as a JSON file,
 * written and read in the page (Blob and File APIs; nothing leaves it). Reading is as strict as
 * reading a snippet: only known parts are taken, the rest is listed.
 */
import { safeUrl } from '../../src/core/safe-url.js';
import { LOCALES } from '../../src/core/settings.js';
import { TOKENS, cleanToken, type TokenName, type WidgetTag } from '../tokens.js';
import { hideableIds, textIds } from './content.js';
import { specOf } from './fields.js';
import type { Note, ReadResult } from './read.js';
import {
  CONTENT_TAGS,
  PAGE_ORDER,
  WIDGET_OPTIONS,
  emptyState,
  type EditorState,
  type OwnQuestion,
} from './state.js';

/** Marks the file as the editor's, with the shape's version. */
export const FILE_KIND = 'therapy-widgets-editor';
export const FILE_VERSION = 1;
export const FILE_NAME = 'therapy-widgets-settings.json';

/** The state as the file's text. */
export function settingsFileText(state: EditorState): string {
  return `${JSON.stringify({ kind: FILE_KIND, version: FILE_VERSION, ...state }, null, 2)}\n`;
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): Record<string, string> =>
  isRecord(v)
    ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {};

/** Reads a settings file's text. Never throws. */
export function readSettingsFile(text: string): ReadResult {
  const notes: Note[] = [];
  const note = (kind: Note['kind'], what: string): void => void notes.push({ kind, what });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    note('json', 'JSON');
    return { state: emptyState(), notes, found: false };
  }
  if (!isRecord(data) || data['kind'] !== FILE_KIND) {
    note('json', 'kind');
    return { state: emptyState(), notes, found: false };
  }
  const base = emptyState();
  const known = new Set(['kind', 'version', ...Object.keys(base)]);
  for (const key of Object.keys(data)) if (!known.has(key)) note('key', key);

  const elements = Array.isArray(data['elements'])
    ? PAGE_ORDER.filter((t) => (data['elements'] as unknown[]).includes(t))
    : base.elements;

  const settings: Record<string, string> = {};
  for (const [name, value] of Object.entries(strings(data['settings']))) {
    if (!specOf(name)) note('key', name);
    else if (/-url$/.test(name) && value.trim() !== '' && safeUrl(value) === undefined)
      note('unsafe-url', `${name}="${value}"`);
    else settings[name] = value;
  }

  const hiddenIn = isRecord(data['hidden']) ? data['hidden'] : {};
  const hidden = { ...base.hidden };
  for (const tag of CONTENT_TAGS) {
    const ids = Array.isArray(hiddenIn[tag]) ? (hiddenIn[tag] as unknown[]) : [];
    hidden[tag] = ids.filter((id): id is string => typeof id === 'string' && hideableIds(tag).includes(id));
  }

  const ids = textIds();
  const textIn = isRecord(data['text']) ? data['text'] : {};
  const words = { en: {}, es: {} } as Record<(typeof LOCALES)[number], Record<string, string>>;
  for (const locale of LOCALES) {
    for (const [id, value] of Object.entries(strings(textIn[locale]))) {
      if (ids.has(id)) words[locale][id] = value;
      else note('text-id', `${locale}: ${id}`);
    }
  }

  const own: OwnQuestion[] = (Array.isArray(data['own']) ? data['own'] : []).filter(isRecord).map((q) => ({
    id: typeof q['id'] === 'string' ? q['id'] : '',
    category: typeof q['category'] === 'string' ? q['category'] : '',
    question: typeof q['question'] === 'string' ? q['question'] : '',
    answer: typeof q['answer'] === 'string' ? q['answer'] : '',
    lang: LOCALES.find((locale) => locale === q['lang']) ?? '',
  }));

  const optionsIn = isRecord(data['options']) ? data['options'] : {};
  const options = { ...base.options };
  for (const tag of Object.keys(options) as WidgetTag[]) {
    const given = strings(optionsIn[tag]);
    options[tag] = Object.fromEntries(
      Object.entries(given).filter(([name]) => WIDGET_OPTIONS[tag].includes(name)),
    );
  }

  const tokens: Partial<Record<TokenName, string>> = {};
  for (const [name, value] of Object.entries(strings(data['tokens']))) {
    const token = TOKENS.find((t) => t.name === name);
    const clean = token ? cleanToken(token.name, value) : undefined;
    if (token && clean !== undefined) tokens[token.name] = clean;
    else note('value', `${name}: ${value}`);
  }

  const scriptUrl =
    typeof data['scriptUrl'] === 'string' && safeUrl(data['scriptUrl']) ? data['scriptUrl'] : base.scriptUrl;
  return {
    state: {
      elements,
      settings,
      hidden,
      text: words,
      own,
      options,
      tokens,
      scriptUrl,
      onEachTag: data['onEachTag'] === true,
    },
    notes,
    found: true,
  };
}
