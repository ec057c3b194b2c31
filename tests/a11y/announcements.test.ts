/**
 * What a screen reader is told, beyond axe: every live-region change in every shadow root,
 * logged while a test types, toggles and navigates, asserted as the exact sequence.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { CONFIDENTIALITY_CONTENT, FAQ_CONTENT, FAQ_UI, GUIDE_UI } from '../../src/content/index.js';
import { pick } from '../../src/content/resolve.js';
import type { LitElement } from 'lit';
import { $, $$ } from '../support/helpers.js';
import { settle } from '../support/widgets.js';
import { listenToLiveRegions, type LiveLog } from '../support/a11y.js';

const faqWords = FAQ_UI.en;
const ALL = FAQ_CONTENT.en.items.length;

function buttonNamed(el: Element, text: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

describe('announcements', () => {
  let log: LiveLog;
  afterEach(() => log?.stop());

  describe('<therapy-faq>', () => {
    let el: LitElement;
    beforeEach(async () => {
      el = await fixture<LitElement>(html`<therapy-faq></therapy-faq>`);
      await settle(el);
      log = listenToLiveRegions(el);
    });

    it('says "no questions match" once, however the region is built', async () => {
      $<HTMLInputElement>(el, 'input[type="search"]').focus();
      await sendKeys({ type: 'zq' });
      await log.settle();
      // Typing on while nothing matches changes nothing, so nothing more is said.
      await sendKeys({ type: 'xw' });
      await log.settle();
      expect(log.said).to.deep.equal([faqWords.noResults]);
    });

    it('says what Escape, Clear search and All topics did', async () => {
      const input = $<HTMLInputElement>(el, 'input[type="search"]');
      input.focus();
      await sendKeys({ type: 'zqxw' });
      await log.settle();
      await sendKeys({ press: 'Escape' });
      await log.settle();
      expect(log.said).to.deep.equal([faqWords.noResults, faqWords.showingAll(ALL)]);

      await sendKeys({ type: 'zqxw' });
      await log.settle();
      buttonNamed(el, faqWords.clearSearch).click();
      await log.settle();
      expect(log.said.slice(2)).to.deep.equal([faqWords.noResults, faqWords.showingAll(ALL)]);

      const topic = FAQ_CONTENT.en.categories[1]!;
      const inTopic = FAQ_CONTENT.en.items.filter((i) => i.category === topic.id).length;
      buttonNamed(el, topic.label).click();
      await log.settle();
      buttonNamed(el, faqWords.allCategories).click();
      await log.settle();
      expect(log.said.slice(4)).to.deep.equal([faqWords.results(inTopic), faqWords.showingAll(ALL)]);
    });

    it('says what Open all and Close all did', async () => {
      buttonNamed(el, faqWords.expandAll).click();
      await log.settle();
      buttonNamed(el, faqWords.collapseAll).click();
      await log.settle();
      expect(log.said).to.deep.equal([faqWords.allOpened(ALL), faqWords.allClosed]);
    });

    it('says "Link copied." (or the fallback) every time, not only the first', async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.disclosure-button')!.click();
      await settle(el);
      const copy = $<HTMLButtonElement>(el, '.copy-link');
      copy.click();
      await log.settle();
      copy.click();
      await log.settle();
      // Copying may fail where the page has no clipboard permission; either message is said each time.
      expect(log.said).to.have.length(2);
      for (const message of log.said) expect([faqWords.linkCopied, faqWords.copyFailed]).to.include(message);
      history.replaceState(history.state, '', location.pathname + location.search);
    });
  });

  describe('<therapy-guide>', () => {
    it('says "Copied." every time the list is copied', async () => {
      const el = await fixture<LitElement>(html`<therapy-guide></therapy-guide>`);
      await settle(el);
      log = listenToLiveRegions(el);
      const copy = buttonNamed(el, GUIDE_UI.en.copy);
      copy.click();
      await log.settle();
      copy.click();
      await log.settle();
      expect(log.said).to.have.length(2);
      expect([GUIDE_UI.en.copied, GUIDE_UI.en.copyFailed]).to.include(log.said[0]);
    });
  });

  describe('<therapy-confidentiality> explorer', () => {
    it('says only the verdict for each arrow key, and no stale answers queue up', async () => {
      const el = await fixture<LitElement>(
        html`<therapy-confidentiality jurisdiction="us"></therapy-confidentiality>`,
      );
      await settle(el);
      log = listenToLiveRegions(el);
      const radios = $$<HTMLInputElement>(el, 'input[type="radio"]');
      radios[0]!.focus();
      await sendKeys({ press: ' ' });
      await log.settle();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await log.settle();
      const content = CONFIDENTIALITY_CONTENT.en;
      const verdictOf = (i: number): string => content.verdicts[pick(content.scenarios[i]!.verdict, 'us')];
      // The first choice, then only the last of two quick moves: each time, only the verdict.
      expect(log.said).to.deep.equal([verdictOf(0), verdictOf(2)]);
    });
  });
});
