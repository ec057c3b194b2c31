/**
 * Practice facts (PRODUCT.md, "Practice facts"): what this practice charges, whether it takes
 * a client's insurance, its cancellation rule, where and when it sees people. Pure parsing,
 * like `settings.ts`: each fact is one `Field` with its own accepted-values wording, read from
 * the attribute, then the config block, then nothing. Every fact is optional; an unset fact
 * leaves the general text.
 */
import {
  JURISDICTIONS,
  isolated,
  readField,
  type Field,
  type Jurisdiction,
  type Refusal,
} from './settings.js';

export const CLIENT_GROUPS = ['adults', 'couples', 'families', 'teens', 'children'] as const;
export type ClientGroup = (typeof CLIENT_GROUPS)[number];

/** The highest amount a fee may be: a typo guard (1e9 is refused), in the currency's units. */
export const MAX_AMOUNT = 100_000;

/** The practice's facts, parsed. Each is absent when not set or refused. */
export interface Facts {
  readonly fee?: number;
  readonly firstSessionFee?: number;
  /** An ISO 4217 code, upper case. Defaults by jurisdiction (none for `generic`). */
  readonly currency?: string;
  readonly slidingScale?: boolean;
  /** Minutes of the free first call. */
  readonly freeCall?: number;
  /** Plan or insurer names, in the practice's order. */
  readonly insurance?: readonly string[];
  readonly superbills?: boolean;
  readonly hipaa?: boolean;
  readonly cancellationHours?: number;
  /** An amount, or `full` (the session fee). */
  readonly cancellationFee?: number | 'full';
  readonly address?: string;
  readonly access?: string;
  readonly hours?: string;
  readonly videoPlatform?: string;
  readonly replyDays?: number;
  /** Canonical BCP 47 tags. */
  readonly languages?: readonly string[];
  readonly clients?: readonly ClientGroup[];
  readonly waitWeeks?: number;
}

export type FactKey = keyof Facts;

/** Each fact's currency when the practice names none. */
export const DEFAULT_CURRENCY: { readonly [J in Jurisdiction]: string | undefined } = {
  generic: undefined,
  us: 'USD',
  uk: 'GBP',
  ca: 'CAD',
  au: 'AUD',
  ie: 'EUR',
  nz: 'NZD',
};

// Parsers ---------------------------------------------------------------------------------

/** Markup or a script link: refused in every text fact, so nothing of the kind is ever shown. */
const UNSAFE_TEXT = /[<>]|\b(?:javascript|vbscript|data)\s*:/i;

/** Plain text of 1 to `max` characters, spaces folded; no markup, no control characters. */
function textUpTo(max: number): (text: string) => string | undefined {
  return (text) => {
    const value = text.trim().replace(/\s+/g, ' ');
    if (value === '' || value.length > max || UNSAFE_TEXT.test(value) || /\p{Cc}/u.test(value)) {
      return undefined;
    }
    return isolated(value);
  };
}

/** An amount: digits with up to 2 decimals, from 0 to MAX_AMOUNT. No signs, no exponents. */
function amount(text: string): number | undefined {
  const value = text.trim();
  if (!/^\d{1,6}(?:\.\d{1,2})?$/.test(value)) return undefined;
  const n = Number(value);
  return n <= MAX_AMOUNT ? n : undefined;
}

function wholeFrom(min: number, max: number): (text: string) => number | undefined {
  return (text) => {
    if (!/^\s*\d{1,3}\s*$/.test(text)) return undefined;
    const n = Number(text);
    return n >= min && n <= max ? n : undefined;
  };
}

function yesNo(text: string): boolean | undefined {
  const value = text.trim().toLowerCase();
  return value === 'yes' || value === 'true' ? true : value === 'no' || value === 'false' ? false : undefined;
}

let knownCurrencies: ReadonlySet<string> | undefined;

/** An ISO 4217 code the engine knows; where it cannot list them, a well-formed code it accepts. */
function currency(text: string): string | undefined {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return undefined;
  if (typeof Intl.supportedValuesOf === 'function') {
    knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
    return knownCurrencies.has(code) ? code : undefined;
  }
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return code;
  } catch {
    return undefined;
  }
}

const MAX_NAMES = 20;
const MAX_NAME = 60;

/** Comma-separated names (a config array arrives joined by commas); each plain text. */
function names(text: string): string[] | undefined {
  const name = textUpTo(MAX_NAME);
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length > MAX_NAMES || parts.some((part) => part === '')) return undefined;
  const parsed = parts.map(name);
  return parsed.every((p): p is string => p !== undefined) ? [...new Set(parsed)] : undefined;
}

/** Space-separated BCP 47 tags whose language is a 2- or 3-letter ISO 639 code, canonicalised. */
function languageTags(text: string): string[] | undefined {
  const tags = text.trim().split(/[\s,]+/);
  if (tags.length === 0 || tags.length > MAX_NAMES) return undefined;
  const canonical: string[] = [];
  for (const tag of tags) {
    if (tag.length > 35 || !/^[a-z]{2,3}(?:-|$)/i.test(tag)) return undefined;
    try {
      canonical.push(...Intl.getCanonicalLocales(tag));
    } catch {
      return undefined;
    }
  }
  return [...new Set(canonical)];
}

function clientGroups(text: string): ClientGroup[] | undefined {
  const words = text
    .trim()
    .toLowerCase()
    .split(/[\s,]+/);
  const groups = words.filter((w): w is ClientGroup => (CLIENT_GROUPS as readonly string[]).includes(w));
  if (groups.length !== words.length) return undefined;
  // The standard order, whatever order they were given in.
  return CLIENT_GROUPS.filter((g) => groups.includes(g));
}

// Fields ----------------------------------------------------------------------------------

const AMOUNT_ACCEPTS = `an amount from 0 to ${MAX_AMOUNT} with up to 2 decimals, such as 150 or 95.50`;
const YES_NO = 'yes or no';
const textAccepts = (max: number, what: string): string =>
  `plain text of 1 to ${max} characters (${what}), without < > or script links`;

/** Every fact, keyed by its property name; `attribute` is also its config key. */
export const FACT_FIELDS: { readonly [K in FactKey]-?: Field<NonNullable<Facts[K]>> } = {
  fee: { attribute: 'fee', accepted: AMOUNT_ACCEPTS, parse: amount },
  firstSessionFee: { attribute: 'first-session-fee', accepted: AMOUNT_ACCEPTS, parse: amount },
  currency: {
    attribute: 'currency',
    accepted: 'an ISO 4217 currency code such as USD, GBP or EUR',
    parse: currency,
  },
  slidingScale: { attribute: 'sliding-scale', accepted: YES_NO, parse: yesNo },
  freeCall: {
    attribute: 'free-call',
    accepted: 'minutes, a whole number from 5 to 60',
    parse: wholeFrom(5, 60),
  },
  insurance: {
    attribute: 'insurance',
    accepted: `up to ${MAX_NAMES} plan or insurer names of up to ${MAX_NAME} characters, comma-separated (an array in the config block), without < > or script links`,
    parse: names,
  },
  superbills: { attribute: 'superbills', accepted: YES_NO, parse: yesNo },
  hipaa: { attribute: 'hipaa', accepted: YES_NO, parse: yesNo },
  cancellationHours: {
    attribute: 'cancellation-hours',
    accepted: 'a whole number of hours from 0 to 168',
    parse: wholeFrom(0, 168),
  },
  cancellationFee: {
    attribute: 'cancellation-fee',
    accepted: `full (the session fee), or ${AMOUNT_ACCEPTS}`,
    parse: (text) => (text.trim().toLowerCase() === 'full' ? 'full' : amount(text)),
  },
  address: { attribute: 'address', accepted: textAccepts(200, 'the address'), parse: textUpTo(200) },
  access: {
    attribute: 'access',
    accepted: textAccepts(300, 'parking, step-free access, transport'),
    parse: textUpTo(300),
  },
  hours: {
    attribute: 'hours',
    accepted: textAccepts(200, 'when sessions are offered'),
    parse: textUpTo(200),
  },
  videoPlatform: {
    attribute: 'video-platform',
    accepted: textAccepts(60, 'the name of the video service'),
    parse: textUpTo(60),
  },
  replyDays: {
    attribute: 'reply-days',
    accepted: 'a whole number of working days from 1 to 14',
    parse: wholeFrom(1, 14),
  },
  languages: {
    attribute: 'languages',
    accepted: `up to ${MAX_NAMES} BCP 47 language tags, space-separated, such as "en es vi" or "en pt-BR"`,
    parse: languageTags,
  },
  clients: {
    attribute: 'clients',
    accepted: `any of ${CLIENT_GROUPS.join(' ')}, space-separated`,
    parse: clientGroups,
  },
  waitWeeks: {
    attribute: 'wait-weeks',
    accepted: 'a whole number of weeks from 0 to 52',
    parse: wholeFrom(0, 52),
  },
};

/**
 * A fact set from script as its attribute's text: strings, finite numbers and booleans as
 * text, a list as an array of strings; `undefined` for anything else.
 */
function factText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') {
    return String(value);
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(',');
  return undefined;
}

/**
 * The facts as attribute text, from an element's property values (which script may set to
 * anything): a value of a type no fact takes (an object, a function, `NaN`, an array that is
 * not all strings) is refused and left unset.
 */
export function factAttributes(
  property: (key: FactKey) => unknown,
  refuse: (refusal: Refusal) => void,
): Partial<Record<FactKey, string>> {
  const attributes: Partial<Record<FactKey, string>> = {};
  for (const key of Object.keys(FACT_FIELDS) as FactKey[]) {
    const value = property(key);
    const text = factText(value);
    if (text !== undefined) attributes[key] = text;
    else if (value != null) {
      const shown = typeof value === 'number' ? String(value) : Object.prototype.toString.call(value);
      const { attribute, accepted } = FACT_FIELDS[key];
      refuse({ attribute, value: shown, accepted, source: 'attribute' });
    }
  }
  return attributes;
}

/** The facts whose config value may be an array (lists take arrays in the block). */
const LIST_KEYS: readonly FactKey[] = ['insurance', 'languages', 'clients'];

/**
 * A copy of the config with list facts given as arrays of strings turned into the attribute's
 * text (commas for names, spaces for tags), so one field parses both.
 */
function listsAsText(config: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  let copy: Record<string, unknown> | undefined;
  for (const key of LIST_KEYS) {
    const name = FACT_FIELDS[key].attribute;
    const value = config[name];
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
      copy ??= { ...config };
      copy[name] = value.join(key === 'insurance' ? ',' : ' ');
    }
  }
  return copy ?? config;
}

/** The amounts among the facts: shown only with a currency. */
const AMOUNT_KEYS = ['fee', 'firstSessionFee', 'cancellationFee'] as const;

/**
 * Resolves every fact: attribute, then config block, then nothing. An amount with no currency
 * (no `currency`, and a jurisdiction with no default) is refused once, naming `currency`, and
 * the amounts are left out.
 */
export function resolveFacts(
  attributes: Readonly<Partial<Record<FactKey, string | null | undefined>>>,
  config: Readonly<Record<string, unknown>>,
  jurisdiction: Jurisdiction,
  refuse: (refusal: Refusal) => void,
): Facts {
  const block = listsAsText(config);
  const facts: Partial<Record<FactKey, unknown>> = {};
  for (const key of Object.keys(FACT_FIELDS) as FactKey[]) {
    const value = readField<unknown>(FACT_FIELDS[key], attributes[key], block, refuse);
    if (value !== undefined) facts[key] = value;
  }
  const currency = facts.currency ?? DEFAULT_CURRENCY[jurisdiction];
  if (currency !== undefined) facts.currency = currency;
  const amounts = AMOUNT_KEYS.filter((key) => typeof facts[key] === 'number');
  if (facts.currency === undefined && amounts.length > 0) {
    refuse({
      attribute: 'currency',
      value: '',
      accepted: `${FACT_FIELDS.currency.accepted}: ${amounts.map((k) => FACT_FIELDS[k].attribute).join(', ')} need one when the jurisdiction has no default (${JURISDICTIONS.filter((j) => DEFAULT_CURRENCY[j]).join(', ')} have one)`,
      source: 'attribute',
    });
    for (const key of amounts) facts[key] = undefined;
  }
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as Facts;
}
