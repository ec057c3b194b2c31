/**
 * The practice's facts as a reader sees them: amounts, lists and language names formatted by
 * `Intl` for the reader's language (and the practice's region), never by hand. Formatters come
 * from `core/intl.ts`: made once per locale and options, and only when a fact needs one.
 */
import type { ClientGroup, Facts } from '../core/facts.js';
import { displayNames, listFormat, numberFormat } from '../core/intl.js';
import type { Jurisdiction, Locale } from '../core/settings.js';

const REGION: { readonly [J in Jurisdiction]: string | undefined } = {
  generic: undefined,
  us: 'US',
  uk: 'GB',
  ca: 'CA',
  au: 'AU',
  ie: 'IE',
  nz: 'NZ',
};

/**
 * The tag `Intl` formats with: the reader's language in the practice's region (`en-GB`,
 * `es-US`); for `generic`, English as is and Latin-American Spanish (`es-419`).
 */
export function intlTag(locale: Locale, jurisdiction: Jurisdiction): string {
  const region = REGION[jurisdiction];
  if (region) return `${locale}-${region}`;
  return locale === 'es' ? 'es-419' : locale;
}

/** An amount in the currency, with no `.00` on a whole amount: "$150", "95,50 €". */
export function formatAmount(tag: string, currency: string, value: number): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return numberFormat(tag, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A whole number as the locale writes it. */
export function formatCount(tag: string, value: number): string {
  return numberFormat(tag, { maximumFractionDigits: 0 }).format(value);
}

/** "Aetna, Cigna and Optum" / "Aetna, Cigna y Optum". */
export function formatList(
  tag: string,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return listFormat(tag, { style: 'long', type }).format(items);
}

/** A language's name in the reader's language ("Vietnamese", "vietnamita"), or its tag. */
export function languageName(tag: string, language: string): string {
  return displayNames(tag, { type: 'language', fallback: 'code' }).of(language) ?? language;
}

/** A number with the words for it: the number, as written in the locale. */
export interface Count {
  readonly n: number;
  readonly text: string;
}

/** The facts, formatted: what the sentences in `en/facts.ts` and `es/facts.ts` are made from. */
export interface FactValues {
  readonly minutes?: Count;
  readonly fee?: string;
  readonly firstSessionFee?: string;
  /** An amount, or `full`. */
  readonly cancellationFee?: string;
  readonly cancellationFull?: boolean;
  readonly cancellationHours?: Count;
  readonly slidingScale?: boolean;
  readonly freeCall?: Count;
  /** The plans, as one list. */
  readonly insurance?: string;
  readonly superbills?: boolean;
  readonly hipaa?: boolean;
  readonly address?: string;
  readonly access?: string;
  readonly hours?: string;
  readonly videoPlatform?: string;
  readonly replyDays?: Count;
  /** Language names in the reader's language, as one list. */
  readonly languages?: string;
  /** The groups the practice sees, in the locale's words, as one list. */
  readonly clients?: string;
  readonly waitWeeks?: Count;
}

/** Practice text placed inside a sentence: without its own closing full stop. */
function clause(text: string | undefined): string | undefined {
  const value = text?.replace(/[\s.]+$/, '');
  return value ? value : undefined;
}

/** Turns the parsed facts into words-ready values for this locale. Amounts need a currency. */
export function factValues(
  facts: Facts,
  sessionMinutes: number | undefined,
  locale: Locale,
  jurisdiction: Jurisdiction,
  groupNames: { readonly [G in ClientGroup]: string },
): FactValues {
  const tag = intlTag(locale, jurisdiction);
  const count = (n: number | undefined): Count | undefined =>
    n === undefined ? undefined : { n, text: formatCount(tag, n) };
  const money = (n: number | undefined): string | undefined =>
    n === undefined || facts.currency === undefined ? undefined : formatAmount(tag, facts.currency, n);
  const values: Record<string, unknown> = {
    minutes: count(sessionMinutes),
    fee: money(facts.fee),
    firstSessionFee: money(facts.firstSessionFee),
    cancellationFee: typeof facts.cancellationFee === 'number' ? money(facts.cancellationFee) : undefined,
    cancellationFull: facts.cancellationFee === 'full' ? true : undefined,
    cancellationHours: count(facts.cancellationHours),
    slidingScale: facts.slidingScale,
    freeCall: count(facts.freeCall),
    insurance: facts.insurance ? formatList(tag, facts.insurance) : undefined,
    superbills: facts.superbills,
    hipaa: facts.hipaa,
    address: clause(facts.address),
    access: clause(facts.access),
    hours: clause(facts.hours),
    videoPlatform: clause(facts.videoPlatform),
    replyDays: count(facts.replyDays),
    languages: facts.languages
      ? formatList(
          tag,
          facts.languages.map((l) => languageName(tag, l)),
        )
      : undefined,
    clients: facts.clients
      ? formatList(
          tag,
          facts.clients.map((g) => groupNames[g]),
        )
      : undefined,
    waitWeeks: count(facts.waitWeeks),
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as FactValues;
}
