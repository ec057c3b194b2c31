import { expect } from '@open-wc/testing';
import { jsonErrorOffset } from '../../src/core/config.js';
import { safeUrl, smsHref, telHref, mailtoHref } from '../../src/core/safe-url.js';
import { FIELDS, LANG_FIELD, parseIdList, resolveSettings, type Refusal } from '../../src/core/settings.js';

const none = {
  practiceName: undefined,
  jurisdiction: undefined,
  sessionMinutes: undefined,
  format: undefined,
  bookingUrl: undefined,
  contactUrl: undefined,
  policyUrl: undefined,
  phone: undefined,
  email: undefined,
  headingLevel: undefined,
  theme: undefined,
};

describe('settings parsing', () => {
  it('accepts each documented value and refuses the rest', () => {
    const cases: [keyof typeof FIELDS, string, unknown][] = [
      ['jurisdiction', 'UK', 'uk'],
      ['jurisdiction', ' nz ', 'nz'],
      ['jurisdiction', 'fr', undefined],
      ['sessionMinutes', '15', 15],
      ['sessionMinutes', '180', 180],
      ['sessionMinutes', '14', undefined],
      ['sessionMinutes', '181', undefined],
      ['sessionMinutes', '50.5', undefined],
      ['sessionMinutes', 'fifty', undefined],
      ['format', 'Online', 'online'],
      ['format', 'phone', undefined],
      ['headingLevel', '3', 3],
      ['headingLevel', '1', undefined],
      ['headingLevel', '7', undefined],
      ['theme', 'DARK', 'dark'],
      ['theme', 'blue', undefined],
      ['phone', '+44 (0)20 7946 0000', '+44 (0)20 7946 0000'],
      ['phone', 'call me', undefined],
      ['email', 'hello@example.org', 'hello@example.org'],
      ['email', 'not-an-email', undefined],
      ['email', '"x"@y.z<script>', undefined],
      ['practiceName', '  Calm   Harbour  ', 'Calm Harbour'],
      ['practiceName', 'x'.repeat(121), undefined],
    ];
    for (const [key, text, expected] of cases) {
      expect(FIELDS[key].parse(text), `${key} ← ${JSON.stringify(text)}`).to.equal(expected);
    }
  });

  it('reads lang with region subtags and refuses languages it does not ship', () => {
    expect(LANG_FIELD.parse('es-MX')).to.equal('es');
    expect(LANG_FIELD.parse('en_GB')).to.equal('en');
    expect(LANG_FIELD.parse('EN')).to.equal('en');
    expect(LANG_FIELD.parse('fr')).to.equal(undefined);
    expect(LANG_FIELD.parse('<b>es</b>')).to.equal(undefined);
  });

  it('takes the attribute first, then the config block, then the default', () => {
    const refusals: Refusal[] = [];
    const settings = resolveSettings(
      { ...none, jurisdiction: 'us', sessionMinutes: 'lots', format: undefined },
      { jurisdiction: 'uk', 'session-minutes': 60, format: 'online', theme: ['dark'] },
      (r) => refusals.push(r),
    );
    expect(settings.jurisdiction).to.equal('us');
    expect(settings.sessionMinutes).to.equal(60);
    expect(settings.format).to.equal('online');
    expect(settings.theme).to.equal('light');
    expect(settings.headingLevel).to.equal(2);
    expect(refusals.map((r) => `${r.source}:${r.attribute}`)).to.deep.equal([
      'attribute:session-minutes',
      'config:theme',
    ]);
  });

  it('parses id lists and refuses unknown ids in one go', () => {
    const refusals: Refusal[] = [];
    const ids = parseIdList('include', 'cost  Nope insurance zzz', ['cost', 'insurance'], (r) =>
      refusals.push(r),
    );
    expect(ids).to.deep.equal(['cost', 'insurance']);
    expect(refusals).to.have.length(1);
    expect(refusals[0]?.value).to.equal('nope zzz');
    expect(parseIdList('include', 'nope', ['cost'], () => {})).to.equal(undefined);
  });
});

describe('safe URLs and contact links', () => {
  it('keeps http, https and relative URLs', () => {
    for (const url of [
      'https://example.org/book',
      'http://example.org',
      '/contact',
      'book.html',
      '#faq',
      '?a=1',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('drops every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'mailto:a@b.c',
      '',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('builds tel:, sms: and mailto: links from plain values', () => {
    expect(telHref('+1 (555) 010-2030')).to.equal('tel:+15550102030');
    expect(telHref('116 123')).to.equal('tel:116123');
    expect(smsHref('741741', 'HOME')).to.equal('sms:741741?body=HOME');
    expect(smsHref('0477 13 11 14')).to.equal('sms:0477131114');
    expect(mailtoHref('hello@example.org')).to.equal('mailto:hello@example.org');
  });
});

describe('JSON error position', () => {
  it('finds where parsing first fails, the same in every engine', () => {
    expect(jsonErrorOffset('{"a": 1}')).to.equal(-1);
    expect(jsonErrorOffset('{"a": 1,}')).to.equal(8);
    expect(jsonErrorOffset('{"a" 1}')).to.equal(5);
    expect(jsonErrorOffset("{'a': 1}")).to.equal(1);
    expect(jsonErrorOffset('{"a": [1, 2}')).to.equal(11);
    expect(jsonErrorOffset('{"a": tru}')).to.equal(6);
    expect(jsonErrorOffset('{"a": 1} x')).to.equal(9);
  });
});
