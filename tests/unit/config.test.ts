/// <reference types="node" />
import { document, shadow } from './dom.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { configNotes, isJsonType, jsonErrorOffset, readConfig } from '../../src/core/config.js';

/** Puts a config block on the test page for the length of `run`. */
function withBlock(type: string, text: string, run: () => void): void {
  const block = document.createElement('script');
  block.setAttribute('type', type);
  block.id = 'cfg';
  block.textContent = text;
  document.body.append(block);
  try {
    run();
  } finally {
    block.remove();
  }
}

function reason(text: string): string {
  let found = '';
  withBlock('application/json', text, () => {
    const result = readConfig('cfg', document);
    found = result.ok ? 'ok' : result.reason;
  });
  return found;
}

describe('JSON error positions', () => {
  it('finds where parsing first fails', () => {
    assert.equal(jsonErrorOffset('{"a": 1}'), -1);
    assert.equal(jsonErrorOffset('{"a": 1,}'), 8);
    assert.equal(jsonErrorOffset('{"a" 1}'), 5);
    assert.equal(jsonErrorOffset("{'a': 1}"), 1);
    assert.equal(jsonErrorOffset('{"a": [1, 2}'), 11);
    assert.equal(jsonErrorOffset('{"a": tru}'), 6);
    assert.equal(jsonErrorOffset('{"a": 1} x'), 9);
    assert.equal(jsonErrorOffset(''), 0);
    assert.equal(jsonErrorOffset('{"a": "\\x"}'), 8);
  });

  it('reports line and column in the warning', () => {
    assert.equal(reason('{\n  "jurisdiction": "uk",\n}'), 'its JSON does not parse (line 3, column 1)');
  });

  it('gives a real position deep inside a broken block, without overflowing the stack', () => {
    const depth = 200_000;
    const text = `{"text":${'['.repeat(depth)}1,}`;
    assert.equal(jsonErrorOffset(text), 8 + depth + 2);
    assert.equal(reason(text), `its JSON does not parse (line 1, column ${8 + depth + 3})`);
  });

  it('refuses a valid block nested deeper than 100 levels the same way in every engine', () => {
    const text = `${'['.repeat(150)}${']'.repeat(150)}`;
    assert.equal(reason(text), 'its JSON nests deeper than 100 levels (line 1, column 101)');
    assert.equal(
      reason(`${'['.repeat(100)}${']'.repeat(100)}`),
      'its JSON must be an object such as {"jurisdiction": "uk"}',
    );
  });

  it('agrees with JSON.parse on any text, and never throws', () => {
    const parses = (text: string): boolean => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const broken = fc
      .tuple(fc.json({ maxDepth: 4 }), fc.nat(), fc.string({ maxLength: 2 }))
      .map(
        ([text, at, insert]) =>
          text.slice(0, at % (text.length + 1)) + insert + text.slice((at % (text.length + 1)) + 1),
      );
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 4 }), broken, fc.string()), (text) => {
        const offset = jsonErrorOffset(text);
        assert.equal(offset === -1, parses(text), JSON.stringify(text));
        assert.ok(offset >= -1 && offset <= text.length);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the config block type', () => {
  it('takes the JSON MIME type in any case, with parameters', () => {
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON',
      ' application/json ',
      'application/json;',
    ]) {
      assert.equal(isJsonType(type), true, type);
    }
    for (const type of [
      '',
      'text/json',
      'application/json5',
      'application/jsonx',
      'application/ld+json',
      'text/javascript',
      'application /json',
    ]) {
      assert.equal(isJsonType(type), false, type);
    }
  });

  it('reads a block typed "application/json; charset=utf-8"', () => {
    withBlock('application/json; charset=utf-8', '{"jurisdiction": "uk"}', () => {
      const result = readConfig('cfg', document);
      assert.ok(result.ok);
      assert.equal(result.values['jurisdiction'], 'uk');
    });
  });

  it('does not take a script of another type', () => {
    withBlock('text/javascript', '{"jurisdiction": "uk"}', () => {
      const result = readConfig('cfg', document);
      assert.equal(result.ok, false);
    });
  });

  it('finds the block when the page has an element named "getElementById"', () => {
    withBlock('application/json', '{"jurisdiction": "ie"}', () => {
      // What <img name="getElementById"> does to `document` in a browser.
      shadow(document, 'getElementById', document.createElement('img'));
      try {
        const result = readConfig('cfg', document);
        assert.ok(result.ok);
        assert.equal(result.values['jurisdiction'], 'ie');
      } finally {
        delete (document as unknown as Record<string, unknown>)['getElementById'];
      }
    });
  });
});

describe('unknown keys in the config block', () => {
  it('names a misspelt key and suggests the nearest one', () => {
    const notes = configNotes({ jurisdicton: 'uk', 'session-minute': 50, jurisdiction: 'uk' });
    assert.equal(notes.length, 2);
    assert.match(notes[0]!, /key "jurisdicton" is not a setting.*did you mean "jurisdiction"\?/);
    assert.match(notes[1]!, /key "session-minute" .*did you mean "session-minutes"\?/);
  });

  it('says an element-only key belongs on the element', () => {
    const [note] = configNotes({ include: 'cost' });
    assert.match(note!, /key "include" is set on each element, as the attribute include="…"/);
  });

  it('lists the keys when none is close, and is silent for known keys', () => {
    assert.deepEqual(configNotes({ jurisdiction: 'uk', lang: 'es', text: {}, 'booking-url': '/b' }), []);
    const [note] = configNotes({ colour: 'red' });
    assert.match(note!, /key "colour" is not a setting, so it is ignored; the keys are .*jurisdiction/);
  });

  it('comes with a good block from readConfig', () => {
    withBlock('application/json', '{"jurisdicton": "uk", "include": "cost"}', () => {
      const result = readConfig('cfg', document);
      assert.ok(result.ok);
      assert.equal(result.notes.length, 2);
    });
  });
});
