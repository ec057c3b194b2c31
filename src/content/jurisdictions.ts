/**
 * Facts that do not depend on language: crisis numbers per jurisdiction and the months the
 * content was last checked. Sources: ../../SOURCES.md.
 */
import type { Jurisdiction, Locale } from '../core/settings.js';
import type { ByJurisdiction, CrisisServiceId } from './types.js';

export interface Contact {
  readonly kind: 'call' | 'text';
  /** As people write it, e.g. "116 123"; links use its digits. */
  readonly number: string;
  /** A first word some text services ask for. */
  readonly keyword?: string;
  /** The first word in another language, where the service has one (AYUDA for Spanish). */
  readonly keywords?: { readonly [L in Locale]?: string };
}

/** The contact as a reader in this locale uses it: with the keyword in their language. */
export function inLocale(contact: Contact, locale: Locale): Contact {
  const keyword = contact.keywords?.[locale];
  return keyword ? { kind: contact.kind, number: contact.number, keyword } : contact;
}

export interface CrisisService {
  readonly id: CrisisServiceId;
  readonly contacts: readonly Contact[];
}

export interface CrisisFacts {
  /** Emergency numbers; none for `generic`, which names no number. */
  readonly emergency: readonly string[];
  readonly services: readonly CrisisService[];
}

const call = (number: string): Contact => ({ kind: 'call', number });
const text = (number: string, keyword?: string, keywords?: Contact['keywords']): Contact => ({
  kind: 'text',
  number,
  ...(keyword ? { keyword } : {}),
  ...(keywords ? { keywords } : {}),
});

export const CRISIS: { readonly [J in Jurisdiction]: CrisisFacts } = {
  generic: { emergency: [], services: [] },
  us: {
    emergency: ['911'],
    services: [
      // Spanish texts: AYUDA, to 988 (988lifeline.org) and to 741741 (crisistextline.org).
      { id: 'us-988', contacts: [call('988'), text('988', undefined, { es: 'AYUDA' })] },
      { id: 'us-crisis-text-line', contacts: [text('741741', 'HOME', { es: 'AYUDA' })] },
    ],
  },
  ca: {
    emergency: ['911'],
    services: [
      { id: 'ca-988', contacts: [call('988'), text('988')] },
      { id: 'ca-kids-help-phone', contacts: [call('1-800-668-6868'), text('686868', 'CONNECT')] },
    ],
  },
  uk: {
    emergency: ['999'],
    services: [
      { id: 'uk-samaritans', contacts: [call('116 123')] },
      { id: 'uk-shout', contacts: [text('85258', 'SHOUT')] },
      { id: 'uk-nhs-111', contacts: [call('111')] },
    ],
  },
  ie: {
    emergency: ['112', '999'],
    services: [
      { id: 'ie-samaritans', contacts: [call('116 123')] },
      { id: 'ie-text-50808', contacts: [text('50808')] },
    ],
  },
  au: {
    emergency: ['000'],
    services: [
      { id: 'au-lifeline', contacts: [call('13 11 14'), text('0477 13 11 14')] },
      { id: 'au-kids-helpline', contacts: [call('1800 55 1800')] },
    ],
  },
  nz: {
    emergency: ['111'],
    services: [
      { id: 'nz-1737', contacts: [call('1737'), text('1737')] },
      { id: 'nz-lifeline', contacts: [call('0800 543 354')] },
    ],
  },
};

/** The month the crisis numbers were last checked against their sources (YYYY-MM). */
export const CRISIS_LAST_CHECKED = '2026-11';

/** The month the confidentiality content was last reviewed (YYYY-MM). */
export const CONFIDENTIALITY_LAST_REVIEWED = '2026-11';

/**
 * One value for `generic`, which names no number, and another for every jurisdiction whose
 * crisis numbers the page shows.
 */
export function byNumbersShown<T>(generic: T, numbered: T): ByJurisdiction<T> {
  const named = (Object.keys(CRISIS) as Jurisdiction[]).filter((j) => j !== 'generic');
  return { generic, ...Object.fromEntries(named.map((j) => [j, numbered])) };
}
