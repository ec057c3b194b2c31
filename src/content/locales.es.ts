/**
 * The Spanish words only: the locale table of dist/therapy-widgets.es.js (the build swaps
 * it in for ./locales.ts).
 */
import { common } from './es/common.js';
import { confidentiality } from './es/confidentiality.js';
import { crisis } from './es/crisis.js';
import { facts } from './es/facts.js';
import { faq } from './es/faq.js';
import { faqPractice } from './es/faq-practice.js';
import { guide } from './es/guide.js';
import { months } from './es/months.js';
import { confidentialityUi, faqUi, guideUi } from './es/ui.js';
import type { LocaleTables, LocaleWords } from './locales.types.js';

export const es: LocaleWords = {
  common,
  crisis,
  faq,
  faqUi,
  guide,
  guideUi,
  confidentiality,
  confidentialityUi,
  months,
  facts,
  faqPractice,
};

export const TABLES: LocaleTables = { words: { es }, fallback: 'es', file: 'therapy-widgets.es.js' };
