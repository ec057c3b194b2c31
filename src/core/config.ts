/**
 * The `config` block: a `<script type="application/json" id="…">` on the page whose JSON
 * object holds settings (keyed by attribute name) and text overrides, shared by every widget.
 */
import { childText, getAttribute, getElementById, htmlName } from './dom.js';
import { FACT_FIELDS } from './facts.js';
import { FIELDS, LANG_FIELD, type Field } from './settings.js';

export type ConfigResult =
  | {
      readonly ok: true;
      readonly values: Readonly<Record<string, unknown>>;
      /** What is wrong with keys that are ignored (misspelt, or set on elements only). */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };

/** The `config` attribute itself: the id of the block. */
export const CONFIG_FIELD: Field<string> = {
  attribute: 'config',
  accepted: 'the id of a <script type="application/json"> on the page',
  parse: (text) => text.trim() || undefined,
};

/** Deeper than this, a block is refused in every engine alike (settings nest two levels). */
const MAX_DEPTH = 100;

/** Settings that only one element has: attributes on that element, never in the block. */
const ELEMENT_ONLY = ['include', 'exclude', 'categories', 'single', 'start', 'crisis', 'variant'];

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

interface JsonProblem {
  /** 0-based offset into the text. */
  readonly offset: number;
  /** The text is valid JSON, but nests deeper than MAX_DEPTH at `offset`. */
  readonly deep: boolean;
}

/**
 * Checks JSON the same way in every engine, without recursion (so nesting cannot overflow
 * the stack): the first syntax error, else the first place it nests too deeply.
 */
function checkJson(text: string): JsonProblem | undefined {
  let i = 0;
  let deepAt = -1;
  const open: string[] = [];
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  // Each reader leaves `i` where the text first goes wrong when it returns false.
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) return false;
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-f]{4}$/i.test(text.slice(i + 1, i + 5))) return false;
          i += 4;
        } else if (i >= text.length || !'"\\/bfnrt'.includes(text.charAt(i))) return false;
      }
      i++;
    }
    if (i >= text.length) return false;
    i++;
    return true;
  };
  const key = (): boolean => {
    ws();
    if (!string()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (c === word[0]) {
        if (!text.startsWith(word, i)) return false;
        i += word.length;
        return true;
      }
    }
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) return false;
    i += match[0].length;
    return true;
  };
  const problem = (): JsonProblem => ({ offset: i, deep: false });
  for (;;) {
    // A value is expected here.
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      open.push(c === '{' ? '}' : ']');
      if (open.length > MAX_DEPTH && deepAt < 0) deepAt = i;
      i++;
      ws();
      if (text[i] !== open.at(-1)) {
        if (c === '{' && !key()) return problem();
        continue;
      }
      i++;
      open.pop();
    } else if (!scalar()) return problem();
    // After a value: close what is open, or a comma and the next member.
    for (;;) {
      ws();
      const close = open.at(-1);
      if (close === undefined) {
        if (i < text.length) return problem();
        return deepAt < 0 ? undefined : { offset: deepAt, deep: true };
      }
      if (text[i] === close) {
        i++;
        open.pop();
        continue;
      }
      if (text[i] !== ',') return problem();
      i++;
      if (close === '}' && !key()) return problem();
      break;
    }
  }
}

/** Where in `text` JSON parsing first fails, as a 0-based offset, or -1 when it parses. */
export function jsonErrorOffset(text: string): number {
  const found = checkJson(text);
  return found && !found.deep ? found.offset : -1;
}

function position(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Whether a `type` names JSON: the essence `application/json` in any case, parameters allowed. */
export function isJsonType(type: string): boolean {
  const essence = type.split(';', 1)[0] ?? '';
  return essence.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '').toLowerCase() === 'application/json';
}

/** The text of the JSON block with this id, or `null` when the page has no such block. */
export function configSource(id: string, root: Document = document): string | null {
  const block = getElementById(root, id);
  if (!block || htmlName(block) !== 'script' || !isJsonType(getAttribute(block, 'type') ?? '')) {
    return null;
  }
  return childText(block);
}

/** The number of single-character edits between two short words. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** A sentence for each key of the block that no element reads from it. */
export function configNotes(values: Readonly<Record<string, unknown>>): string[] {
  const known = [
    ...[...Object.values(FIELDS), ...Object.values(FACT_FIELDS)].map((field) => field.attribute),
    LANG_FIELD.attribute,
    'text',
  ];
  const notes: string[] = [];
  for (const name of Object.keys(values)) {
    if (known.includes(name)) continue;
    const quoted = JSON.stringify(name.length > 60 ? `${name.slice(0, 59)}…` : name);
    if (ELEMENT_ONLY.includes(name)) {
      notes.push(
        `key ${quoted} is set on each element, as the attribute ${name}="…", not in the block; it is ignored`,
      );
      continue;
    }
    const lower = name.toLowerCase();
    const near = known
      .map((word) => ({ word, edits: distance(lower, word) }))
      .filter(({ word, edits }) => edits <= Math.max(1, Math.floor(word.length / 4)))
      .sort((a, b) => a.edits - b.edits)[0]?.word;
    const hint = near ? `; did you mean "${near}"?` : `; the keys are ${known.join(', ')}.`;
    notes.push(`key ${quoted} is not a setting, so it is ignored${hint}`);
  }
  return notes;
}

/** Finds and parses the config block with this id. Never throws. */
export function readConfig(id: string, root: Document = document): ConfigResult {
  const text = configSource(id, root);
  if (text === null) {
    return {
      ok: false,
      reason: `no <script type="application/json" id="${id}"> was found on the page`,
    };
  }
  const problem = checkJson(text);
  if (problem) {
    const where = position(text, problem.offset);
    return {
      ok: false,
      reason: problem.deep
        ? `its JSON nests deeper than ${MAX_DEPTH} levels (${where})`
        : `its JSON does not parse (${where})`,
    };
  }
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'its JSON does not parse' };
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    return { ok: false, reason: 'its JSON must be an object such as {"jurisdiction": "uk"}' };
  }
  const object = values as Record<string, unknown>;
  return { ok: true, values: object, notes: configNotes(object) };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The config's text overrides, strings only. Two shapes, which may be mixed:
 * - flat, for every language: `"text": { "faq.cost.question": "…" }`;
 * - per language: `"text": { "en": { "faq.cost.question": "…" }, "es": { … } }`.
 *
 * With a `locale`, that language's overrides are laid over the flat ones (a per-language
 * text wins). Without one, only the flat ones count.
 */
export function textOverrides(
  values: Readonly<Record<string, unknown>>,
  locale?: string,
): ReadonlyMap<string, string> {
  const text = values['text'];
  const map = new Map<string, string>();
  if (!isRecord(text)) return map;
  const add = (entries: Readonly<Record<string, unknown>>): void => {
    for (const [key, value] of Object.entries(entries)) {
      if (typeof value === 'string' && value.trim() !== '') map.set(key, value);
    }
  };
  add(text);
  const own = locale !== undefined && Object.hasOwn(text, locale) ? text[locale] : undefined;
  if (isRecord(own)) add(own);
  return map;
}
