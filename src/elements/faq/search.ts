/**
 * FAQ search, as pure functions: text folded for matching (case and accents ignored), the
 * query split into words, and the stretches of a text that match, for marking.
 */

/** Lower case without accents, with a map from each folded character to its source index. */
export function fold(text: string): { folded: string; sourceIndex: number[] } {
  let folded = '';
  const sourceIndex: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const part = text.charAt(i).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    folded += part;
    for (let k = 0; k < part.length; k++) sourceIndex.push(i);
  }
  return { folded, sourceIndex };
}

/** The words of a query, folded, longest first (so marking prefers the longer match). */
export function queryWords(query: string): string[] {
  const words = fold(query)
    .folded.split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
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
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      const start = sourceIndex[at] ?? 0;
      const end = sourceIndex[at + word.length - 1] ?? start;
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
