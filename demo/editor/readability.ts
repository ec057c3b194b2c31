/**
 * Readability as an owner types: Flesch–Kincaid grade for English, Szigriszt-Pazos (INFLESZ)
 * for Spanish (inflesz.mjs, the same code the content tests run in Node).
 *
 * Flesch–Kincaid grade of English text. text-readability (which the content tests
 * use in Node) cannot run in the page: it patches the global `Math` and needs CommonJS
 * packages. So the formula is here, counted the way text-readability counts (words split at
 * spaces and commas, short "sentences" ignored, the same rounding), with a small syllable
 * counter; tests/demo/editor-readability.test.ts compares the two on the widgets' own texts.
 */

import { spanishWords, szigrisztPazos } from './inflesz.mjs';

const PUNCTUATION = /[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,\-./:;<=>?@[\]^_`{|}~]/g;

/** Rounds half away from zero, as text-readability does. */
function round(value: number, places: number): number {
  const p = 10 ** places;
  return Math.floor(value * p + Math.sign(value) * 0.5) / p;
}

function words(text: string): string[] {
  return text
    .replace(PUNCTUATION, '')
    .split(/,| |\n|\r/g)
    .filter((w) => w !== '');
}

function sentenceCount(text: string): number {
  const sentences = text.split(/ *[.?!]['")\]]*[ |\n](?=[A-Z])/g);
  const valid = sentences.filter((s) => words(s).length > 2).length;
  return valid > 1 ? valid : 1;
}

/** Words whose syllables the rules below miscount. */
const EXCEPTIONS: Readonly<Record<string, number>> = {
  people: 2,
  every: 2,
  something: 2,
  sometimes: 2,
  business: 2,
  family: 3,
  being: 2,
  area: 3,
  idea: 3,
  really: 2,
  different: 3,
  therapy: 3,
  anxious: 2,
  serious: 3,
  period: 3,
  create: 2,
  whole: 1,
  while: 1,
  someone: 2,
  anyone: 3,
  everyone: 3,
  one: 1,
  once: 1,
  are: 1,
  were: 1,
  fire: 1,
  hour: 1,
  hours: 1,
  our: 1,
  any: 2,
  many: 2,
};

/** Syllables of one English word: vowel groups, less a silent final e, with common endings. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return 0;
  if (EXCEPTIONS[w] !== undefined) return EXCEPTIONS[w];
  if (w.length <= 3) return 1;
  // A y between vowels is a consonant (saying); a silent e before a suffix (useful).
  let base = w
    .replace(/(?<=[aeiou])y(?=[aeiou])/g, 'j')
    .replace(/([^aeiouy])e(?=(?:ly|ful|ment|ness|less)$)/, '$1');
  let extra = 0;
  const plural = /(?:ss|[^s])es$|[^s]s$/.exec(base);
  if (plural && !/(?:ces|ges|ses|zes|xes|shes|ches)$/.test(base)) base = base.replace(/e?s$/, '');
  if (/[^aeiouy]ed$/.test(base) && !/[td]ed$/.test(base)) base = base.slice(0, -2);
  if (/[^aeiouy]le$/.test(base)) {
    extra += 1;
    base = base.slice(0, -2);
  } else if (/[^aeiouy]e$/.test(base) || /[aeiouy][^aeiouy]e$/.test(base)) {
    base = base.slice(0, -1);
  }
  const groups = base.match(/[aeiouy]+/g)?.length ?? 0;
  // Vowel pairs said as two syllables.
  const hiatus = base.match(/(?<![cstg])ia|io(?!n)|ua|uo|eo|ie(?=r|t)|yi|ei(?=ng)/g)?.length ?? 0;
  return Math.max(1, groups + hiatus + extra);
}

/** Flesch–Kincaid grade, to one decimal, or `undefined` for text without words. */
export function fleschKincaid(text: string): number | undefined {
  const list = words(text.toLowerCase());
  if (list.length === 0) return undefined;
  const perSentence = round(list.length / sentenceCount(text), 1);
  const total = list.reduce((sum, w) => sum + syllables(w), 0);
  const perWord = round(total / list.length, 1);
  return round(0.39 * perSentence + 11.8 * perWord - 15.59, 1);
}

/** The grade above which the editor warns (PRODUCT.md: grade 8 or lower per answer). */
export const HARDEST_GRADE = 8;

/** The Spanish score below which the editor warns: 55 is "normal" on the INFLESZ scale. */
export const LOWEST_INFLESZ = 55;

/**
 * Fewest words for a score to mean anything: a title or a question of a few long words
 * ("Ongoing therapy", "Primeras semanas") scores as hard on word length alone. The content
 * tests draw the same line for English paragraphs.
 */
export const FEWEST_WORDS = 12;

/**
 * Typed text as a reader meets it, scored the way the content tests score ours: each
 * paragraph (a blank line apart) is at least one sentence, and the placeholders read as a
 * short word.
 */
function prose(text: string, practice: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => (/[.!?:;]$/.test(paragraph) ? paragraph : `${paragraph}.`))
    .join(' ')
    .replace(/\{(practice|minutes|format)\}/g, practice);
}

/** Whether a text is long enough to score: 12 words or more. */
const scorable = (text: string): boolean => spanishWords(text).length >= FEWEST_WORDS;

/** The grade to warn about, or `undefined` when the text reads at grade 8 or lower, or is too short to score. */
export function tooHard(text: string): number | undefined {
  const english = prose(text, 'Our practice');
  const grade = scorable(english) ? fleschKincaid(english) : undefined;
  return grade !== undefined && grade > HARDEST_GRADE ? grade : undefined;
}

/**
 * The INFLESZ score to warn about (rounded), or `undefined` when Spanish text scores 55 or
 * more, or is too short to score.
 */
export function tooHardSpanish(text: string): number | undefined {
  const spanish = prose(text, 'nosotros');
  if (!scorable(spanish)) return undefined;
  const score = szigrisztPazos(spanish);
  return score < LOWEST_INFLESZ ? Math.round(score) : undefined;
}
