/// <reference types="node" />
// Practice facts in the words: compose.ts, facts-format.ts and the practice questions.
// Runs in Node: npm run test:unit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveFacts, type FactKey, type Facts } from '../../src/core/facts.js';
import type { Format, Jurisdiction, Locale } from '../../src/core/settings.js';
import {
  composeConfidentiality,
  composeFaq,
  composeGuide,
  type ComposeInput,
} from '../../src/content/compose.js';
import {
  CONFIDENTIALITY_CONTENT,
  FAQ_CONTENT,
  FAQ_PRACTICE,
  GUIDE_CONTENT,
} from '../../src/content/index.js';
import { formatRich, pick, plain } from '../../src/content/resolve.js';
import type { FaqItem, Rich } from '../../src/content/types.js';
import { fkGrade, inflesz, prose } from './readability.js';

const JURISDICTIONS: readonly Jurisdiction[] = ['us', 'uk', 'generic'];
const LOCALES: readonly Locale[] = ['en', 'es'];

function factsOf(attributes: Partial<Record<FactKey, string>>, jurisdiction: Jurisdiction): Facts {
  return resolveFacts(attributes, {}, jurisdiction, (r) =>
    assert.fail(`unexpected refusal ${JSON.stringify(r)}`),
  );
}

function input(
  locale: Locale,
  jurisdiction: Jurisdiction,
  facts: Facts = {},
  format: Format = 'both',
  sessionMinutes?: number,
): ComposeInput {
  return { locale, settings: { jurisdiction, format, sessionMinutes }, facts };
}

const textOf = (blocks: Rich): string => plain(blocks);
const itemText = (item: FaqItem): string =>
  `${item.question}\n${String(item.short)}\n${textOf(item.detail as Rich)}`;
const item = (items: readonly FaqItem[], id: string): FaqItem => {
  const found = items.find((i) => i.id === id);
  assert.ok(found, `FAQ item ${id} is missing`);
  return found;
};
const allFaqText = (content: { items: readonly FaqItem[] }): string => content.items.map(itemText).join('\n');

const EVERY_FACT: Partial<Record<FactKey, string>> = {
  fee: '150',
  firstSessionFee: '95.50',
  slidingScale: 'yes',
  freeCall: '15',
  insurance: 'Aetna, Cigna, Optum',
  superbills: 'yes',
  hipaa: 'yes',
  cancellationHours: '24',
  cancellationFee: 'full',
  address: '12 High St, Springfield',
  access: 'Step-free entrance. Free parking behind the building.',
  hours: 'Mon–Thu 9:00–19:00',
  videoPlatform: 'Doxy.me',
  replyDays: '2',
  languages: 'en es vi',
  clients: 'adults couples teens',
  waitWeeks: '3',
};

// What a reader sees for each fact, per locale and jurisdiction (generic: the practice names EUR).
// Intl puts a no-break space (U+00A0) between some amounts and their currency.
const SEEN: Record<Locale, Record<string, Record<string, string>>> = {
  en: {
    us: {
      fee: 'A 50-minute session costs $150.',
      first: 'The first session costs $95.50.',
      plans: 'Aetna, Cigna, and Optum',
      languages: 'We offer sessions in English, Spanish, and Vietnamese.',
      clients: 'We work with adults, couples, and teens.',
    },
    uk: {
      fee: 'A 50-minute session costs £150.',
      first: 'The first session costs £95.50.',
      plans: 'Aetna, Cigna and Optum',
      languages: 'We offer sessions in English, Spanish and Vietnamese.',
      clients: 'We work with adults, couples and teens.',
    },
    generic: {
      fee: 'A 50-minute session costs €150.',
      first: 'The first session costs €95.50.',
      plans: 'Aetna, Cigna, and Optum',
      languages: 'We offer sessions in English, Spanish, and Vietnamese.',
      clients: 'We work with adults, couples, and teens.',
    },
  },
  es: {
    us: {
      fee: 'Una sesión de 50 minutos cuesta $150.',
      first: 'La primera sesión cuesta $95.50.',
      plans: 'Aetna, Cigna y Optum',
    },
    uk: {
      fee: 'Una sesión de 50 minutos cuesta 150\u00a0GBP.',
      first: 'La primera sesión cuesta 95,50\u00a0GBP.',
      plans: 'Aetna, Cigna y Optum',
    },
    generic: {
      fee: 'Una sesión de 50 minutos cuesta EUR\u00a0150.',
      first: 'La primera sesión cuesta EUR\u00a095.50.',
      plans: 'Aetna, Cigna y Optum',
    },
  },
};

function everyFact(jurisdiction: Jurisdiction): Facts {
  return factsOf({ ...EVERY_FACT, ...(jurisdiction === 'generic' ? { currency: 'EUR' } : {}) }, jurisdiction);
}

describe('facts in the FAQ', () => {
  for (const locale of LOCALES) {
    for (const j of JURISDICTIONS) {
      it(`${locale}/${j}: each fact is stated, formatted, in the answer it belongs to`, () => {
        const faq = composeFaq(input(locale, j, everyFact(j), 'both', 50));
        const seen = SEEN[locale][j]!;
        const cost = item(faq.items, 'cost');
        assert.equal(cost.short, seen.fee);
        assert.ok(textOf(cost.detail as Rich).includes(seen.first!));
        assert.ok(!textOf(cost.detail as Rich).includes('.00'), 'no .00 on whole amounts');
        assert.ok(String(item(faq.items, 'insurance').short).includes(seen.plans!));
        const cancellation = item(faq.items, 'cancellation');
        assert.match(String(cancellation.short), /24 (hours|horas)/);
        assert.ok(
          textOf(cancellation.detail as Rich).includes(
            locale === 'en' ? 'charged in full' : 'sesión completa',
          ),
        );
        assert.match(
          textOf(item(faq.items, 'booking').detail as Rich),
          locale === 'en' ? /free 15-minute call/ : /gratuita de 15 minutos/,
        );
        assert.match(textOf(item(faq.items, 'booking').detail as Rich), /3 (weeks|semanas)/);
        assert.match(String(item(faq.items, 'session-length').short), /50 (minutes|minutos)/);
        assert.match(textOf(item(faq.items, 'online').detail as Rich), /Doxy\.me/);
        assert.match(String(item(faq.items, 'location').short), /12 High St, Springfield\./);
        assert.match(
          textOf(item(faq.items, 'location').detail as Rich),
          /Free parking behind the building\./,
        );
        assert.match(String(item(faq.items, 'hours').short), /Mon–Thu 9:00–19:00\./);
        assert.match(
          String(item(faq.items, 'between-sessions').short),
          locale === 'en' ? /2 working days/ : /2 días hábiles/,
        );
        assert.equal(
          item(faq.items, 'languages').short,
          seen.languages ?? 'Ofrecemos sesiones en inglés, español y vietnamita.',
        );
        assert.equal(
          item(faq.items, 'who-we-see').short,
          seen.clients ?? 'Trabajamos con personas adultas, parejas y adolescentes.',
        );
        assert.match(String(item(faq.items, 'free-call').short), /15/);
        assert.match(String(item(faq.items, 'sliding-scale').short), /^(Yes|Sí)/);
        const superbill = String(item(faq.items, 'superbills').short);
        assert.equal(superbill.includes('superbill'), j === 'us', 'superbills in the US, receipts elsewhere');
        const gfe = textOf(cost.detail as Rich).split('\n')[2] ?? '';
        assert.equal(
          gfe.includes('Good Faith Estimate'),
          j === 'us',
          'the Good Faith Estimate sentence only in the US',
        );
        assert.ok(!allFaqText(faq).includes('{minutes}'));
      });
    }
  }

  it('writes "full" cancellation and an amount differently, and says a 0-hour rule plainly', () => {
    const amount = composeFaq(
      input('en', 'uk', factsOf({ cancellationHours: '48', cancellationFee: '40' }, 'uk')),
    );
    assert.equal(
      item(amount.items, 'cancellation').short,
      'If you need to cancel, please tell us at least 48 hours before.',
    );
    assert.ok(
      textOf(item(amount.items, 'cancellation').detail as Rich).startsWith('A later cancellation costs £40.'),
    );
    const none = composeFaq(input('en', 'uk', factsOf({ cancellationHours: '0' }, 'uk')));
    assert.equal(item(none.items, 'cancellation').short, 'You can cancel at any time before your session.');
    const feeOnly = composeFaq(input('en', 'uk', factsOf({ cancellationFee: 'full' }, 'uk')));
    assert.equal(item(feeOnly.items, 'cancellation').short, 'A late cancellation is charged in full.');
  });

  it('says the session fee without a length when the practice gave none', () => {
    const faq = composeFaq(input('en', 'us', factsOf({ fee: '150' }, 'us')));
    assert.equal(item(faq.items, 'cost').short, 'A session costs $150.');
  });
});

describe('unset facts leave the general text', () => {
  for (const locale of LOCALES) {
    for (const j of JURISDICTIONS) {
      it(`${locale}/${j}: every default answer is today's text, and no length is invented`, () => {
        const faq = composeFaq(input(locale, j));
        const base = FAQ_CONTENT[locale];
        for (const original of base.items) {
          const composed = item(faq.items, original.id);
          if (original.id === 'session-length') {
            assert.ok(!String(composed.short).includes('{minutes}'));
            assert.match(String(composed.short), /45/);
            continue;
          }
          assert.equal(composed.short, pick(original.short, j), `${original.id} short`);
          assert.deepEqual(
            composed.detail,
            formatRich(pick(original.detail, j), 'both'),
            `${original.id} detail`,
          );
        }
        const guide = composeGuide(input(locale, j));
        for (const [i, stage] of GUIDE_CONTENT[locale].stages.entries()) {
          const composed = guide.stages[i]!;
          for (const key of ['happens', 'you', 'feelings'] as const) {
            assert.deepEqual(composed[key], formatRich(pick(stage[key], j), 'both'), `${stage.id} ${key}`);
          }
          assert.ok(!JSON.stringify(composed).includes('{minutes}'));
        }
        assert.deepEqual(guide.prep.questions, GUIDE_CONTENT[locale].prep.questions);
        const explainer = composeConfidentiality(input(locale, j));
        for (const [i, section] of CONFIDENTIALITY_CONTENT[locale].sections.entries()) {
          assert.deepEqual(
            explainer.sections[i]?.body,
            formatRich(pick(section.body, j), 'both'),
            section.id,
          );
        }
      });
    }
  }

  it('the new questions speak in general words and state no fact', () => {
    const faq = composeFaq(input('en', 'us'));
    const text = faq.items
      .filter((i) => FAQ_PRACTICE.en.some((q) => q.id === i.id))
      .map(itemText)
      .join('\n');
    for (const invented of [
      '$',
      'working day',
      'We work with',
      'We offer sessions in',
      'Sessions take place at',
    ]) {
      assert.ok(!text.includes(invented), invented);
    }
  });

  it('keeps the general length words where the guide names {minutes}, and the practice length where given', () => {
    const general = JSON.stringify(composeGuide(input('en', 'us')).stages[1]?.therapist);
    assert.match(general, /How many sessions you might have\. Many sessions last about 45 to 60 minutes/);
    const given = JSON.stringify(composeGuide(input('en', 'us', {}, 'both', 45)).stages[1]?.therapist);
    assert.match(given, /\{minutes\} minutes/);
    assert.match(given, /Sessions at \{practice\} last 45 minutes\./);
  });
});

describe('facts in the guide and the prep sheet', () => {
  it('"Before you start" and "First session" list the facts', () => {
    for (const locale of LOCALES) {
      const guide = composeGuide(input(locale, 'uk', everyFact('uk'), 'both', 50));
      const before = textOf(guide.stages[0]!.happens as Rich);
      assert.match(before, /15/);
      assert.match(before, /3 (weeks|semanas)/);
      assert.ok(before.includes(SEEN[locale].uk!.fee!));
      const first = textOf(guide.stages[1]!.therapist as Rich);
      assert.ok(first.includes(SEEN[locale].uk!.fee!));
      assert.match(first, /24 (hours|horas)/);
    }
  });

  it('skips prep questions the page already answers', () => {
    const ids = (facts: Partial<Record<FactKey, string>>, format: Format = 'both'): string[] =>
      composeGuide(input('en', 'us', factsOf(facts, 'us'), format)).prep.questions.map((q) => q.id);
    assert.ok(ids({}).includes('fees-cancellation'));
    assert.ok(!ids({ fee: '150', cancellationHours: '24' }).includes('fees-cancellation'));
    assert.ok(!ids({ replyDays: '2' }).includes('contact-between'));
    assert.ok(!ids({}, 'in-person').includes('online-privacy'));
    const text = (facts: Partial<Record<FactKey, string>>): string | undefined =>
      composeGuide(input('en', 'us', factsOf(facts, 'us'))).prep.questions.find(
        (q) => q.id === 'fees-cancellation',
      )?.text;
    assert.equal(text({ fee: '150' }), 'What happens if I need to cancel?');
    assert.equal(text({ cancellationHours: '24' }), 'What are your fees?');
  });
});

describe('hipaa', () => {
  const conditional = {
    en: /[Ii]f (we are|\{practice\} is) a HIPAA covered entity/,
    es: /[Ss]i (somos|\{practice\} es) una entidad cubierta/,
  };
  for (const locale of LOCALES) {
    it(`${locale}: yes and no replace "if we are a covered entity" in the FAQ and the explainer`, () => {
      for (const hipaa of ['yes', 'no']) {
        const facts = factsOf({ hipaa }, 'us');
        const faq = allFaqText(composeFaq(input(locale, 'us', facts)));
        const explainer = JSON.stringify(composeConfidentiality(input(locale, 'us', facts)).sections);
        assert.doesNotMatch(faq, conditional[locale]);
        assert.doesNotMatch(explainer, conditional[locale]);
        const covered =
          locale === 'en'
            ? /We are a HIPAA covered entity, so/
            : /Somos una entidad cubierta por HIPAA, así que/;
        const notCovered =
          locale === 'en'
            ? /\{practice\} is not a HIPAA covered entity/
            : /\{practice\} no es una entidad cubierta por HIPAA/;
        assert.match(faq, hipaa === 'yes' ? covered : notCovered);
        assert.match(
          explainer,
          hipaa === 'yes'
            ? /\{practice\} (is a HIPAA covered entity, so|es una entidad cubierta por HIPAA, así que)/
            : notCovered,
        );
      }
    });
  }

  it('a practice that is not covered gets no list of HIPAA rights', () => {
    const records = item(composeFaq(input('en', 'us', factsOf({ hipaa: 'no' }, 'us'))).items, 'records');
    assert.ok(!textOf(records.detail as Rich).includes('usually within 30 days'));
    const rights = composeConfidentiality(input('en', 'us', factsOf({ hipaa: 'no' }, 'us'))).sections.find(
      (s) => s.id === 'rights',
    );
    assert.ok(!JSON.stringify(rights).includes('Notice of Privacy Practices'));
  });

  it('a practice that is not covered is not said to have to agree to a self-pay restriction', () => {
    for (const locale of LOCALES) {
      const selfPay = (hipaa: string | undefined): string => {
        const facts = factsOf(hipaa ? { hipaa } : {}, 'us');
        const faq = textOf(item(composeFaq(input(locale, 'us', facts)).items, 'insurance').detail as Rich);
        const explainer = composeConfidentiality(input(locale, 'us', facts));
        const records = explainer.sections.find((s) => s.id === 'records');
        const insurer = explainer.scenarios.find((s) => s.id === 'insurer');
        assert.ok(records && insurer);
        return [faq, textOf(records.body as Rich), textOf(insurer.explanation as Rich)].join('\n');
      };
      const mustAgree = locale === 'en' ? /must agree/g : /debe aceptar/g;
      const doesNotApply =
        locale === 'en'
          ? /\. This HIPAA rule does not apply to \{practice\}, but you can still ask\./g
          : /\. Esta regla de HIPAA no se aplica a \{practice\}, pero puedes pedirlo igualmente\./g;
      const notCovered = selfPay('no');
      assert.doesNotMatch(notCovered, mustAgree, `${locale}: ${notCovered}`);
      assert.equal(notCovered.match(doesNotApply)?.length, 3, `${locale}: FAQ, records and insurer`);
      assert.doesNotMatch(notCovered, /[,.]\./, 'no doubled punctuation');
      for (const hipaa of ['yes', undefined]) {
        assert.equal(selfPay(hipaa).match(mustAgree)?.length, 3, `${locale} hipaa=${String(hipaa)}`);
        assert.doesNotMatch(selfPay(hipaa), doesNotApply);
      }
    }
  });

  it('the doctor situation states the practice\'s own case instead of "if HIPAA applies"', () => {
    const doctor = (locale: Locale, hipaa?: string): string => {
      const facts = factsOf(hipaa ? { hipaa } : {}, 'us');
      const scenario = composeConfidentiality(input(locale, 'us', facts)).scenarios.find(
        (s) => s.id === 'doctor',
      );
      assert.ok(scenario);
      return textOf(scenario.explanation as Rich);
    };
    assert.match(doctor('en'), /^If HIPAA applies, some information may be shared/);
    assert.match(doctor('en', 'yes'), /^HIPAA applies to \{practice\}, so some information may be shared/);
    assert.match(doctor('en', 'no'), /^\{practice\} is not a HIPAA covered entity, so state law sets/);
    assert.match(doctor('es'), /^Si se aplica HIPAA/);
    assert.match(doctor('es', 'yes'), /^HIPAA se aplica a \{practice\}, así que/);
    assert.match(
      doctor('es', 'no'),
      /^\{practice\} no es una entidad cubierta por HIPAA, así que la ley estatal/,
    );
  });

  it('changes nothing outside the US', () => {
    const facts = factsOf({ hipaa: 'yes' }, 'uk');
    assert.deepEqual(composeFaq(input('en', 'uk', facts)).items, composeFaq(input('en', 'uk')).items);
  });
});

describe('format', () => {
  it('formatRich drops, keeps or words for "both", blocks and list lines alike', () => {
    const rich: Rich = [
      'a',
      { format: 'online', block: 'on', both: 'if online, on' },
      { format: 'in-person', block: 'in' },
      { format: 'both', block: 'either' },
      { list: ['x', { format: 'online', line: 'y', both: 'if online, y' }] },
      { list: [{ format: 'in-person', line: 'z' }] },
    ];
    assert.deepEqual(formatRich(rich, 'online'), ['a', 'on', { list: ['x', 'y'] }]);
    assert.deepEqual(formatRich(rich, 'in-person'), ['a', 'in', { list: ['x'] }, { list: ['z'] }]);
    assert.deepEqual(formatRich(rich, 'both'), [
      'a',
      'if online, on',
      'in',
      'either',
      { list: ['x', 'if online, y'] },
      { list: ['z'] },
    ]);
  });

  for (const locale of LOCALES) {
    it(`${locale}: in-person leaves out online-only questions, sections, scenarios and prep questions`, () => {
      const faq = composeFaq(input(locale, 'us', everyFact('us'), 'in-person'));
      const ids = faq.items.map((i) => i.id);
      for (const id of ['online', 'tech-problems']) assert.ok(!ids.includes(id), id);
      assert.ok(ids.includes('location'));
      const explainer = composeConfidentiality(input(locale, 'us', {}, 'in-person'));
      assert.ok(!explainer.sections.some((s) => s.id === 'online'));
      assert.ok(!explainer.scenarios.some((s) => s.id === 'online-session'));
      const practice = faq.items.filter((i) => FAQ_PRACTICE[locale].some((q) => q.id === i.id));
      const words = practice.map(itemText).join('\n');
      assert.doesNotMatch(
        words,
        locale === 'en' ? /video|connection|at home|online/i : /video|conexión|en casa|en línea/i,
      );
    });

    it(`${locale}: online leaves out the location question, parking and the waiting room`, () => {
      const faq = composeFaq(input(locale, 'us', everyFact('us'), 'online'));
      assert.ok(!faq.items.some((i) => i.id === 'location'));
      const words = faq.items
        .filter((i) => FAQ_PRACTICE[locale].some((q) => q.id === i.id))
        .map(itemText)
        .join('\n');
      assert.doesNotMatch(
        words,
        locale === 'en'
          ? /parking|waiting room|tissues|in person/i
          : /estacionamiento|sala de espera|pañuelos|en persona/i,
      );
    });

    it(`${locale}: both words each way of meeting as "if you meet …"`, () => {
      const text = allFaqText(composeFaq(input(locale, 'us', everyFact('us'), 'both')));
      const [online, inPerson] =
        locale === 'en'
          ? ['If you meet online', 'If you meet in person']
          : ['Si nos vemos en línea', 'Si nos vemos en persona'];
      assert.ok(text.includes(online));
      assert.ok(text.includes(inPerson));
      const single = allFaqText(composeFaq(input(locale, 'us', everyFact('us'), 'in-person')));
      assert.ok(!single.includes(inPerson), 'a practice that meets one way does not say "if"');
    });
  }
});

describe('format leaves out what does not fit, everywhere', () => {
  /** Every word a reader can meet in the FAQ, the guide (with the prep sheet) and the explainer. */
  function everything(i: ComposeInput): string {
    const faq = composeFaq(i);
    const guide = composeGuide(i);
    const explainer = composeConfidentiality(i);
    const texts = [
      faq.intro,
      allFaqText(faq),
      guide.intro,
      ...guide.stages.flatMap((s) => [
        String(s.summary),
        ...(['happens', 'therapist', 'you', 'feelings'] as const).map((k) => textOf(s[k] as Rich)),
        ...s.questions.map(String),
      ]),
      guide.prep.intro,
      ...guide.prep.questions.map((q) => q.text),
      explainer.intro,
      ...explainer.sections.map((s) => `${s.title}\n${textOf(s.body as Rich)}`),
      ...explainer.scenarios.map((s) => `${s.prompt}\n${textOf(s.explanation as Rich)}`),
    ];
    return texts.join('\n');
  }
  const LEFT_OUT: Record<Locale, Record<'in-person' | 'online', RegExp>> = {
    en: { 'in-person': /video|connection|at home/i, online: /parking|waiting room|tissue/i },
    es: {
      'in-person': /v[ií]deo|conexi[oó]n|en casa/i,
      online: /estacionamiento|aparcamiento|sala de espera|pañuelo/i,
    },
  };
  for (const locale of LOCALES) {
    for (const j of ['generic', 'us', 'uk', 'ca', 'au', 'ie', 'nz'] as const) {
      for (const format of ['in-person', 'online'] as const) {
        it(`${locale}/${j} ${format}: none of ${String(LEFT_OUT[locale][format])}, with or without facts`, () => {
          for (const facts of [{}, everyFact(j)]) {
            const text = everything(input(locale, j, facts, format, 50));
            const found = text.split('\n').filter((line) => LEFT_OUT[locale][format].test(line));
            assert.deepEqual(found, []);
          }
        });
      }
    }
    it(`${locale}: both keeps each kind, and asks whether sessions are in person or online`, () => {
      const text = everything(input(locale, 'us'));
      assert.match(text, LEFT_OUT[locale]['in-person']);
      assert.match(text, LEFT_OUT[locale].online);
      const question =
        locale === 'en' ? 'Do you see people in person, online, or both?' : '¿Atiendes en persona, en línea';
      assert.ok(text.includes(question));
      for (const format of ['in-person', 'online'] as const) {
        assert.ok(!everything(input(locale, 'us', {}, format)).includes(question), format);
      }
    });
  }
  it('online-only words lose their "if" for a practice that meets only online', () => {
    const you = (format: Format): string =>
      textOf(composeGuide(input('en', 'generic', {}, format)).stages[0]!.you as Rich);
    assert.match(you('both'), /If you meet online, try to find a quiet, private spot/);
    assert.match(you('online'), /For your sessions, try to find a quiet, private spot/);
    assert.doesNotMatch(you('in-person'), /private spot/);
    const crying = (format: Format): string =>
      textOf(item(composeFaq(input('es', 'generic', {}, format)).items, 'crying').detail as Rich);
    assert.match(crying('both'), /Si nos vemos en persona, habrá pañuelos/);
    assert.match(crying('in-person'), /En la sala habrá pañuelos/);
  });
});

describe('the practice questions', () => {
  it('has the same 11 ids, in the same categories, in en and es', () => {
    const shape = (l: Locale): string[] => FAQ_PRACTICE[l].map((q) => `${q.id}:${q.category}`);
    assert.deepEqual(shape('en'), shape('es'));
    assert.equal(FAQ_PRACTICE.en.length, 11);
    const categories = new Set(FAQ_CONTENT.en.categories.map((c) => c.id));
    for (const q of FAQ_PRACTICE.en) assert.ok(categories.has(q.category), q.category);
    const defaults = new Set(FAQ_CONTENT.en.items.map((i) => i.id));
    for (const q of FAQ_PRACTICE.en)
      assert.ok(!defaults.has(q.id), `${q.id} must not clash with a default id`);
  });

  it('files each question after the last default item of its category', () => {
    const items = composeFaq(input('en', 'generic')).items;
    const categories = items.map((i) => i.category);
    const changes = categories.filter((c, i) => c !== categories[i - 1]);
    assert.deepEqual(changes, [...new Set(changes)], 'each category stays together');
  });

  const variants: [string, Partial<Record<FactKey, string>>][] = [
    ['without facts', {}],
    ['with every fact', EVERY_FACT],
  ];
  for (const j of ['us', 'uk', 'nz', 'generic'] as const) {
    for (const [label, attributes] of variants) {
      it(`en/${j} ${label}: grade 8 or lower per answer, 9 or lower per paragraph`, () => {
        const facts = factsOf(
          { ...attributes, ...(j === 'generic' && attributes.fee ? { currency: 'EUR' } : {}) },
          j,
        );
        for (const format of ['both', 'in-person', 'online'] as const) {
          for (const i of composeFaq(input('en', j, facts, format, 50)).items) {
            if (!FAQ_PRACTICE.en.some((q) => q.id === i.id)) continue;
            const blocks = [String(i.short), ...(i.detail as Rich)];
            const answer = fkGrade(prose(blocks));
            assert.ok(answer <= 8, `${i.id} (${format}) answer grade ${answer}`);
            for (const block of blocks) {
              const grade = fkGrade(prose([block]));
              assert.ok(grade <= 9, `${i.id} paragraph grade ${grade}: ${JSON.stringify(block)}`);
            }
          }
        }
      });
      it(`es/${j} ${label}: INFLESZ 55 or higher per answer`, () => {
        const facts = factsOf(
          { ...attributes, ...(j === 'generic' && attributes.fee ? { currency: 'EUR' } : {}) },
          j,
        );
        for (const i of composeFaq(input('es', j, facts, 'both', 50)).items) {
          if (!FAQ_PRACTICE.es.some((q) => q.id === i.id)) continue;
          const score = inflesz(prose([String(i.short), ...(i.detail as Rich)], 'nuestra consulta'));
          assert.ok(score >= 55, `${i.id} INFLESZ ${score.toFixed(1)}`);
        }
      });
    }
  }

  for (const j of JURISDICTIONS) {
    it(`${j}: every FAQ answer with every fact stated stays at grade 8 or lower (en) and INFLESZ 55 or higher (es)`, () => {
      for (const hipaa of ['yes', 'no']) {
        const facts = factsOf({ ...EVERY_FACT, hipaa, ...(j === 'generic' ? { currency: 'EUR' } : {}) }, j);
        for (const i of composeFaq(input('en', j, facts, 'both', 50)).items) {
          const grade = fkGrade(prose([String(i.short), ...(i.detail as Rich)]));
          assert.ok(grade <= 8, `${i.id} grade ${grade}`);
        }
        for (const i of composeFaq(input('es', j, facts, 'both', 50)).items) {
          const score = inflesz(prose([String(i.short), ...(i.detail as Rich)], 'nuestra consulta'));
          assert.ok(score >= 55, `${i.id} INFLESZ ${score.toFixed(1)}`);
        }
      }
    });
  }

  it('names the body that looks into complaints only where a source confirms it', () => {
    const unhappy = (l: Locale, j: Jurisdiction): string =>
      itemText(item(composeFaq(input(l, j)).items, 'unhappy'));
    assert.match(unhappy('en', 'us'), /board in your state that licenses/);
    assert.match(unhappy('en', 'uk'), /HCPC/);
    assert.match(unhappy('en', 'nz'), /Health and Disability Commissioner/);
    for (const j of ['generic', 'ca', 'au', 'ie'] as const) {
      assert.match(unhappy('en', j), /the body your therapist is licensed or registered with/);
    }
    assert.match(unhappy('es', 'nz'), /Health and Disability Commissioner/);
  });
});

describe('compose', () => {
  it('works once per distinct input', () => {
    const a = composeFaq(input('en', 'us', factsOf({ fee: '150' }, 'us')));
    const b = composeFaq(input('en', 'us', factsOf({ fee: '150' }, 'us')));
    assert.equal(a, b);
    assert.notEqual(a, composeFaq(input('en', 'us', factsOf({ fee: '151' }, 'us'))));
  });
});
