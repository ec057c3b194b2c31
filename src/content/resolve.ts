/**
 * Turning content data into the words a reader sees: picking the jurisdiction's variant and
 * filling the practice's values into `{placeholders}`.
 */
import type { Jurisdiction } from '../core/settings.js';
import type { Block, ByJurisdiction, Rich, Text, Varies } from './types.js';

function isByJurisdiction<T>(value: Varies<T>): value is ByJurisdiction<T> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'generic' in value;
}

/** The variant for this jurisdiction, or the generic one. */
export function pick<T>(value: Varies<T>, jurisdiction: Jurisdiction): T {
  if (!isByJurisdiction(value)) return value;
  return value[jurisdiction] ?? value.generic;
}

/** The values that fill `{practice}`, `{minutes}` and `{format}`. */
export type Fills = Readonly<Record<'practice' | 'minutes' | 'format', string>>;

/**
 * Fills placeholders. A value that starts a sentence gets a capital first letter, so a
 * neutral default such as "our practice" reads well anywhere.
 */
export function fill(text: Text, fills: Fills): string {
  return text.replace(/\{(practice|minutes|format)\}/g, (_, key: keyof Fills, offset: number) => {
    const value = fills[key];
    const startsSentence = offset === 0 || /[.!?¡¿:]\s*$/.test(text.slice(0, offset));
    return startsSentence ? value.charAt(0).toLocaleUpperCase() + value.slice(1) : value;
  });
}

/** A block with its placeholders filled. */
function fillBlock(block: Block, fills: Fills): Block {
  return typeof block === 'string' ? fill(block, fills) : { list: block.list.map((t) => fill(t, fills)) };
}

/** Rich text for a jurisdiction, filled. */
export function resolveRich(value: Varies<Rich>, jurisdiction: Jurisdiction, fills: Fills): Block[] {
  return pick(value, jurisdiction).map((block) => fillBlock(block, fills));
}

/** Plain text of rich content, one block a line: for search, copy and readability. */
export function plain(blocks: readonly Block[]): string {
  return blocks.map((b) => (typeof b === 'string' ? b : b.list.join('\n'))).join('\n');
}

/** A practice's override text as paragraphs: a blank line starts a new one. */
export function paragraphs(text: Text): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
