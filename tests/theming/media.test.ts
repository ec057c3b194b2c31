import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PracticeElement } from '../../src/core/practice-element.js';
import { $, mount } from '../support/helpers.js';

/**
 * Switches a media feature where the engine's driver can, and says whether the page now
 * matches `query` (some drivers ignore a feature without saying so).
 */
async function emulated(media: Parameters<typeof emulateMedia>[0], query?: string): Promise<boolean> {
  try {
    await emulateMedia(media);
  } catch {
    return false;
  }
  return query === undefined || window.matchMedia(query).matches;
}

/** The declarations inside `@media <condition>` of an element's adopted sheets. */
function mediaRules(el: Element, condition: RegExp): string[] {
  return el
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && condition.test(rule.media.mediaText),
    )
    .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText));
}

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
      const rules = mediaRules(el, /prefers-reduced-motion: reduce/);
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
      const rules = mediaRules(el, /forced-colors: active/).join('\n');
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
      const rules = mediaRules(auto, /prefers-color-scheme: dark/).join('\n');
      expect(rules).to.match(/\.root\.auto/);
      expect(rules).to.match(/color-scheme: dark/);
    }
  });
});
