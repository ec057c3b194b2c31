/**
 * Round trip, property-based (fast-check, seeded so every run tries the same cases): any
 * settings the editor can hold → snippet → read back → the same settings, for every field,
 * every hidden item, every changed word in both languages, every own question, the look and
 * the script address. The same for "Save settings to a file" → "Open a settings file".
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { hideableIds, textIds } from '../../demo/editor/content.js';
import { SPECS, type FieldSpec } from '../../demo/editor/fields.js';
import { readSettingsFile, settingsFileText } from '../../demo/editor/file.js';
import { editorPlan, editorSnippet } from '../../demo/editor/output.js';
import { readSnippet } from '../../demo/editor/read.js';
import { CONTENT_TAGS, PAGE_ORDER, canonical, type EditorState } from '../../demo/editor/state.js';
import { FAQ_CONTENT, GUIDE_CONTENT } from '../../src/content/index.js';
import { FONTS, type Tokens } from '../../demo/tokens.js';

const SEED = 20261201;
const RUNS = 200;

/** Letters, digits and the characters that break naive escaping. */
const CHARS = [...'abcxyzÁéñü 09', '<', '>', '&', '"', "'", '/', '{', '}', '\\', '\u2028', '—'];
const words = (max: number): fc.Arbitrary<string> =>
  fc
    .string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: max })
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');

const URLS = [
  'https://calm.example/book?from=site&lang="es"',
  '/contact',
  'http://calm.example/#faq-cost',
  'privacy.html',
];

function valueFor(spec: FieldSpec): fc.Arbitrary<string> {
  if (spec.options && spec.name !== 'clients')
    return fc.constantFrom(...spec.options.filter((o) => o !== ''));
  if (spec.name === 'clients') {
    return fc.subarray([...(spec.options ?? [])], { minLength: 1 }).map((a) => a.join(' '));
  }
  if (spec.kind === 'url') return fc.constantFrom(...URLS);
  if (spec.kind === 'number') return fc.integer({ min: 0, max: 200 }).map(String);
  if (spec.name === 'insurance')
    return fc
      .array(
        words(12)
          .map((w) => w.replace(/,/g, ''))
          .filter((w) => w.trim() !== ''),
        { minLength: 1, maxLength: 3 },
      )
      .map((a) => a.map((w) => w.trim()).join(', '));
  if (spec.name === 'languages')
    return fc.subarray(['en', 'es', 'vi', 'pt-BR', 'zh-Hant'], { minLength: 1 }).map((a) => a.join(' '));
  if (spec.name === 'fee' || spec.name === 'first-session-fee' || spec.name === 'cancellation-fee') {
    return fc.oneof(
      fc.integer({ min: 0, max: 500 }).map(String),
      fc.constantFrom('95.50', '0.5', 'full', '12.00'),
    );
  }
  if (spec.name === 'lang') return fc.constantFrom('en', 'es', 'es-mx', 'en-gb');
  return words(40);
}

const settingsArb = fc.record(Object.fromEntries(SPECS.map((s) => [s.name, valueFor(s)])), {
  requiredKeys: [],
}) as fc.Arbitrary<Record<string, string>>;

const IDS = [...textIds()];
const paragraph = fc.array(words(20), { minLength: 1, maxLength: 4 }).map((a) => a.join(' '));
const wording = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((a) => a.join('\n\n'));
const overrides = fc
  .subarray(IDS, { maxLength: 6 })
  .chain((ids) =>
    fc
      .tuple(...ids.map(() => wording))
      .map((texts) => Object.fromEntries(ids.map((id, i) => [id, texts[i]!]))),
  );

const categories = FAQ_CONTENT.en.categories.map((c) => c.id);
const own = fc.array(
  fc.record({
    id: fc.constantFrom('', 'evening-sessions', 'faq-parking', 'cost'),
    category: fc.constantFrom('', ...categories),
    question: words(40),
    answer: fc.oneof(fc.constant(''), wording),
    lang: fc.constantFrom('' as const, 'en' as const, 'es' as const),
  }),
  { maxLength: 3 },
);

const tokens: fc.Arbitrary<Tokens> = fc.record(
  {
    '--therapy-color-accent': fc
      .integer({ min: 0, max: 0xffffff })
      .map((n) => `#${n.toString(16).padStart(6, '0')}`),
    '--therapy-color-text': fc.constantFrom('#1f2a30', '#000000'),
    '--therapy-font-family': fc.constantFrom(...FONTS.map((f) => f.value)),
    '--therapy-font-size': fc.integer({ min: 12, max: 28 }).map((n) => `${n}px`),
    '--therapy-radius': fc.constantFrom('0em', '0.5em', '2em'),
  },
  { requiredKeys: [] },
);

const stateArb: fc.Arbitrary<EditorState> = fc.record({
  elements: fc.subarray([...PAGE_ORDER], { minLength: 1 }),
  settings: settingsArb,
  hidden: fc.record({
    'therapy-faq': fc.subarray(hideableIds('therapy-faq'), { maxLength: 8 }),
    'therapy-guide': fc.subarray(hideableIds('therapy-guide'), { maxLength: 4 }),
    'therapy-confidentiality': fc.subarray(hideableIds('therapy-confidentiality'), { maxLength: 6 }),
  }),
  text: fc.record({ en: overrides, es: overrides }),
  own,
  options: fc.record({
    'therapy-faq': fc.record(
      {
        single: fc.constant('single'),
        categories: fc.subarray(categories, { minLength: 1 }).map((a) => a.join(' ')),
      },
      { requiredKeys: [] },
    ),
    'therapy-guide': fc.record(
      { start: fc.constantFrom(...GUIDE_CONTENT.en.stages.map((s) => s.id)), crisis: fc.constant('off') },
      { requiredKeys: [] },
    ),
    'therapy-confidentiality': fc.record({ crisis: fc.constant('off') }, { requiredKeys: [] }),
    'therapy-crisis': fc.constant({}),
  }),
  tokens,
  scriptUrl: fc.constantFrom('/therapy-widgets.js', 'https://files.calm.example/therapy-widgets.js?v=1&x=2'),
  onEachTag: fc.boolean(),
});

/** What a snippet can say: the parts of widgets that are not on the page go with them. */
function expected(state: EditorState): EditorState {
  const c = canonical(state);
  const on = (tag: (typeof PAGE_ORDER)[number]): boolean => c.elements.includes(tag);
  return canonical({
    ...c,
    settings: Object.fromEntries(
      Object.entries(c.settings).map(([k, v]) => [k, k === 'lang' ? v.toLowerCase() : v.trim()]),
    ),
    hidden: Object.fromEntries(
      CONTENT_TAGS.map((t) => [t, on(t) ? c.hidden[t] : []]),
    ) as EditorState['hidden'],
    own: on('therapy-faq') ? c.own.map((q) => ({ ...q, question: q.question.trim() })) : [],
    options: Object.fromEntries(
      PAGE_ORDER.map((t) => [t, on(t) ? c.options[t] : {}]),
    ) as EditorState['options'],
  });
}

describe('the editor round trip (fast-check, seed 20261201)', () => {
  it(`settings → snippet → pasted back gives the same settings, for ${RUNS} random settings`, () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const snippet = editorSnippet(editorPlan(state, 'sha384-abc'));
        const back = readSnippet(snippet);
        expect(back.notes, snippet).to.deep.equal([]);
        expect(canonical(back.state), snippet).to.deep.equal(expected(state));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`settings → file → opened gives the same settings, for ${RUNS} random settings`, () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const back = readSettingsFile(settingsFileText(canonical(state)));
        expect(back.notes).to.deep.equal([]);
        expect(canonical(back.state)).to.deep.equal(canonical(state));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('reads include as the widgets do: the explainer filters sections and situations one kind at a time', () => {
    const { state, notes } = readSnippet(
      '<therapy-confidentiality include="limits records court"></therapy-confidentiality><therapy-guide include="before ending"></therapy-guide>',
    );
    expect(notes).to.deep.equal([]);
    const sections = ['private', 'rights', 'supervision', 'online'];
    const situations = hideableIds('therapy-confidentiality').filter(
      (id) => !['private', 'limits', 'records', 'rights', 'online', 'court'].includes(id),
    );
    expect([...state.hidden['therapy-confidentiality']].sort()).to.deep.equal(
      [...new Set([...sections, ...situations])].sort(),
    );
    expect(state.hidden['therapy-guide']).to.deep.equal(['first-session', 'early-sessions', 'ongoing']);
    // Only sections named: every situation stays.
    const only = readSnippet('<therapy-confidentiality include="limits"></therapy-confidentiality>').state;
    expect(only.hidden['therapy-confidentiality']).to.deep.equal([
      'private',
      'records',
      'rights',
      'supervision',
      'online',
    ]);
  });
});
