// `format` across every widget: a practice that meets only in person shows nothing online-only
// (no "video", "connection" or "at home"); one that meets only online shows no parking,
// waiting room or tissues; `both` (and no format) keeps each, worded "if you meet …".
// Also: the new questions, in both languages, with the same ids, in plain words.
import { expect } from '@open-wc/testing';
import { FAQ_PRACTICE } from '../../src/content/index.js';
import { $$, captureConsole, fkGrades, textOf, type Captured } from '../support/helpers.js';
import { ELEMENTS, LOCALES, PLACES, factsFor, faqItem, place, type Locale } from './facts-page.js';

const LEFT_OUT: Record<Locale, Record<'in-person' | 'online', RegExp>> = {
  en: { 'in-person': /video|connection|at home/i, online: /parking|waiting room|tissue/i },
  es: {
    'in-person': /v[ií]deo|conexi[oó]n|en casa/i,
    online: /estacionamiento|aparcamiento|sala de espera|pañuelo/i,
  },
};

const NEW_QUESTIONS = [
  'location',
  'wait',
  'free-call',
  'languages',
  'who-we-see',
  'bring-someone',
  'hours',
  'between-sessions',
  'late',
  'diagnosis',
  'unhappy',
];

const faqIds = (el: Element): string[] => $$(el, '.disclosure').map((d) => d.id.replace(/^faq-/, ''));

describe('format leaves out what does not fit, in every widget', () => {
  let log: Captured;
  beforeEach(() => {
    log = captureConsole();
  });
  afterEach(() => {
    expect(log.warnings).to.deep.equal([]);
    log.restore();
  });

  for (const locale of LOCALES) {
    for (const where of PLACES) {
      for (const format of ['in-person', 'online'] as const) {
        it(`${locale}/${where} ${format}: nothing matches ${String(LEFT_OUT[locale][format])}`, async () => {
          for (const tag of ELEMENTS) {
            for (const facts of [{}, factsFor(where)]) {
              const el = await place(tag, { lang: locale, jurisdiction: where, format, ...facts });
              const text = textOf(el);
              const found = LEFT_OUT[locale][format].exec(text);
              expect(
                found,
                `${tag}: …${found ? text.slice(Math.max(0, found.index - 80), found.index + 40) : ''}…`,
              ).to.equal(null);
            }
          }
        });
      }
    }

    it(`${locale}: both keeps each way of meeting, and leaves out none of its questions`, async () => {
      const both = await place('therapy-faq', { lang: locale, jurisdiction: 'us', format: 'both' });
      const unset = await place('therapy-faq', { lang: locale, jurisdiction: 'us' });
      expect(textOf(both)).to.match(LEFT_OUT[locale]['in-person']);
      expect(textOf(both)).to.match(LEFT_OUT[locale].online);
      expect(faqIds(unset)).to.deep.equal(faqIds(both));
      const ifYouMeet = locale === 'en' ? 'If you meet in person' : 'Si nos vemos en persona';
      expect(faqItem(both, 'crying')).to.contain(ifYouMeet);
      const inPerson = await place('therapy-faq', { lang: locale, jurisdiction: 'us', format: 'in-person' });
      expect(faqItem(inPerson, 'crying'), 'one way of meeting needs no "if"').not.to.contain(ifYouMeet);
    });
  }

  it('in-person drops the online questions, section, situation and prep question; online drops the location question', async () => {
    const faq = await place('therapy-faq', { jurisdiction: 'uk', format: 'in-person' });
    expect(faqIds(faq)).not.to.include('online');
    expect(faqIds(faq)).not.to.include('tech-problems');
    expect(faqIds(faq)).to.include('location');
    const explainer = await place('therapy-confidentiality', { jurisdiction: 'uk', format: 'in-person' });
    expect(explainer.shadowRoot!.querySelector('#confidentiality-online-panel')).to.equal(null);
    expect($$<HTMLInputElement>(explainer, 'input[type="radio"]').map((r) => r.value)).not.to.include(
      'online-session',
    );
    const guide = await place('therapy-guide', { jurisdiction: 'uk', format: 'in-person' });
    expect($$<HTMLInputElement>(guide, '.prep input').map((c) => c.value)).not.to.include('online-privacy');
    const online = await place('therapy-faq', { jurisdiction: 'uk', format: 'online' });
    expect(faqIds(online)).not.to.include('location');
    expect(faqIds(online)).to.include.members(['online', 'tech-problems']);
  });
});

describe('the new questions', () => {
  it('are in the FAQ in English and Spanish, with the same ids in the same places', async () => {
    const ids: Record<string, string[]> = {};
    for (const locale of LOCALES) {
      const el = await place('therapy-faq', { lang: locale, jurisdiction: 'generic' });
      ids[locale] = faqIds(el);
      expect(ids[locale], locale).to.include.members(NEW_QUESTIONS);
      for (const id of NEW_QUESTIONS) expect(faqItem(el, id).length, `${locale} ${id}`).to.be.greaterThan(80);
    }
    expect(ids['es']).to.deep.equal(ids['en']);
    expect(FAQ_PRACTICE.en.map((q) => q.id)).to.have.members(NEW_QUESTIONS);
  });

  it('read at Flesch–Kincaid grade 8 or lower, as shown, in us, uk and generic', async () => {
    const units: { name: string; text: string }[] = [];
    for (const where of PLACES) {
      for (const facts of [{}, factsFor(where)]) {
        const el = await place('therapy-faq', { jurisdiction: where, 'session-minutes': '50', ...facts });
        for (const id of NEW_QUESTIONS) {
          const panel = el.shadowRoot!.querySelector(`#faq-${id}-panel`)!;
          const text = [...panel.querySelectorAll('p, li')]
            .map((p) => p.textContent!.replace(/\s+/g, ' ').trim())
            .map((t) => (/[.!?:]$/.test(t) ? t : `${t}.`))
            .join(' ');
          units.push({ name: `${where}${Object.keys(facts).length ? ' with facts' : ''} ${id}`, text });
        }
      }
    }
    const grades = await fkGrades(units.map((u) => u.text));
    const hard = units.flatMap((u, i) => (grades[i]! > 8 ? [`${u.name}: ${grades[i]}`] : []));
    expect(hard).to.deep.equal([]);
  });
});
