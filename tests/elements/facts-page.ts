/**
 * Shared by the practice-facts browser tests: a practice page with facts set, and what a
 * reader should see for each fact, with amounts, lists and language names formatted by this
 * browser's own `Intl` (the test's oracle, written apart from src/content/facts-format.ts).
 */
import { fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { $, textOf } from '../support/helpers.js';

export type Locale = 'en' | 'es';
export type Place = 'us' | 'uk' | 'generic';
export const LOCALES: readonly Locale[] = ['en', 'es'];
export const PLACES: readonly Place[] = ['us', 'uk', 'generic'];
/** The elements that state facts. */
export const ELEMENTS = ['therapy-faq', 'therapy-guide', 'therapy-confidentiality'] as const;
export type ElementTag = (typeof ELEMENTS)[number];

/** Every element: each takes every fact, so each refuses a bad one (the crisis notice states only `reply-days`). */
export const EVERY_ELEMENT = [...ELEMENTS, 'therapy-crisis'] as const;

export const PRACTICE = 'Calm Rooms';

/** Every fact, as attributes (the generic jurisdiction also needs a currency). */
export const EVERY_FACT: Readonly<Record<string, string>> = {
  fee: '150',
  'first-session-fee': '95.50',
  'sliding-scale': 'yes',
  'free-call': '15',
  insurance: 'Aetna, Cigna, Optum',
  superbills: 'yes',
  hipaa: 'yes',
  'cancellation-hours': '24',
  'cancellation-fee': 'full',
  address: '12 High St, Springfield',
  access: 'Step-free entrance',
  hours: 'Mon–Thu 9:00–19:00',
  'video-platform': 'Doxy.me',
  'reply-days': '2',
  languages: 'en es vi',
  clients: 'adults couples teens',
  'wait-weeks': '3',
};

export function factsFor(place: Place): Record<string, string> {
  return { ...EVERY_FACT, ...(place === 'generic' ? { currency: 'EUR' } : {}) };
}

/** Mounts one element with these attributes and waits for it to render. */
export async function place<T extends LitElement>(
  tag: ElementTag | (typeof EVERY_ELEMENT)[number],
  attributes: Readonly<Record<string, string>>,
): Promise<T> {
  const element = document.createElement(tag) as unknown as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const mounted = await fixture<T>(html`${element}`);
  await mounted.updateComplete;
  return mounted;
}

/** The text of one FAQ item (question, short answer and detail), whether open or not. */
export function faqItem(el: Element, id: string): string {
  return textOf($(el, `#faq-${id}`));
}

/** The text of one guide stage's panel. */
export function stage(el: Element, id: string): string {
  return textOf($(el, `#panel-${id}`));
}

/** The text of one explainer section's panel. */
export function section(el: Element, id: string): string {
  return textOf($(el, `#confidentiality-${id}-panel`));
}

// ------------------------------------------------------------------------------ Oracle

/** The tag Intl formats with for this reader and place. */
export function intlTag(locale: Locale, where: Place): string {
  if (where === 'us') return `${locale}-US`;
  if (where === 'uk') return `${locale}-GB`;
  return locale === 'es' ? 'es-419' : 'en';
}

const CURRENCY: Record<Place, string> = { us: 'USD', uk: 'GBP', generic: 'EUR' };

/** An amount as this browser formats it, with no decimals on a whole amount. */
export function money(locale: Locale, where: Place, amount: number): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return new Intl.NumberFormat(intlTag(locale, where), {
    style: 'currency',
    currency: CURRENCY[where],
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}

function list(locale: Locale, where: Place, items: readonly string[]): string {
  return new Intl.ListFormat(intlTag(locale, where), { type: 'conjunction' }).format(items);
}

function languageNames(locale: Locale, where: Place): string {
  const names = new Intl.DisplayNames([intlTag(locale, where)], { type: 'language' });
  return list(
    locale,
    where,
    ['en', 'es', 'vi'].map((tag) => names.of(tag)!),
  );
}

/** What a reader sees for each fact of EVERY_FACT (with 50-minute sessions), by place. */
export interface Seen {
  readonly fee: string;
  readonly firstFee: string;
  readonly sliding: string;
  readonly goodFaith: string | undefined;
  readonly inNetwork: string;
  readonly receipts: string;
  readonly notice: string;
  readonly cancelFee: string;
  readonly freeCall: string;
  readonly wait: string;
  readonly length: string;
  readonly platform: string;
  readonly address: string;
  readonly access: string;
  readonly hours: string;
  readonly reply: string;
  readonly languages: string;
  readonly clients: string;
  readonly hipaaFaq: string;
  readonly hipaaExplainer: string;
}

export function seen(locale: Locale, where: Place): Seen {
  const fee = money(locale, where, 150);
  const first = money(locale, where, 95.5);
  const plans = list(locale, where, ['Aetna', 'Cigna', 'Optum']);
  if (locale === 'en') {
    return {
      fee: `A 50-minute session costs ${fee}.`,
      firstFee: `The first session costs ${first}.`,
      sliding: 'We keep some lower-fee places for people on low incomes.',
      goodFaith: where === 'us' ? 'you have the right to a Good Faith Estimate of your costs' : undefined,
      inNetwork: `We are in network with ${plans}.`,
      receipts:
        where === 'us'
          ? 'We can give you a superbill to send to your plan'
          : 'We can give you a receipt with the details your plan or insurer needs',
      notice: 'If you need to cancel, please tell us at least 24 hours before.',
      cancelFee: 'A later cancellation is charged in full.',
      freeCall: 'You can book a free 15-minute call first.',
      wait: 'We can usually offer a first appointment within 3 weeks.',
      length: `Sessions at ${PRACTICE} last 50 minutes.`,
      platform: 'Our online sessions use Doxy.me.',
      address: 'If you meet in person, sessions take place at 12 High St, Springfield.',
      access: 'Getting here: Step-free entrance.',
      hours: `${PRACTICE} offers sessions at these times: Mon–Thu 9:00–19:00.`,
      reply: 'We reply to messages within 2 working days.',
      languages: `We offer sessions in ${languageNames(locale, where)}.`,
      clients: `We work with ${list(locale, where, ['adults', 'couples', 'teens'])}.`,
      hipaaFaq: 'We are a HIPAA covered entity, so',
      hipaaExplainer: `${PRACTICE} is a HIPAA covered entity, so`,
    };
  }
  return {
    fee: `Una sesión de 50 minutos cuesta ${fee}.`,
    firstFee: `La primera sesión cuesta ${first}.`,
    sliding: 'Tenemos algunos lugares con precio reducido para personas con pocos ingresos.',
    goodFaith: where === 'us' ? 'tienes derecho a un Good Faith Estimate' : undefined,
    inNetwork: `Estamos dentro de la red de ${plans}.`,
    receipts:
      where === 'us'
        ? 'Podemos darte un superbill para enviarlo a tu plan'
        : 'Podemos darte un recibo con los datos que pide tu plan o tu aseguradora',
    notice: 'Si necesitas cancelar, avísanos al menos 24 horas antes.',
    cancelFee: 'Si cancelas con menos tiempo, se cobra la sesión completa.',
    freeCall: 'Puedes reservar primero una llamada gratuita de 15 minutos.',
    wait: 'Por lo general, podemos darte una primera cita en 3 semanas o menos.',
    length: `Las sesiones en ${PRACTICE} duran 50 minutos.`,
    platform: 'Nuestras sesiones en línea son por Doxy.me.',
    address: 'Si nos vemos en persona, las sesiones son en 12 High St, Springfield.',
    access: 'Cómo llegar: Step-free entrance.',
    hours: `En ${PRACTICE} ofrecemos sesiones en estos horarios: Mon–Thu 9:00–19:00.`,
    reply: 'Respondemos los mensajes en 2 días hábiles o menos.',
    languages: `Ofrecemos sesiones en ${languageNames(locale, where)}.`,
    clients: `Trabajamos con ${list(locale, where, ['personas adultas', 'parejas', 'adolescentes'])}.`,
    hipaaFaq: 'Somos una entidad cubierta por HIPAA, así que',
    hipaaExplainer: `${PRACTICE} es una entidad cubierta por HIPAA, así que`,
  };
}

/** Text as textOf gives it: Intl's no-break and narrow spaces read as spaces. */
export function folded(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
