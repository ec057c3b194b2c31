/**
 * Content by locale, and the practice values that fill its placeholders. Elements read
 * words only from here.
 */
import type { Locale, Settings } from '../core/settings.js';
import { common as enCommon } from './en/common.js';
import { crisis as enCrisis } from './en/crisis.js';
import { common as esCommon } from './es/common.js';
import { crisis as esCrisis } from './es/crisis.js';
import { confidentiality as enConfidentiality } from './en/confidentiality.js';
import { faq as enFaq } from './en/faq.js';
import { guide as enGuide } from './en/guide.js';
import { confidentialityUi as enConfidentialityUi, faqUi as enFaqUi, guideUi as enGuideUi } from './en/ui.js';
import { confidentiality as esConfidentiality } from './es/confidentiality.js';
import { faq as esFaq } from './es/faq.js';
import { guide as esGuide } from './es/guide.js';
import { confidentialityUi as esConfidentialityUi, faqUi as esFaqUi, guideUi as esGuideUi } from './es/ui.js';
import type { Fills } from './resolve.js';
import type {
  CommonContent,
  ConfidentialityContent,
  CrisisContent,
  FaqContent,
  GuideContent,
} from './types.js';
import type { ConfidentialityUi, FaqUi, GuideUi } from './ui-types.js';

type ByLocale<T> = { readonly [L in Locale]: T };

export const COMMON: ByLocale<CommonContent> = { en: enCommon, es: esCommon };
export const CRISIS_CONTENT: ByLocale<CrisisContent> = { en: enCrisis, es: esCrisis };
export const FAQ_CONTENT: ByLocale<FaqContent> = { en: enFaq, es: esFaq };
export const FAQ_UI: ByLocale<FaqUi> = { en: enFaqUi, es: esFaqUi };
export const GUIDE_CONTENT: ByLocale<GuideContent> = { en: enGuide, es: esGuide };
export const GUIDE_UI: ByLocale<GuideUi> = { en: enGuideUi, es: esGuideUi };
export const CONFIDENTIALITY_CONTENT: ByLocale<ConfidentialityContent> = {
  en: enConfidentiality,
  es: esConfidentiality,
};
export const CONFIDENTIALITY_UI: ByLocale<ConfidentialityUi> = {
  en: enConfidentialityUi,
  es: esConfidentialityUi,
};

/** The practice's values for `{practice}`, `{minutes}` and `{format}`, in this locale. */
export function fillsFor(locale: Locale, settings: Settings): Fills {
  const words = COMMON[locale];
  return {
    practice: settings.practiceName ?? words.practiceDefault,
    // Until the elements read `compose.ts` (which never states an ungiven length), the old
    // texts keep their old fill.
    minutes: String(settings.sessionMinutes ?? 50),
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
