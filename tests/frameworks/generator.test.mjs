// scripts/framework-types.mjs on made-up manifests: any attribute a later element or practice
// fact adds is typed in all three frameworks, unions stay unions, and what cannot be typed
// exactly is said (a warning) instead of guessed. Run by `npm run test:frameworks`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frameworkTypes } from '../../scripts/framework-types.mjs';

const INDEX = `export { TherapyThing };\nexport type { TherapyPingDetail } from './x.js';\n`;

function manifest({ attributes = [], events = [], name = 'TherapyThing' } = {}) {
  return {
    modules: [
      {
        declarations: [
          { kind: 'class', customElement: true, name, tagName: 'therapy-thing', attributes, events },
          { kind: 'function', name: 'helper' },
        ],
      },
    ],
  };
}

function generate(options) {
  const warnings = [];
  const files = frameworkTypes(manifest(options), INDEX, (message) => warnings.push(message));
  return { files, warnings };
}

describe('framework types from the manifest', () => {
  it('types a new attribute, kebab-case for JSX and Svelte and camelCase for Vue', () => {
    const { files, warnings } = generate({
      attributes: [
        {
          name: 'cancellation-hours',
          fieldName: 'cancellationHours',
          type: { text: 'string | number | undefined' },
        },
        { name: 'currency', fieldName: 'currency', type: { text: "'USD' | 'GBP' | 'EUR' | undefined" } },
      ],
    });
    assert.deepEqual(warnings, []);
    assert.match(files['element-types.d.ts'], /'cancellation-hours'\?: string \| number;/);
    assert.match(files['element-types.d.ts'], /cancellationHours\?: string \| number;/);
    assert.match(files['element-types.d.ts'], /currency\?: 'USD' \| 'GBP' \| 'EUR';/);
    assert.match(files['jsx.d.ts'], /'therapy-thing': TherapyThingProps;/);
    assert.match(files['vue.d.ts'], /'therapy-thing': DefineComponent<TherapyThingVueProps>;/);
    assert.match(files['svelte.d.ts'], /'therapy-thing': TherapyThingSvelteAttributes;/);
  });

  it('keeps booleans and number literals, and types a named type as string with a warning', () => {
    const { files, warnings } = generate({
      attributes: [
        { name: 'single', type: { text: 'boolean' } },
        { name: 'level', type: { text: "2 | 3 | '2' | '3'" } },
        { name: 'fee', type: { text: 'Money | undefined' } },
        { name: 'note' },
      ],
    });
    const types = files['element-types.d.ts'];
    assert.match(types, /single\?: boolean;/);
    assert.match(types, /level\?: 2 \| 3 \| '2' \| '3';/);
    assert.match(types, /fee\?: string;/);
    assert.match(types, /note\?: string;/);
    assert.deepEqual(warnings, [
      'framework-types: <therapy-thing> attribute "fee" has type "Money | undefined", which is not a union of literals; typed as string.',
    ]);
  });

  it('gives each event its exported detail type, or unknown with a warning', () => {
    const { files, warnings } = generate({
      events: [
        { name: 'therapy-ping', type: { text: 'CustomEvent' } },
        { name: 'therapy-pong', type: { text: 'CustomEvent' } },
      ],
    });
    assert.match(files['element-types.d.ts'], /'therapy-ping': CustomEvent<TherapyPingDetail>;/);
    assert.match(files['element-types.d.ts'], /'therapy-pong': CustomEvent<unknown>;/);
    assert.match(
      files['jsx.d.ts'],
      /'ontherapy-ping'\?: \(event: TherapyThingEvents\['therapy-ping'\]\) => void;/,
    );
    assert.match(
      files['svelte.d.ts'],
      /'ontherapy-ping'\?: \(event: TherapyThingEvents\['therapy-ping'\]\) => void;/,
    );
    assert.match(
      files['vue.d.ts'],
      /onTherapyPing\?: \(event: TherapyThingEvents\['therapy-ping'\]\) => void;/,
    );
    assert.deepEqual(warnings, [
      'framework-types: <therapy-thing> event "therapy-pong" has no exported detail type TherapyPongDetail; typed as unknown.',
    ]);
  });

  it('refuses an element whose class the package does not export', () => {
    assert.throws(
      () => generate({ name: 'TherapyHidden' }),
      /TherapyHidden is not exported from src\/index.ts/,
    );
  });
});
