/**
 * Content by locale, and the practice values that fill its placeholders. Elements read
 * words only from here.
 */
import type { Locale, Settings } from '../core/settings.js';
import { common as enCommon } from './en/common.js';
import { crisis as enCrisis } from './en/crisis.js';
import { common as esCommon } from './es/common.js';
import { crisis as esCrisis } from './es/crisis.js';
import type { Fills } from './resolve.js';
import type { CommonContent, CrisisContent } from './types.js';

export const COMMON: { readonly [L in Locale]: CommonContent } = { en: enCommon, es: esCommon };
export const CRISIS_CONTENT: { readonly [L in Locale]: CrisisContent } = { en: enCrisis, es: esCrisis };

/** The practice's values for `{practice}`, `{minutes}` and `{format}`, in this locale. */
export function fillsFor(locale: Locale, settings: Settings): Fills {
  const words = COMMON[locale];
  return {
    practice: settings.practiceName ?? words.practiceDefault,
    minutes: String(settings.sessionMinutes),
    format: words.formats[settings.format],
  };
}

/** A YYYY-MM month as the locale writes it: "November 2026", "noviembre de 2026". */
export function monthName(month: string, locale: Locale): string {
  const [year, mon] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 2026, (mon ?? 1) - 1, 1)),
  );
}
