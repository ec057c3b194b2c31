/**
 * The `config` block: a `<script type="application/json" id="…">` on the page whose JSON
 * object holds settings (keyed by attribute name) and text overrides, shared by every widget.
 */

export type ConfigResult =
  | { readonly ok: true; readonly values: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly reason: string };

/** Where in `text` JSON parsing first fails, as a 0-based offset (engines disagree on it). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-f]{4}$/i.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text.charAt(i)) || i >= text.length) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail();
    i += match?.[0].length ?? 0;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === '}') return void i++;
        if (text[i] !== ',') fail();
        i++;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ']') return void i++;
        if (text[i] !== ',') fail();
        i++;
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (offset) {
    return offset as number;
  }
}

function position(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Finds and parses the config block with this id. Never throws. */
export function readConfig(id: string, root: Document = document): ConfigResult {
  const block = root.getElementById(id);
  if (!(block instanceof HTMLScriptElement) || block.type.toLowerCase() !== 'application/json') {
    return {
      ok: false,
      reason: `no <script type="application/json" id="${id}"> was found on the page`,
    };
  }
  const text = block.textContent ?? '';
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason: `its JSON does not parse (${position(text, jsonErrorOffset(text))})`,
    };
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    return { ok: false, reason: 'its JSON must be an object such as {"jurisdiction": "uk"}' };
  }
  return { ok: true, values: values as Record<string, unknown> };
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
