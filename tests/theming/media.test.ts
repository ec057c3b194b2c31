import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PracticeElement } from '../../src/core/practice-element.js';
import { $, emulated, mediaRules, mount } from '../support/helpers.js';

/** The text of the rules inside `@media <condition>`. */
const ruleText = (el: Element, condition: string): string[] =>
  mediaRules(el, condition).map((r) => r.cssText);

describe('system settings the reader chose', () => {
  afterEach(async () => {
    await emulated({ reducedMotion: 'no-preference', forcedColors: 'none', colorScheme: 'light' });
  });

  it('moves nothing under prefers-reduced-motion', async () => {
    const el = await mount<PracticeElement>(html`<therapy-faq></therapy-faq>`);
    const chevron = $(el, '.chevron');
    if (await emulated({ reducedMotion: 'reduce' }, '(prefers-reduced-motion: reduce)')) {
      expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
    } else {
      const rules = ruleText(el, 'prefers-reduced-motion: reduce');
      expect(rules.some((r) => /transition-duration: 0s !important/.test(r))).to.equal(true);
    }
  });

  it('uses system colours in forced-colours mode', async () => {
    const el = await mount<PracticeElement>(html`<therapy-faq booking-url="/book"></therapy-faq>`);
    if (await emulated({ forcedColors: 'active' }, '(forced-colors: active)')) {
      const button = $<HTMLButtonElement>(el, '.disclosure-button');
      button.focus();
      // Forced colours map every colour to the system palette; the ring must still be drawn.
      const style = getComputedStyle(button);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(getComputedStyle($(el, '.book')).borderTopStyle).to.equal('solid');
    } else {
      const rules = ruleText(el, 'forced-colors: active').join('\n');
      expect(rules).to.match(/outline-color: highlight/i);
      expect(rules).to.match(/--_accent: LinkText/i);
    }
  });

  it('follows a dark system with theme="auto", and stays light with theme="light"', async () => {
    const auto = await mount<PracticeElement>(
      html`<therapy-crisis theme="auto" jurisdiction="us"></therapy-crisis>`,
    );
    const light = await mount<PracticeElement>(
      html`<therapy-crisis theme="light" jurisdiction="us"></therapy-crisis>`,
    );
    if (await emulated({ colorScheme: 'dark' }, '(prefers-color-scheme: dark)')) {
      expect(getComputedStyle($(auto, '.root')).colorScheme).to.equal('dark');
      expect(getComputedStyle($(light, '.root')).colorScheme).not.to.equal('dark');
      await expect(auto).to.be.accessible();
    } else {
      const rules = ruleText(auto, 'prefers-color-scheme: dark').join('\n');
      expect(rules).to.match(/\.root\.auto/);
      expect(rules).to.match(/color-scheme: dark/);
    }
  });
});
