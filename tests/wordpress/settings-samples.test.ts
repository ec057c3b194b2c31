/**
 * One table of values every setting must accept and refuse (settings-samples.json), shared
 * by the widgets and the WordPress plugin: here against the widgets' own parsers; in
 * `npm run test:wordpress` against the plugin's PHP rules and its settings page. A setting
 * the widgets read must have samples, so a new setting cannot skip the plugin's check.
 */
import { expect } from '@open-wc/testing';
import { FIELDS, LANG_FIELD, type Field } from '../../src/core/settings.js';

interface Samples {
  readonly fields: Readonly<Record<string, { readonly valid: string[]; readonly invalid: string[] }>>;
}

const parsers = new Map<string, Field<unknown>>(
  [...Object.values(FIELDS), LANG_FIELD].map((field: Field<unknown>) => [field.attribute, field]),
);

describe('the settings table shared with the WordPress plugin', () => {
  let samples: Samples;
  before(async () => {
    samples = (await (await fetch('/tests/wordpress/settings-samples.json')).json()) as Samples;
  });

  it('has samples for every setting the widgets read', () => {
    const missing = [...parsers.keys()].filter((name) => !(name in samples.fields));
    expect(missing).to.deep.equal([]);
  });

  it('is accepted and refused by the widgets exactly as the table says', () => {
    const wrong: string[] = [];
    for (const [name, field] of parsers) {
      for (const value of samples.fields[name]?.valid ?? []) {
        if (field.parse(value) === undefined)
          wrong.push(`${name}: ${JSON.stringify(value)} should be accepted`);
      }
      for (const value of samples.fields[name]?.invalid ?? []) {
        if (field.parse(value) !== undefined)
          wrong.push(`${name}: ${JSON.stringify(value)} should be refused`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });
});
