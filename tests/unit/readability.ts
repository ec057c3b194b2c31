/**
 * Readability for the fact unit tests: the scores are the readability plugin's (one
 * Flesch–Kincaid, one Szigriszt-Pazos / INFLESZ for the whole project); this file only turns
 * content blocks into the prose they score.
 */
import { formatRich } from '../../src/content/resolve.js';
import type { Rich } from '../../src/content/types.js';

export { fkGrade, szigrisztPazos as inflesz } from '../../scripts/readability-plugin.mjs';

/** Blocks as prose (worded for either way of meeting): each paragraph and each list line a sentence; placeholders filled. */
export function prose(blocks: Rich, practice = 'our practice'): string {
  const sentence = (t: string): string => (/[.!?:;]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`);
  return formatRich(blocks, 'both')
    .map((b) => (typeof b === 'string' ? sentence(b) : b.list.map(sentence).join(' ')))
    .join(' ')
    .replace(/\{practice\}/g, practice)
    .replace(/\{format\}/g, practice === 'our practice' ? 'in person or online' : 'en persona o en línea');
}
