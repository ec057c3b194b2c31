/**
 * The accessibility tree of each widget in each state, as roles, names and states, kept as
 * reviewed snapshots in tests/a11y/__snapshots__/: a change to what a screen reader is given
 * shows in review. Update with `npm run test:a11y -- --update-snapshots` after checking it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { compareSnapshot, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { CONFIDENTIALITY_CONTENT, FAQ_CONTENT, GUIDE_CONTENT } from '../../src/content/index.js';
import type { LitElement } from 'lit';
import { $, $$ } from '../support/helpers.js';
import { settle } from '../support/widgets.js';
import { accessibilityOutline } from '../support/a11y.js';

async function mountTag(tag: string): Promise<LitElement> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 60em"></div>`);
  const el = document.createElement(tag) as LitElement;
  el.setAttribute('jurisdiction', 'us');
  el.setAttribute('practice-name', 'Calm Harbour Therapy');
  el.setAttribute('booking-url', 'https://calm-harbour.example/book');
  wrapper.append(el);
  await settle(el);
  return el;
}

async function snapshot(name: string, el: Element): Promise<void> {
  await settle(el);
  const outline = accessibilityOutline(el);
  expect(outline).not.to.equal('');
  await compareSnapshot({ name, content: outline });
}

describe('accessibility tree snapshots', () => {
  it('<therapy-faq>: collapsed, one answer open, filtered, no results', async () => {
    const el = await mountTag('therapy-faq');
    await snapshot('faq-collapsed', el);
    $$<HTMLButtonElement>(el, '.disclosure-button')[0]!.click();
    await snapshot('faq-first-open', el);
    $<HTMLInputElement>(el, 'input[type="search"]').focus();
    await sendKeys({ type: 'insur' });
    await new Promise((r) => setTimeout(r, 500));
    await snapshot('faq-filtered-insur', el);
    await sendKeys({ type: 'zzq' });
    await new Promise((r) => setTimeout(r, 500));
    await snapshot('faq-no-results', el);
    expect(FAQ_CONTENT.en.items.length).to.be.above(0);
  });

  it('<therapy-guide>: each stage', async () => {
    const el = await mountTag('therapy-guide');
    for (const stage of GUIDE_CONTENT.en.stages) {
      $<HTMLButtonElement>(el, `#tab-${stage.id}`).click();
      await snapshot(`guide-stage-${stage.id}`, el);
    }
  });

  it('<therapy-confidentiality>: collapsed, a section open, each scenario', async () => {
    const el = await mountTag('therapy-confidentiality');
    await snapshot('confidentiality-collapsed', el);
    $$<HTMLButtonElement>(el, '.disclosure-button')[0]!.click();
    await snapshot('confidentiality-first-open', el);
    for (const scenario of CONFIDENTIALITY_CONTENT.en.scenarios) {
      const radio = $$<HTMLInputElement>(el, 'input[type="radio"]').find((r) => r.value === scenario.id)!;
      radio.click();
      await snapshot(`confidentiality-scenario-${scenario.id}`, el);
    }
  });

  it('<therapy-crisis>', async () => {
    await snapshot('crisis', await mountTag('therapy-crisis'));
  });
});
