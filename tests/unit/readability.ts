/**
 * Readability scores for the unit tests: Flesch–Kincaid grade for English (text-readability)
 * and Szigriszt-Pazos / INFLESZ for Spanish (computed here: no npm package scores Spanish).
 */
import rs from 'text-readability';
import type { Block } from '../../src/content/types.js';

/** Blocks as prose: each paragraph and each list line a sentence; placeholders filled. */
export function prose(blocks: readonly Block[], practice = 'our practice'): string {
  const sentence = (t: string): string => (/[.!?:;]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`);
  return blocks
    .map((b) => (typeof b === 'string' ? sentence(b) : b.list.map(sentence).join(' ')))
    .join(' ')
    .replace(/\{practice\}/g, practice)
    .replace(/\{format\}/g, practice === 'our practice' ? 'in person or online' : 'en persona o en línea');
}

export function fkGrade(text: string): number {
  return rs.fleschKincaidGrade(text);
}

/** Syllables of a Spanish word: vowel groups, with strong-strong pairs and accented í/ú as hiatus. */
function syllablesEs(word: string): number {
  let count = 0;
  let previous: 'none' | 'weak' | 'strong' = 'none';
  for (const ch of word.toLowerCase()) {
    if ('aeoáéóíú'.includes(ch)) {
      if (previous !== 'weak') count++;
      previous = 'strong';
    } else if ('iuü'.includes(ch)) {
      if (previous === 'none') count++;
      previous = 'weak';
    } else {
      previous = 'none';
    }
  }
  return Math.max(count, 1);
}

/** INFLESZ (Szigriszt-Pazos): 206.835 − 62.3 × syllables/words − words/sentences. 55+ is "normal" or easier. */
export function inflesz(text: string): number {
  const sentences = text.split(/[.!?]+/).filter((s) => /\p{L}/u.test(s)).length;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const syllables = words.reduce((sum, w) => sum + syllablesEs(w.replace(/[^\p{L}]/gu, '')), 0);
  return 206.835 - (62.3 * syllables) / words.length - words.length / Math.max(sentences, 1);
}
