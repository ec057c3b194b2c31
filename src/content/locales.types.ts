/**
 * One locale's words, as one table: what each per-locale module carries, and what the
 * all-locale module carries once per locale.
 */
import type { Locale } from '../core/settings.js';
import type { FactsWords, PracticeQuestion } from './facts-types.js';
import type {
  CommonContent,
  ConfidentialityContent,
  CrisisContent,
  FaqContent,
  GuideContent,
} from './types.js';
import type { ConfidentialityUi, FaqUi, GuideUi } from './ui-types.js';

/** Month names and how a month and year are written, so no `Intl.DateTimeFormat` is needed. */
export interface MonthWords {
  /** January to December (twelve), as they stand in a date. */
  readonly names: readonly string[];
  /** A month of a year: "November 2026", "noviembre de 2026". */
  readonly monthYear: (month: string, year: number) => string;
}

export interface LocaleWords {
  readonly common: CommonContent;
  readonly crisis: CrisisContent;
  readonly faq: FaqContent;
  readonly faqUi: FaqUi;
  readonly guide: GuideContent;
  readonly guideUi: GuideUi;
  readonly confidentiality: ConfidentialityContent;
  readonly confidentialityUi: ConfidentialityUi;
  readonly months: MonthWords;
  /** The practice-fact sentences (`compose.ts` puts them where they belong). */
  readonly facts: FactsWords;
  /** The questions about the practice, added to the FAQ by `compose.ts`. */
  readonly faqPractice: readonly PracticeQuestion[];
}

/** What a build carries: some locales' words, the one to fall back to, and the file's name. */
export interface LocaleTables {
  readonly words: { readonly [L in Locale]?: LocaleWords };
  readonly fallback: Locale;
  /** The built file's name, as the warning for a missing locale names it. */
  readonly file: string;
}
