// The FAQ's filtering and grouping, without a browser: `npm run test:unit`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FaqEntry } from '../../src/elements/faq/items.js';
import {
  availableEntries,
  createFilter,
  filterEntries,
  groupByTopic,
  matchingEntries,
  type FilterInput,
} from '../../src/elements/faq/filter.js';
import { foldText } from '../../src/elements/faq/search.js';

/** An item whose search text is read through a getter, so a test can count the reads. */
function entry(
  id: string,
  category: string | undefined,
  question: string,
  reads?: { count: number },
): FaqEntry {
  return {
    id,
    category,
    question,
    short: undefined,
    blocks: [],
    nodes: undefined,
    get searchText() {
      if (reads) reads.count++;
      return foldText(question);
    },
  };
}

const ENTRIES: readonly FaqEntry[] = [
  entry('cost', 'cost', 'How much does a session cost?'),
  entry('insurance', 'cost', 'Can I use my insurance?'),
  entry('crying', 'feelings-fit', 'What if I cry in a session?'),
  entry('parking', undefined, 'Where can I park?'),
];
const ids = (entries: readonly FaqEntry[]): string[] => entries.map((e) => e.id);

const input = (overrides: Partial<FilterInput> = {}): FilterInput => ({
  entries: ENTRIES,
  include: undefined,
  exclude: undefined,
  categories: undefined,
  topic: undefined,
  query: '',
  ...overrides,
});

describe('FAQ filter', () => {
  it('keeps what include names, drops what exclude names, and keeps topic-less items in any categories', () => {
    assert.deepEqual(ids(availableEntries(ENTRIES, ['cost', 'crying'], undefined, undefined)), [
      'cost',
      'crying',
    ]);
    assert.deepEqual(ids(availableEntries(ENTRIES, undefined, ['cost'], undefined)), [
      'insurance',
      'crying',
      'parking',
    ]);
    assert.deepEqual(ids(availableEntries(ENTRIES, undefined, undefined, ['feelings-fit'])), [
      'crying',
      'parking',
    ]);
  });

  it('matches every search term, ignoring case and accents, within the chosen topic', () => {
    assert.deepEqual(ids(filterEntries(input({ query: 'SESSIÓN' })).shown), ['cost', 'crying']);
    assert.deepEqual(ids(filterEntries(input({ query: 'session cry' })).shown), ['crying']);
    assert.deepEqual(ids(matchingEntries(ENTRIES, 'cost', [])), ['cost', 'insurance']);
    assert.deepEqual(ids(filterEntries(input({ topic: 'cost', query: 'session' })).shown), ['cost']);
    assert.deepEqual(filterEntries(input({ query: 'zebra' })).shown, []);
    assert.deepEqual(filterEntries(input({ query: '  Sesión  CRYING ' })).terms, ['sesion', 'crying']);
  });

  it('groups by topic in content order, with unknown topics last under the other label', () => {
    const groups = groupByTopic(
      [...ENTRIES, entry('custom', 'nope', 'A topic the content does not know')],
      [
        { id: 'feelings-fit', label: 'Feelings' },
        { id: 'cost', label: 'Cost' },
        { id: 'online', label: 'Online' },
      ],
      'Other questions',
    );
    assert.deepEqual(
      groups.map((g) => [g.label, ids(g.entries)]),
      [
        ['Feelings', ['crying']],
        ['Cost', ['cost', 'insurance']],
        ['Other questions', ['parking', 'custom']],
      ],
    );
  });

  it('filters again only when the items, the lists, the topic or the query change', () => {
    const reads = { count: 0 };
    const entries = [
      entry('a', 'cost', 'Cost of a session', reads),
      entry('b', 'online', 'Online sessions', reads),
    ];
    const filter = createFilter();
    const first = filter(input({ entries, include: ['a', 'b'], query: 'session' }));
    assert.equal(reads.count, 2);
    // The same inputs, with the id list parsed afresh (a new array of the same ids): no work.
    const again = filter(input({ entries, include: ['a', 'b'], query: 'session' }));
    assert.equal(again, first);
    assert.equal(reads.count, 2);
    // Each input that changes makes it filter again.
    const online = filter(input({ entries, include: ['a', 'b'], query: 'online' }));
    assert.notEqual(online, first);
    assert.deepEqual(ids(online.shown), ['b']);
    assert.equal(reads.count, 4);
    assert.deepEqual(ids(filter(input({ entries, include: ['a'], query: 'online' })).shown), []);
    assert.deepEqual(
      ids(filter(input({ entries, include: ['a'], query: 'online', topic: 'cost' })).available),
      ['a'],
    );
    const more = [...entries, entry('c', 'cost', 'Online costs', reads)];
    const withMore = filter(input({ entries: more, include: ['a', 'c'], query: 'online' }));
    assert.deepEqual(ids(withMore.shown), ['c']);
  });
});
