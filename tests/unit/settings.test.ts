/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { safeUrl } from '../../src/core/safe-url.js';
import {
  describe as quote,
  FIELDS,
  NOT_TEXT,
  parseIdList,
  readField,
  resolveSettings,
  settingText,
  type Refusal,
} from '../../src/core/settings.js';

const unset = Object.fromEntries(Object.keys(FIELDS).map((key) => [key, undefined])) as Record<
  keyof typeof FIELDS,
  unknown
>;

describe('settingText: values set from script', () => {
  it('takes strings and finite numbers as text, and nothing else', () => {
    assert.equal(settingText('uk'), 'uk');
    assert.equal(settingText(5551234567), '5551234567');
    assert.equal(settingText(50), '50');
    assert.equal(settingText(null), undefined);
    assert.equal(settingText(undefined), undefined);
    assert.equal(settingText('   '), undefined);
    for (const odd of [NaN, Infinity, {}, Object.create(null), ['uk'], true, () => 1, Symbol('x'), 1n]) {
      assert.equal(settingText(odd), NOT_TEXT, String(typeof odd));
    }
  });

  it('joins an array of strings for id lists only', () => {
    assert.equal(settingText(['cost', 'insurance'], true), 'cost insurance');
    assert.equal(settingText([], true), undefined);
    assert.equal(settingText(['cost', 3], true), NOT_TEXT);
    assert.equal(settingText(['cost']), NOT_TEXT);
  });
});

describe('describe: a value as a warning quotes it', () => {
  it('quotes numbers as numbers, NaN and Infinity included', () => {
    assert.equal(quote(NaN), '"NaN"');
    assert.equal(quote(-Infinity), '"-Infinity"');
    assert.equal(quote(45), '"45"');
    assert.equal(quote(2n), '"2"');
    assert.equal(quote({ a: 1 }), '"{\\"a\\":1}"');
  });
});

describe('plain text', () => {
  it('keeps a practice name with a right-to-left override inside an isolate of its own', () => {
    const refusals: Refusal[] = [];
    const settings = resolveSettings({ ...unset, practiceName: '\u202EAcme' }, {}, (r) => refusals.push(r));
    assert.equal(settings.practiceName, '\u2068\u202EAcme\u2069');
    assert.deepEqual(refusals, []);
    // Names without such controls are left as they are, right-to-left scripts included.
    const plain = resolveSettings({ ...unset, practiceName: 'عيادة الهدوء' }, {}, () => {});
    assert.equal(plain.practiceName, 'عيادة الهدوء');
  });
});

describe('resolveSettings with property values', () => {
  it('converts numbers and refuses objects, naming the attribute, never throwing', () => {
    const refusals: Refusal[] = [];
    const settings = resolveSettings(
      {
        ...unset,
        phone: 5551234567,
        sessionMinutes: 45,
        headingLevel: 3,
        jurisdiction: { uk: true },
        practiceName: Object.create(null),
        theme: ['dark'],
        format: null,
      },
      {},
      (refusal) => refusals.push(refusal),
    );
    assert.equal(settings.phone, '5551234567');
    assert.equal(settings.sessionMinutes, 45);
    assert.equal(settings.headingLevel, 3);
    assert.equal(settings.jurisdiction, 'generic');
    assert.equal(settings.practiceName, undefined);
    assert.equal(settings.theme, 'light');
    assert.equal(settings.format, 'both');
    assert.deepEqual(refusals.map((r) => r.attribute).sort(), ['jurisdiction', 'practice-name', 'theme']);
    for (const refusal of refusals) assert.doesNotThrow(() => quote(refusal.value));
  });

  it('a refused property still falls through to the config block', () => {
    const refusals: Refusal[] = [];
    const value = readField(FIELDS.jurisdiction, {}, { jurisdiction: 'nz' }, (r) => refusals.push(r));
    assert.equal(value, 'nz');
    assert.equal(refusals.length, 1);
  });
});

describe('parseIdList', () => {
  const known = ['cost', 'insurance', 'crisis'];

  it('takes an array of ids set from script', () => {
    assert.deepEqual(
      parseIdList('include', ['cost', 'Crisis'], known, () => assert.fail('no refusal')),
      ['cost', 'crisis'],
    );
  });

  it('refuses a value that is not text or a list of strings, once, keeping no filter', () => {
    for (const value of [{ cost: true }, [1, 2], NaN, Object.create(null)]) {
      const refusals: Refusal[] = [];
      assert.equal(
        parseIdList('include', value, known, (r) => refusals.push(r)),
        undefined,
      );
      assert.equal(refusals.length, 1);
      assert.match(refusals[0]!.accepted, /space-separated ids from: cost, insurance, crisis/);
    }
  });

  it('refuses unknown ids in one go and keeps the known ones', () => {
    const refusals: Refusal[] = [];
    assert.deepEqual(
      parseIdList('exclude', 'cost,nope  zzz', known, (r) => refusals.push(r)),
      ['cost'],
    );
    assert.equal(refusals[0]?.value, 'nope zzz');
  });
});

describe('describe: what a warning quotes', () => {
  it('quotes at most about 200 characters of any value', () => {
    const quoted = quote('x'.repeat(1_000_000));
    assert.ok(quoted.length <= 205, `${quoted.length} characters`);
    assert.ok(quoted.endsWith('…"'));
    assert.equal(quote('uk'), '"uk"');
    assert.equal(quote(42), '"42"');
  });

  it('never throws, whatever the value', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    for (const value of [cyclic, Object.create(null), 1n, Symbol('s'), undefined, () => 1]) {
      assert.equal(typeof quote(value), 'string');
    }
    fc.assert(fc.property(fc.anything(), (value) => quote(value).length <= 205 * 6));
  });
});

describe('safeUrl', () => {
  it('refuses protocol-relative and backslash URLs: relative means the same site', () => {
    for (const url of [
      '//other.example',
      '\\\\other.example',
      '/\\other.example',
      '\\/other.example',
      '///other.example',
      '/\t/other.example',
      ' //other.example/path',
      '//relative.invalid/x',
    ]) {
      assert.equal(safeUrl(url), undefined, JSON.stringify(url));
    }
  });

  it('refuses every other scheme, however disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'java\tscript:x',
      '\u0001javascript:x',
      'data:text/html,x',
      'mailto:a@b.c',
      '',
    ]) {
      assert.equal(safeUrl(url), undefined, JSON.stringify(url));
    }
  });

  it('whatever it accepts, a browser follows as http(s), relative links on this site', () => {
    const page = 'https://practice.example/faq/page.html';
    const scheme = fc.constantFrom(
      '',
      'https:',
      'http:',
      'javascript:',
      'data:',
      'JaVa\tScript:',
      'vbscript:',
      'file:',
      'blob:',
    );
    const slashes = fc.constantFrom('', '/', '//', '\\\\', '/\\', '\\/', '///');
    const url = fc
      .tuple(fc.constantFrom('', ' ', '\t', '\u0000', '\n'), scheme, slashes, fc.string())
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(url, fc.string()), (raw) => {
        const kept = safeUrl(raw);
        if (kept === undefined) return true;
        const followed = new URL(kept, page);
        if (!['http:', 'https:'].includes(followed.protocol)) return false;
        let absolute = true;
        try {
          new URL(kept);
        } catch {
          absolute = false;
        }
        return absolute || followed.origin === 'https://practice.example';
      }),
      { numRuns: 2000 },
    );
  });
});
