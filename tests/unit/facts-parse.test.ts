/// <reference types="node" />
// Practice facts: parsing and refusals (core/facts.ts). Runs in Node: npm run test:unit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FACT_FIELDS, resolveFacts, type FactKey, type Facts } from '../../src/core/facts.js';
import { FIELDS, resolveSettings, type Refusal } from '../../src/core/settings.js';

function resolve(
  attributes: Partial<Record<FactKey, string>>,
  config: Record<string, unknown> = {},
  jurisdiction: Parameters<typeof resolveFacts>[2] = 'us',
): { facts: Facts; refusals: Refusal[] } {
  const refusals: Refusal[] = [];
  const facts = resolveFacts(attributes, config, jurisdiction, (r) => refusals.push(r));
  return { facts, refusals };
}

const KEYS = Object.keys(FACT_FIELDS) as FactKey[];
const NUMERIC: readonly FactKey[] = [
  'fee',
  'firstSessionFee',
  'freeCall',
  'cancellationHours',
  'cancellationFee',
  'replyDays',
  'waitWeeks',
];

describe('practice facts: accepted values', () => {
  const cases: [FactKey, string, unknown][] = [
    ['fee', '150', 150],
    ['fee', ' 95.50 ', 95.5],
    ['fee', '0', 0],
    ['fee', '100000', 100000],
    ['firstSessionFee', '180.5', 180.5],
    ['currency', 'gbp', 'GBP'],
    ['slidingScale', 'YES', true],
    ['slidingScale', 'no', false],
    ['freeCall', '15', 15],
    ['freeCall', '5', 5],
    ['freeCall', '60', 60],
    ['insurance', 'Aetna, Cigna ,Optum', ['Aetna', 'Cigna', 'Optum']],
    ['superbills', 'yes', true],
    ['hipaa', 'no', false],
    ['cancellationHours', '0', 0],
    ['cancellationHours', '168', 168],
    ['cancellationFee', 'Full', 'full'],
    ['cancellationFee', '75', 75],
    ['address', '  12 High St,\n Springfield ', '12 High St, Springfield'],
    [
      'access',
      'Step-free entrance; parking behind the building.',
      'Step-free entrance; parking behind the building.',
    ],
    ['hours', 'Mon–Thu 9:00–19:00', 'Mon–Thu 9:00–19:00'],
    ['videoPlatform', 'Doxy.me', 'Doxy.me'],
    // A right-to-left override stays inside its own isolate: it cannot reverse our words.
    ['address', '\u202E12 High St', '\u2068\u202E12 High St\u2069'],
    ['insurance', 'Aetna, \u202ECigna', ['Aetna', '\u2068\u202ECigna\u2069']],
    ['replyDays', '2', 2],
    ['languages', 'EN es-mx vi', ['en', 'es-MX', 'vi']],
    ['clients', 'teens adults couples', ['adults', 'couples', 'teens']],
    ['waitWeeks', '0', 0],
    ['waitWeeks', '52', 52],
  ];
  for (const [key, text, expected] of cases) {
    it(`${FACT_FIELDS[key].attribute}="${text.trim()}" is read as ${JSON.stringify(expected)}`, () => {
      const { facts, refusals } = resolve({ [key]: text });
      assert.deepEqual(refusals, []);
      assert.deepEqual(facts[key], expected);
    });
  }

  it('leaves every fact unset when none is given (the currency defaults by jurisdiction)', () => {
    assert.deepEqual(resolve({}, {}, 'uk'), { facts: { currency: 'GBP' }, refusals: [] });
    assert.deepEqual(resolve({}, {}, 'generic'), { facts: {}, refusals: [] });
  });

  it('no longer gives session-minutes a default of 50', () => {
    const unset = Object.fromEntries(Object.keys(FIELDS).map((key) => [key, undefined]));
    const settings = resolveSettings(unset as Parameters<typeof resolveSettings>[0], {}, () =>
      assert.fail('no refusal expected'),
    );
    assert.equal(settings.sessionMinutes, undefined);
  });
});

describe('practice facts: the config block', () => {
  it('reads each fact by its attribute name, lists as arrays', () => {
    const { facts, refusals } = resolve(
      {},
      {
        fee: 120,
        'cancellation-hours': 48,
        insurance: ['Aetna', 'Blue Cross Blue Shield'],
        languages: ['en', 'pt-BR'],
        clients: ['adults', 'families'],
        'sliding-scale': 'yes',
      },
    );
    assert.deepEqual(refusals, []);
    assert.equal(facts.fee, 120);
    assert.equal(facts.cancellationHours, 48);
    assert.deepEqual(facts.insurance, ['Aetna', 'Blue Cross Blue Shield']);
    assert.deepEqual(facts.languages, ['en', 'pt-BR']);
    assert.deepEqual(facts.clients, ['adults', 'families']);
    assert.equal(facts.slidingScale, true);
  });

  it('lets an attribute override the block, and a refused attribute fall back to it', () => {
    assert.equal(resolve({ fee: '90' }, { fee: 120 }).facts.fee, 90);
    const { facts, refusals } = resolve({ fee: 'ninety' }, { fee: 120 });
    assert.equal(facts.fee, 120);
    assert.equal(refusals.length, 1);
    assert.equal(refusals[0]?.attribute, 'fee');
  });
});

describe('practice facts: bad values', () => {
  const everywhere: unknown[] = [
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'x'.repeat(100_000),
    { n: 5 },
    [{}],
  ];
  const numeric: unknown[] = ['-5', -5, '1e9', 1e9, '12abc', '3.5e2'];

  for (const key of KEYS) {
    const { attribute, accepted } = FACT_FIELDS[key];
    const values = NUMERIC.includes(key) ? [...everywhere, ...numeric] : everywhere;
    for (const value of values) {
      const label = JSON.stringify(value)?.slice(0, 30);
      it(`${attribute} = ${label}: one refusal naming ${attribute} and what it accepts; the fact stays unset`, () => {
        const asAttribute = typeof value === 'string';
        const { facts, refusals } = asAttribute
          ? resolve({ [key]: value })
          : resolve({}, { [attribute]: value });
        assert.equal(refusals.length, 1);
        assert.equal(refusals[0]?.attribute, attribute);
        assert.equal(refusals[0]?.accepted, accepted);
        assert.equal(refusals[0]?.source, asAttribute ? 'attribute' : 'config');
        // A refused currency leaves the jurisdiction's own (us: USD).
        assert.equal(facts[key], key === 'currency' ? 'USD' : undefined);
      });
    }
  }

  const specific: [FactKey, string][] = [
    ['fee', '95.505'],
    ['fee', '100000.01'],
    ['fee', '1,000'],
    ['currency', 'XYZ'],
    ['currency', 'EURO'],
    ['currency', '€'],
    ['freeCall', '4'],
    ['freeCall', '61'],
    ['cancellationHours', '169'],
    ['cancellationFee', 'half'],
    ['replyDays', '0'],
    ['replyDays', '15'],
    ['waitWeeks', '53'],
    ['slidingScale', 'maybe'],
    ['languages', 'english'],
    ['languages', 'en_US'],
    ['languages', 'en--us'],
    ['languages', 'e1'],
    ['clients', 'adults pets'],
    ['insurance', 'Aetna,,Cigna'],
    ['videoPlatform', 'A'.repeat(61)],
    ['address', 'data:text/html,hi'],
  ];
  for (const [key, value] of specific) {
    it(`${FACT_FIELDS[key].attribute}="${value.slice(0, 20)}" is refused once`, () => {
      const { refusals } = resolve({ [key]: value });
      assert.equal(refusals.length, 1);
      assert.equal(refusals[0]?.attribute, FACT_FIELDS[key].attribute);
    });
  }

  it('says what each fact accepts, bounds included', () => {
    assert.match(FACT_FIELDS.fee.accepted, /0 to 100000 with up to 2 decimals/);
    assert.match(FACT_FIELDS.cancellationFee.accepted, /^full/);
    assert.match(FACT_FIELDS.languages.accepted, /BCP 47/);
    assert.match(FACT_FIELDS.currency.accepted, /ISO 4217/);
    assert.match(FACT_FIELDS.videoPlatform.accepted, /60 characters/);
  });
});

describe('practice facts: amounts need a currency', () => {
  it('refuses a fee in the generic jurisdiction without a currency, once, naming currency', () => {
    const { facts, refusals } = resolve(
      { fee: '150', firstSessionFee: '180', cancellationFee: '40' },
      {},
      'generic',
    );
    assert.equal(refusals.length, 1);
    assert.equal(refusals[0]?.attribute, 'currency');
    assert.match(refusals[0]?.accepted ?? '', /fee, first-session-fee, cancellation-fee need one/);
    assert.equal(facts.fee, undefined);
    assert.equal(facts.firstSessionFee, undefined);
    assert.equal(facts.cancellationFee, undefined);
  });

  it('keeps a full cancellation charge without a currency (it names no amount)', () => {
    const { facts, refusals } = resolve({ cancellationFee: 'full' }, {}, 'generic');
    assert.deepEqual(refusals, []);
    assert.equal(facts.cancellationFee, 'full');
  });

  it('shows the fee with a currency the practice names', () => {
    const { facts, refusals } = resolve({ fee: '150', currency: 'EUR' }, {}, 'generic');
    assert.deepEqual(refusals, []);
    assert.deepEqual(facts, { fee: 150, currency: 'EUR' });
  });

  it('defaults the currency by jurisdiction', () => {
    const expected = { us: 'USD', uk: 'GBP', ca: 'CAD', au: 'AUD', ie: 'EUR', nz: 'NZD' } as const;
    for (const [j, code] of Object.entries(expected)) {
      assert.equal(resolve({ fee: '1' }, {}, j as keyof typeof expected).facts.currency, code);
    }
  });
});
