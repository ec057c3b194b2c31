/**
 * The English words only: the locale table of dist/therapy-widgets.en.js (the build swaps
 * it in for ./locales.ts).
 */
import { common } from './en/common.js';
import { confidentiality } from './en/confidentiality.js';
import { crisis } from './en/crisis.js';
import { facts } from './en/facts.js';
import { faq } from './en/faq.js';
import { faqPractice } from './en/faq-practice.js';
import { guide } from './en/guide.js';
import { months } from './en/months.js';
import { confidentialityUi, faqUi, guideUi } from './en/ui.js';
import type { LocaleTables, LocaleWords } from './locales.types.js';

export const en: LocaleWords = {
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

export const TABLES: LocaleTables = { words: { en }, fallback: 'en', file: 'therapy-widgets.en.js' };
