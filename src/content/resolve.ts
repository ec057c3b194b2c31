/**
 * Turning content data into the words a reader sees: picking the jurisdiction's variant and
 * filling the practice's values into `{placeholders}`.
 */
import type { Format, Jurisdiction } from '../core/settings.js';
import type { Block, ByJurisdiction, FormatTag, Line, Rich, SourceBlock, Text, Varies } from './types.js';

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

/** Whether something tagged for one way of meeting belongs on a page for this `format`. */
export function fitsFormat(tag: FormatTag | undefined, format: Format): boolean {
  return tag === undefined || format === 'both' || tag === format;
}

/** A line for this way of meeting: as written, worded for "both", or left out. */
export function formatLine(line: Line, format: Format): Text | undefined {
  if (typeof line === 'string') return line;
  if (!fitsFormat(line.format, format)) return undefined;
  return format === 'both' ? (line.both ?? line.line) : line.line;
}

/** The lines that fit this way of meeting. */
export function formatLines(lines: readonly Line[], format: Format): Text[] {
  return lines.flatMap((line) => formatLine(line, format) ?? []);
}

function formatBlock(block: SourceBlock, format: Format): Block | undefined {
  if (typeof block === 'string') return block;
  if ('list' in block) {
    const list = formatLines(block.list, format);
    return list.length > 0 ? { list } : undefined;
  }
  if (!fitsFormat(block.format, format)) return undefined;
  return format === 'both' ? (block.both ?? block.block) : block.block;
}

/**
 * Blocks as written become the blocks a reader sees for this way of meeting: a tagged block
 * or line is left out, kept, or worded for "both"; a list with no line left goes too.
 */
export function formatRich(rich: Rich, format: Format): Block[] {
  return rich.flatMap((block) => formatBlock(block, format) ?? []);
}

/** A block with its placeholders filled. */
function fillBlock(block: Block, fills: Fills): Block {
  return typeof block === 'string' ? fill(block, fills) : { list: block.list.map((t) => fill(t, fills)) };
}

/** Rich text for a jurisdiction and a way of meeting (default: either way), filled. */
export function resolveRich(
  value: Varies<Rich>,
  jurisdiction: Jurisdiction,
  fills: Fills,
  format: Format = 'both',
): Block[] {
  return formatRich(pick(value, jurisdiction), format).map((block) => fillBlock(block, fills));
}

/** Plain text of rich content (worded for either way of meeting), one block a line: for search, copy and readability. */
export function plain(blocks: Rich): string {
  return formatRich(blocks, 'both')
    .map((b) => (typeof b === 'string' ? b : b.list.join('\n')))
    .join('\n');
}

/** A practice's override text as paragraphs: a blank line starts a new one. */
export function paragraphs(text: Text): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
