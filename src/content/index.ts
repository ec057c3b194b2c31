/**
 * Content by locale, and the practice values that fill its placeholders. Elements read
 * words only from here.
 */
import { LOCALES, type Locale, type Settings } from '../core/settings.js';
import { TABLES } from './locales.js';
import type { LocaleWords } from './locales.types.js';
import type { Fills } from './resolve.js';

type ByLocale<T> = { readonly [L in Locale]: T };

const LANGUAGE: ByLocale<string> = { en: 'English', es: 'Spanish' };

/**
 * One part of every locale's words. A per-locale build holds one locale; the others point at
 * it, so the tables stay complete (`availableLocale()` keeps elements from asking for them).
 */
function byLocale<K extends keyof LocaleWords>(part: K): ByLocale<LocaleWords[K]> {
  const own = TABLES.words[TABLES.fallback];
  if (!own) throw new Error(`therapy-widgets: no words for the fallback locale "${TABLES.fallback}"`);
  const entries = LOCALES.map((locale) => [locale, (TABLES.words[locale] ?? own)[part]] as const);
  return Object.fromEntries(entries) as unknown as ByLocale<LocaleWords[K]>;
}

export const COMMON = byLocale('common');
export const CRISIS_CONTENT = byLocale('crisis');
export const FAQ_CONTENT = byLocale('faq');
export const FAQ_UI = byLocale('faqUi');
export const GUIDE_CONTENT = byLocale('guide');
export const GUIDE_UI = byLocale('guideUi');
export const CONFIDENTIALITY_CONTENT = byLocale('confidentiality');
export const CONFIDENTIALITY_UI = byLocale('confidentialityUi');
const MONTHS = byLocale('months');
export const FACTS_WORDS = byLocale('facts');
export const FAQ_PRACTICE = byLocale('faqPractice');

/** The locale shown when the page names none (or one it doesn't have): this file's own. */
export const DEFAULT_LOCALE: Locale = TABLES.fallback;

const warned = new Set<Locale>();

/**
 * The locale to show: the one asked for when this file holds it; otherwise this file's own,
 * with one `console.warn` per page that names the file to load instead.
 */
export function availableLocale(locale: Locale, tag: string): Locale {
  if (TABLES.words[locale]) return locale;
  const own = TABLES.fallback;
  if (!warned.has(locale)) {
    warned.add(locale);
    console.warn(
      `${tag}: lang asks for ${LANGUAGE[locale]} ("${locale}"), but ${TABLES.file} holds ${LANGUAGE[own]} only; ` +
        `load therapy-widgets.${locale}.js for ${LANGUAGE[locale]}, or therapy-widgets.js for every language. ` +
        `Showing ${LANGUAGE[own]} instead.`,
    );
  }
  return own;
}

/** The practice's values for `{practice}`, `{minutes}` and `{format}`, in this locale. */
export function fillsFor(locale: Locale, settings: Settings): Fills {
  const words = COMMON[locale];
  return {
    practice: settings.practiceName ?? words.practiceDefault,
    minutes: settings.sessionMinutes === undefined ? words.minutesGeneral : String(settings.sessionMinutes),
    format: words.formats[settings.format],
  };
}

/** A YYYY-MM month as the locale writes it: "November 2026", "noviembre de 2026". */
export function monthName(month: string, locale: Locale): string {
  const [year, mon] = month.split('-').map(Number);
  const words = MONTHS[locale];
  return words.monthYear(words.names[(mon ?? 1) - 1] ?? month, year ?? 2026);
}
