// Szigriszt-Pazos perspicuity (the INFLESZ scale) of Spanish text, with a Spanish syllable
// counter. Plain JavaScript, so one copy serves both the editor in the page
// (demo/editor/readability.ts warns as an owner types) and Node (scripts/readability-plugin.mjs,
// for the content tests). No well-kept npm library computes it; tested in
// tests/unit/readability.test.ts.

const VOWELS = 'aeiouáéíóúü';
const STRONG = 'aeoáéó';
const ACCENTED_WEAK = 'íú';

/** Whether two written vowels side by side are said in two syllables (a hiatus). */
function hiatus(a, b) {
  return (STRONG.includes(a) && STRONG.includes(b)) || ACCENTED_WEAK.includes(a) || ACCENTED_WEAK.includes(b);
}

/**
 * Syllables in one Spanish word, by the Real Academia's rules for diphthongs, triphthongs
 * and hiatuses (Ortografía de la lengua española, 2010): every run of vowels is one syllable,
 * split where two open vowels meet (a, e, o) or where a stressed í or ú meets another vowel.
 * A silent h between vowels changes nothing (ahu-mar, pro-hí-ben). A final y after a vowel
 * (hoy, buey) joins that vowel; y alone is a vowel. Digits are read one syllable each (a rough
 * count for "988" or "2015").
 */
export function spanishSyllables(word) {
  const w = word.toLowerCase().normalize('NFC');
  const digits = (w.match(/\d/g) ?? []).length;
  const letters = w
    .replace(/[^a-záéíóúüñy]/g, '')
    .replace(/h/g, '')
    .replace(/y$/, (y, i) => (i === 0 ? 'i' : ''));
  let count = 0;
  let previous = '';
  for (const ch of letters.replace(/y(?=[^aeiouáéíóúü]|$)/g, 'i')) {
    if (!VOWELS.includes(ch)) {
      previous = '';
      continue;
    }
    if (!previous || hiatus(previous, ch)) count += 1;
    previous = ch;
  }
  return Math.max(count + digits, 1);
}

/** Words of a text: runs of letters or digits (with an apostrophe inside, one word). */
export function spanishWords(text) {
  return text.match(/[\p{L}\d]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** Sentences of a text: pieces ended by . ! ? (or the end), that hold a word. */
function sentences(text) {
  return text.split(/[.!?]+/).filter((s) => /[\p{L}\d]/u.test(s)).length || 1;
}

/**
 * Szigriszt-Pazos perspicuity, the score the INFLESZ scale reads (Barrio-Cantalejo et al.,
 * An Sist Sanit Navar 2008; 31(2): 135-152): 206.835 − 62.3 × syllables/words − words/sentences.
 * 55 or more is "normal" or easier on INFLESZ.
 */
export function szigrisztPazos(text) {
  const words = spanishWords(text);
  if (words.length === 0) return 100;
  const syllables = words.reduce((sum, w) => sum + spanishSyllables(w), 0);
  return 206.835 - (62.3 * syllables) / words.length - words.length / sentences(text);
}
