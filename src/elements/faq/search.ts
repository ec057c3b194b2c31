/**
 * FAQ search, as pure functions: text folded for matching (case and accents ignored), the
 * query split into words, and the stretches of a text that match, for marking.
 */

const ACCENT = /\p{M}/gu;
/** Printable ASCII and whitespace: text that folds one character to one. */
const ASCII = /^[ -~\t\n\r]*$/;

/** Text folded for matching: lower case, without accents. */
export function foldText(text: string): string {
  return ASCII.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(ACCENT, '').toLowerCase();
}

/**
 * Folded text with a map from each folded character back to its index in the source (only
 * needed to mark matches; plain ASCII maps one to one).
 */
export function fold(text: string): { folded: string; sourceIndex: (i: number) => number } {
  if (ASCII.test(text)) return { folded: text.toLowerCase(), sourceIndex: (i) => i };
  let folded = '';
  const index: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const part = text.charAt(i).normalize('NFD').replace(ACCENT, '').toLowerCase();
    folded += part;
    for (let k = 0; k < part.length; k++) index.push(i);
  }
  return { folded, sourceIndex: (i) => index[i] ?? text.length - 1 };
}

/** The words of a query, folded, longest first (so marking prefers the longer match). */
export function queryWords(query: string): string[] {
  // No search (every first render): skip the Unicode pattern, whose first use is compiled.
  if (query.trim() === '') return [];
  const words = fold(query)
    .folded.split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return [...new Set(words)].sort((first, second) => second.length - first.length);
}

/** Whether every word of the query appears in the folded text. */
export function matchesAll(foldedText: string, words: readonly string[]): boolean {
  return words.every((word) => foldedText.includes(word));
}

/** A piece of text, marked when it matches. */
export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

/** Splits text into marked and unmarked segments for the query words. */
export function segments(text: string, words: readonly string[]): Segment[] {
  if (words.length === 0) return [{ text, match: false }];
  const { folded, sourceIndex } = fold(text);
  if (!words.some((word) => folded.includes(word))) return [{ text, match: false }];
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      const start = sourceIndex(at);
      const end = sourceIndex(at + word.length - 1);
      for (let i = start; i <= end; i++) marked[i] = true;
    }
  }
  const out: Segment[] = [];
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j++;
    out.push({ text: text.slice(i, j), match: marked[i] === true });
    i = j;
  }
  return out;
}
