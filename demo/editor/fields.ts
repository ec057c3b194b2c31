/**
 * Every setting and practice fact as an editor field: the very `Field` the widgets parse it
 * with (so a refusal shows the widgets' own `accepted` words), the group an owner looks for it
 * in, and the control that edits it. Pure: no DOM. A control's `name` is its `name` here: the
 * attribute it writes, and the key of the settings block.
 */
import { FACT_FIELDS, CLIENT_GROUPS } from '../../src/core/facts.js';
import {
  FIELDS,
  FORMATS,
  JURISDICTIONS,
  LANG_FIELD,
  LOCALES,
  THEMES,
  type Field,
} from '../../src/core/settings.js';

export const GROUPS = ['practice', 'fees', 'policies', 'sessions', 'look', 'advanced'] as const;
export type GroupId = (typeof GROUPS)[number];

export type ControlKind = 'text' | 'long' | 'number' | 'url' | 'tel' | 'email' | 'select' | 'choices';

export interface FieldSpec {
  /** The attribute, the settings-block key and the form control's `name`. */
  readonly name: string;
  readonly group: GroupId;
  readonly kind: ControlKind;
  readonly field: Field<unknown>;
  /** The values a `select` or `choices` control offers (an empty string: "not set"). */
  readonly options?: readonly string[];
  /** How a list is written in the settings block: an array of the parts. */
  readonly list?: ',' | ' ';
  /** The value the widgets use when none is given: left out of the snippet. */
  readonly fallback?: string;
}

const YES_NO = ['', 'yes', 'no'] as const;

function spec(
  name: string,
  group: GroupId,
  kind: ControlKind,
  field: Field<unknown>,
  extra: Partial<Omit<FieldSpec, 'name' | 'group' | 'kind' | 'field'>> = {},
): FieldSpec {
  return { name, group, kind, field, ...extra };
}

/** Every field, in the order the editor shows them within their group. */
export const SPECS: readonly FieldSpec[] = [
  spec('practice-name', 'practice', 'text', FIELDS.practiceName),
  spec('jurisdiction', 'practice', 'select', FIELDS.jurisdiction, {
    options: JURISDICTIONS,
    fallback: 'generic',
  }),
  spec('lang', 'practice', 'select', LANG_FIELD, { options: ['', ...LOCALES] }),
  spec('clients', 'practice', 'choices', FACT_FIELDS.clients, { options: CLIENT_GROUPS, list: ' ' }),
  spec('languages', 'practice', 'text', FACT_FIELDS.languages, { list: ' ' }),
  spec('phone', 'practice', 'tel', FIELDS.phone),
  spec('email', 'practice', 'email', FIELDS.email),
  spec('booking-url', 'practice', 'url', FIELDS.bookingUrl),
  spec('contact-url', 'practice', 'url', FIELDS.contactUrl),
  spec('policy-url', 'practice', 'url', FIELDS.policyUrl),
  spec('reply-days', 'practice', 'number', FACT_FIELDS.replyDays),

  spec('fee', 'fees', 'text', FACT_FIELDS.fee),
  spec('first-session-fee', 'fees', 'text', FACT_FIELDS.firstSessionFee),
  spec('currency', 'fees', 'text', FACT_FIELDS.currency),
  spec('sliding-scale', 'fees', 'select', FACT_FIELDS.slidingScale, { options: YES_NO }),
  spec('free-call', 'fees', 'number', FACT_FIELDS.freeCall),
  spec('insurance', 'fees', 'text', FACT_FIELDS.insurance, { list: ',' }),
  spec('superbills', 'fees', 'select', FACT_FIELDS.superbills, { options: YES_NO }),

  spec('cancellation-hours', 'policies', 'number', FACT_FIELDS.cancellationHours),
  spec('cancellation-fee', 'policies', 'text', FACT_FIELDS.cancellationFee),
  spec('hipaa', 'policies', 'select', FACT_FIELDS.hipaa, { options: YES_NO }),

  spec('format', 'sessions', 'select', FIELDS.format, { options: FORMATS, fallback: 'both' }),
  spec('session-minutes', 'sessions', 'number', FIELDS.sessionMinutes),
  spec('address', 'sessions', 'long', FACT_FIELDS.address),
  spec('access', 'sessions', 'long', FACT_FIELDS.access),
  spec('hours', 'sessions', 'text', FACT_FIELDS.hours),
  spec('video-platform', 'sessions', 'text', FACT_FIELDS.videoPlatform),
  spec('wait-weeks', 'sessions', 'number', FACT_FIELDS.waitWeeks),

  spec('theme', 'look', 'select', FIELDS.theme, { options: THEMES, fallback: 'light' }),

  spec('heading-level', 'advanced', 'select', FIELDS.headingLevel, {
    options: ['2', '3', '4', '5', '6'],
    fallback: '2',
  }),
];

export type FieldName = string;

/** The field with this name. */
export function specOf(name: string): FieldSpec | undefined {
  return SPECS.find((s) => s.name === name);
}

/** The value as the widgets get it: trimmed, and a list without empty parts (`Aetna,, Cigna,`). */
export function cleanValue(spec: FieldSpec, value: string): string {
  return spec.list ? joinList(spec, splitList(spec, value)) : value.trim();
}

/** The refusal words for a value, or `undefined` when the widgets accept it (or it is empty). */
export function refusal(spec: FieldSpec, value: string): string | undefined {
  const clean = cleanValue(spec, value);
  if (clean === '') return undefined;
  return spec.field.parse(clean) === undefined ? spec.field.accepted : undefined;
}

/** A file name such as `book.html` or `contact.php`, which a relative link may well start with. */
const FILE_NAME = /\.(?:s?html?|xhtml|php\d?|aspx?|jsp|cfm|cgi|pdf)$/i;
/** A website's name: `www.…`, or dot-separated names ending in letters (`calmharbour.co.uk`). */
const SITE_NAME = /^(?:www\.|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$)/iu;

/**
 * The full address for a link typed without its `https://` whose first part names a website
 * (`www.calmharbour.com/book`), which the widgets would take as a page of the owner's own
 * site; `undefined` for a full address or a relative one (`/book`, `book.html`).
 */
export function fullAddress(value: string): string | undefined {
  const typed = value.trim();
  if (/^[a-z][a-z\d+.-]*:/i.test(typed)) return undefined;
  const first = typed.split(/[/?#]/)[0] ?? '';
  return SITE_NAME.test(first) && !FILE_NAME.test(first) ? `https://${typed}` : undefined;
}

/** The value as the settings block holds it: a number when that reads back the same, arrays for lists. */
export function blockValue(spec: FieldSpec, value: string): string | number | string[] {
  if (spec.list) return splitList(spec, value);
  if (spec.kind === 'number' && /^\d+$/.test(value) && String(Number(value)) === value) return Number(value);
  return value;
}

/** A list field's parts. */
export function splitList(spec: FieldSpec, value: string): string[] {
  const parts = spec.list === ',' ? value.split(',') : value.split(/\s+/);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** A list field's text, as the form shows it. */
export function joinList(spec: FieldSpec, parts: readonly string[]): string {
  return parts.join(spec.list === ',' ? ', ' : ' ');
}
