/**
 * Pure parsing and validation of the settings every element reads. No DOM, no Lit: each
 * value comes in as the attribute string (or a config-block value) and leaves as a typed
 * setting, or as a refusal that names what is accepted.
 */
import { safeUrl } from './safe-url.js';

export const JURISDICTIONS = ['generic', 'us', 'uk', 'ca', 'au', 'ie', 'nz'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const FORMATS = ['in-person', 'online', 'both'] as const;
export type Format = (typeof FORMATS)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The practice settings, parsed. Links and contact details are absent when not set. */
export interface Settings {
  readonly practiceName?: string;
  readonly jurisdiction: Jurisdiction;
  /** Absent unless the practice gives it: the text never states a length it did not give. */
  readonly sessionMinutes?: number;
  readonly format: Format;
  readonly bookingUrl?: string;
  readonly contactUrl?: string;
  readonly policyUrl?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly headingLevel: HeadingLevel;
  readonly theme: Theme;
}

export const DEFAULT_SETTINGS: Settings = {
  jurisdiction: 'generic',
  format: 'both',
  headingLevel: 2,
  theme: 'light',
};

/** A value that was refused, and the words that say what would have been accepted. */
export interface Refusal {
  readonly attribute: string;
  /** The value as it came: warnings quote it through `describe()`. */
  readonly value: unknown;
  readonly accepted: string;
  readonly source: 'attribute' | 'config';
}

/** How one attribute is read: what it accepts, in words and as a parser. */
export interface Field<T> {
  readonly attribute: string;
  readonly accepted: string;
  /** Returns the parsed value, or `undefined` when the text is not acceptable. */
  parse(text: string): T | undefined;
}

const MAX_TEXT = 120;

export function oneOf<T extends string>(values: readonly T[]): (text: string) => T | undefined {
  return (text) => {
    const lower = text.trim().toLowerCase();
    return values.find((v) => v === lower);
  };
}

function plainText(text: string): string | undefined {
  const value = text.trim().replace(/\s+/g, ' ');
  return value.length > 0 && value.length <= MAX_TEXT ? isolated(value) : undefined;
}

/** Unicode's controls of text direction: embeddings, overrides, isolates and marks. */
const DIRECTION_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * A practice's plain text as it sits inside our sentences: a value that holds a control of
 * text direction is wrapped in an isolate (U+2068 … U+2069), so a right-to-left override in
 * it cannot turn the words around it backwards. Any other value is returned as it is.
 */
export function isolated(value: string): string {
  return DIRECTION_CONTROL.test(value) ? `\u2068${value}\u2069` : value;
}

function minutes(text: string): number | undefined {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 15 && n <= 180 ? n : undefined;
}

function phone(text: string): string | undefined {
  const value = text.trim();
  const digits = value.replace(/\D/g, '').length;
  return /^\+?[\d\s().-]+$/.test(value) && digits >= 3 && digits <= 20 ? value : undefined;
}

function email(text: string): string | undefined {
  const value = text.trim();
  return value.length <= 254 && /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/.test(value)
    ? value
    : undefined;
}

function headingLevel(text: string): HeadingLevel | undefined {
  return /^\s*[2-6]\s*$/.test(text) ? (Number(text) as HeadingLevel) : undefined;
}

const URL_ACCEPTS = 'an https:, http: or relative URL';

/** Every shared setting, keyed by its property name. */
export const FIELDS: { readonly [K in keyof Settings]-?: Field<NonNullable<Settings[K]>> } = {
  practiceName: {
    attribute: 'practice-name',
    accepted: `plain text of 1 to ${MAX_TEXT} characters`,
    parse: plainText,
  },
  jurisdiction: {
    attribute: 'jurisdiction',
    accepted: JURISDICTIONS.join(', '),
    parse: oneOf(JURISDICTIONS),
  },
  sessionMinutes: {
    attribute: 'session-minutes',
    accepted: 'a whole number from 15 to 180',
    parse: minutes,
  },
  format: { attribute: 'format', accepted: FORMATS.join(', '), parse: oneOf(FORMATS) },
  bookingUrl: { attribute: 'booking-url', accepted: URL_ACCEPTS, parse: safeUrl },
  contactUrl: { attribute: 'contact-url', accepted: URL_ACCEPTS, parse: safeUrl },
  policyUrl: { attribute: 'policy-url', accepted: URL_ACCEPTS, parse: safeUrl },
  phone: {
    attribute: 'phone',
    accepted: 'a phone number of digits, spaces, ( ) - . and a leading +',
    parse: phone,
  },
  email: { attribute: 'email', accepted: 'an email address such as hello@example.org', parse: email },
  headingLevel: { attribute: 'heading-level', accepted: 'a whole number from 2 to 6', parse: headingLevel },
  theme: { attribute: 'theme', accepted: THEMES.join(', '), parse: oneOf(THEMES) },
};

/** The `lang` setting: a BCP 47 tag whose language is one we ship. */
export const LANG_FIELD: Field<Locale> = {
  attribute: 'lang',
  accepted: `${LOCALES.join(', ')} (region subtags such as en-GB or es-MX are fine)`,
  parse: (text) => {
    const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(text);
    return oneOf(LOCALES)(match?.[1] ?? '');
  },
};

/** A config-block value as text, or `undefined` when it is of a type no setting takes. */
function configText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The most of a value a warning quotes. */
const QUOTED = 200;

/** What a value looks like in a warning: quoted, and cut short when it is long. Never throws. */
export function describe(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string'
        ? value
        : typeof value === 'number' || typeof value === 'bigint'
          ? String(value) // NaN and Infinity as such: JSON would say null
          : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return JSON.stringify(text.length > QUOTED ? `${text.slice(0, QUOTED - 1)}…` : text);
}

/** Marks a property value that no setting takes (an object, a function, `NaN`…). */
export const NOT_TEXT: unique symbol = Symbol('not text');

/**
 * A value set from script as the text its attribute would hold: strings as they are, finite
 * numbers as digits (`el.phone = 5551234567`), and for id lists an array of strings joined
 * with spaces (`el.include = ['cost']`). `undefined` when unset (`null`, `undefined`, `''`);
 * `NOT_TEXT` for anything else, which the caller refuses.
 */
export function settingText(value: unknown, list = false): string | undefined | typeof NOT_TEXT {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : NOT_TEXT;
  if (list && Array.isArray(value) && value.every((id) => typeof id === 'string')) {
    return settingText(value.join(' '));
  }
  return NOT_TEXT;
}

/**
 * Reads one field from the attribute, then the config block, then the default. A refused
 * attribute falls through to the config block, so one bad value never hides a good one.
 */
export function readField<T>(
  field: Field<T>,
  attribute: unknown,
  config: Readonly<Record<string, unknown>>,
  refuse: (refusal: Refusal) => void,
): T | undefined {
  const text = settingText(attribute);
  if (text !== undefined) {
    const parsed = text === NOT_TEXT ? undefined : field.parse(text);
    if (parsed !== undefined) return parsed;
    refuse({ attribute: field.attribute, value: attribute, accepted: field.accepted, source: 'attribute' });
  }
  if (Object.hasOwn(config, field.attribute)) {
    const raw = config[field.attribute];
    const text = configText(raw);
    const parsed = text === undefined || text.trim() === '' ? undefined : field.parse(text);
    if (parsed !== undefined) return parsed;
    refuse({ attribute: field.attribute, value: raw, accepted: field.accepted, source: 'config' });
  }
  return undefined;
}

/** Resolves every shared setting: attribute, then config block, then default. */
export function resolveSettings(
  attributes: Readonly<Record<keyof Settings, unknown>>,
  config: Readonly<Record<string, unknown>>,
  refuse: (refusal: Refusal) => void,
): Settings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    const value = readField<unknown>(FIELDS[key], attributes[key], config, refuse);
    if (value !== undefined) settings[key] = value;
  }
  return settings as unknown as Settings;
}

/**
 * Parses a space-separated list of ids (or, set from script, an array of them) against the
 * ids that exist. Unknown ids are refused (all of them in one refusal); an empty result
 * means "no filter".
 */
export function parseIdList(
  attribute: string,
  value: unknown,
  known: readonly string[],
  refuse: (refusal: Refusal) => void,
  source: Refusal['source'] = 'attribute',
): string[] | undefined {
  const text = settingText(value, true);
  if (text === undefined) return undefined;
  const accepted = `space-separated ids from: ${known.join(', ')}`;
  if (text === NOT_TEXT) {
    refuse({ attribute, value, accepted, source });
    return undefined;
  }
  const ids = text
    .trim()
    .toLowerCase()
    .split(/[\s,]+/);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    refuse({
      attribute,
      value: unknown.join(' '),
      accepted,
      source,
    });
  }
  const valid = ids.filter((id) => known.includes(id));
  return valid.length > 0 ? valid : undefined;
}
