// Practice facts where a reader meets them: each fact, formatted for the reader's language
// and the practice's place, in each widget and answer it belongs to (en and es; us, uk and
// generic). And without facts, today's general words.
import { expect } from '@open-wc/testing';
import { FAQ_CONTENT, fillsFor } from '../../src/content/index.js';
import { fill, pick } from '../../src/content/resolve.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { $$, captureConsole, textOf, type Captured } from '../support/helpers.js';
import {
  LOCALES,
  PLACES,
  PRACTICE,
  factsFor,
  faqItem,
  folded,
  money,
  place,
  section,
  seen,
  stage,
  type Locale,
  type Place,
} from './facts-page.js';

function contains(text: string, sentence: string | undefined, where: string): void {
  if (sentence === undefined) return;
  expect(folded(text), where).to.contain(folded(sentence));
}

function attributes(
  locale: Locale,
  where: Place,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    lang: locale,
    jurisdiction: where,
    'practice-name': PRACTICE,
    'session-minutes': '50',
    ...factsFor(where),
    ...extra,
  };
}

describe('practice facts in every place they belong', () => {
  let log: Captured;
  beforeEach(() => {
    log = captureConsole();
  });
  afterEach(() => {
    expect(log.warnings, 'no warnings for good facts').to.deep.equal([]);
    log.restore();
  });

  for (const locale of LOCALES) {
    for (const where of PLACES) {
      const words = seen(locale, where);

      it(`${locale}/${where}: the FAQ answers state the facts`, async () => {
        const el = await place('therapy-faq', attributes(locale, where));
        contains(faqItem(el, 'cost'), words.fee, 'cost: fee');
        contains(faqItem(el, 'cost'), words.firstFee, 'cost: first-session fee');
        contains(faqItem(el, 'cost'), words.sliding, 'cost: sliding scale');
        contains(faqItem(el, 'cost'), words.goodFaith, 'cost: Good Faith Estimate');
        contains(faqItem(el, 'insurance'), words.inNetwork, 'insurance: plans');
        contains(faqItem(el, 'insurance'), words.receipts, 'insurance: receipts');
        contains(faqItem(el, 'cancellation'), words.notice, 'cancellation: notice');
        contains(faqItem(el, 'cancellation'), words.cancelFee, 'cancellation: fee');
        contains(faqItem(el, 'booking'), words.freeCall, 'booking: free call');
        contains(faqItem(el, 'booking'), words.wait, 'booking: wait');
        contains(faqItem(el, 'session-length'), words.length, 'session length');
        contains(faqItem(el, 'online'), words.platform, 'online: video platform');
        contains(faqItem(el, 'location'), words.address, 'location: address');
        contains(faqItem(el, 'location'), words.access, 'location: access');
        contains(faqItem(el, 'hours'), words.hours, 'hours');
        contains(faqItem(el, 'between-sessions'), words.reply, 'between sessions: reply days');
        contains(faqItem(el, 'languages'), words.languages, 'languages');
        contains(faqItem(el, 'who-we-see'), words.clients, 'who we see');
        contains(faqItem(el, 'wait'), words.wait, 'how soon');
        contains(faqItem(el, 'free-call'), words.freeCall, 'free call');
        if (where === 'us') contains(faqItem(el, 'records'), words.hipaaFaq, 'records: hipaa');
        // Whole amounts have no decimals; the others have two.
        expect(textOf(el)).not.to.match(/150[.,]00/);
        expect(folded(textOf(el))).to.contain(folded(money(locale, where, 95.5)));
      });

      it(`${locale}/${where}: the guide's stages state the facts, and the prep sheet skips what they answer`, async () => {
        const el = await place('therapy-guide', attributes(locale, where));
        const before = stage(el, 'before');
        for (const sentence of [words.freeCall, words.wait, words.fee, words.firstFee, words.sliding]) {
          contains(before, sentence, 'before you start');
        }
        const first = stage(el, 'first-session');
        for (const sentence of [words.fee, words.firstFee, words.notice, words.cancelFee]) {
          contains(first, sentence, 'first session');
        }
        const prep = $$<HTMLInputElement>(el, '.prep input[type="checkbox"]').map((c) => c.value);
        expect(prep, 'fees and cancellation are stated').not.to.include('fees-cancellation');
        expect(prep, 'the reply time is stated').not.to.include('contact-between');
        expect(prep).to.include('approach');
      });

      it(`${locale}/${where}: the explainer states the video service${where === 'us' ? ' and the HIPAA case' : ''}`, async () => {
        const el = await place('therapy-confidentiality', attributes(locale, where));
        contains(section(el, 'online'), words.platform, 'online section');
        if (where === 'us') contains(textOf(el), words.hipaaExplainer, 'hipaa');
      });
    }
  }

  it('states the length with a fee only when the practice gives one', async () => {
    const el = await place('therapy-faq', { jurisdiction: 'us', fee: '150' });
    contains(faqItem(el, 'cost'), `A session costs ${money('en', 'us', 150)}.`, 'fee without a length');
    expect(textOf(el)).not.to.match(/\b50-minute|\b50 minutes/);
  });
});

describe('unset facts leave the general words', () => {
  let log: Captured;
  beforeEach(() => {
    log = captureConsole();
  });
  afterEach(() => log.restore());

  for (const locale of LOCALES) {
    for (const where of PLACES) {
      it(`${locale}/${where}: no fee, plan, rule or length is stated that the practice did not give`, async () => {
        const base = { lang: locale, jurisdiction: where };
        const faq = await place('therapy-faq', base);
        const guide = await place('therapy-guide', base);
        const explainer = await place('therapy-confidentiality', base);
        const all = [faq, guide, explainer].map((el) => textOf(el)).join(' ');
        const invented =
          locale === 'en'
            ? /\$(?!400)\d|£\d|€\d|in network with|within \d+ working|last \d+ minutes|\b\d+-minute session|We offer sessions in|We work with|Sessions take place at/
            : /\$(?!400)\d|£\d|€\d|Estamos dentro de la red de|\d+ días hábiles|duran \d+ minutos|sesión de \d+ minutos|Ofrecemos sesiones en|Trabajamos con|las sesiones son en/;
        expect(invented.exec(all)?.[0], 'a stated fact').to.equal(undefined);
        const general =
          locale === 'en'
            ? 'Many sessions last about 45 to 60 minutes'
            : 'Muchas sesiones duran entre 45 y 60 minutos';
        expect(faqItem(faq, 'session-length')).to.contain(general);
        // Today's general answers, word for word.
        const words = FAQ_CONTENT[locale];
        for (const id of ['cost', 'insurance', 'cancellation']) {
          const short = fill(
            pick(words.items.find((i) => i.id === id)!.short, where),
            fillsFor(locale, DEFAULT_SETTINGS),
          );
          expect(faqItem(faq, id), id).to.contain(short);
        }
        const prep = $$<HTMLInputElement>(guide, '.prep input[type="checkbox"]').map((c) => c.value);
        expect(prep).to.include.members(['fees-cancellation', 'contact-between']);
        expect(log.warnings).to.deep.equal([]);
      });
    }
  }
});
