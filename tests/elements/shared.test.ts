// What every element shares: the live announcer, config blocks the page edits after load,
// and work done once (the FAQ filters only when its inputs change).
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { watchedBlocks } from '../../src/core/config-watch.js';
import type { TherapyConfidentiality } from '../../src/elements/confidentiality/confidentiality.js';
import type { TherapyCrisis } from '../../src/elements/crisis/crisis.js';
import type { TherapyFaq } from '../../src/elements/faq/faq.js';
import type { TherapyGuide } from '../../src/elements/guide/guide.js';
import { $, captureConsole, mount, searchFor, textOf, type Captured } from '../support/helpers.js';

/** A clipboard that accepts every write, in place of the browser's until `restore()`. */
function acceptingClipboard(): { restore: () => void } {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (): Promise<void> => undefined },
  });
  return {
    restore: () => {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    },
  };
}

/** Every message added to a live region, in order, as a screen reader is told of them. */
function recordSaid(region: Element): { said: string[]; stop: () => void } {
  const said: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') said.push(region.textContent ?? '');
      for (const node of record.addedNodes) {
        const text = node.textContent?.trim();
        if (text) said.push(text);
      }
    }
  });
  observer.observe(region, { childList: true, subtree: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}

describe('shared by every element', () => {
  let log: Captured;
  let clipboard: { restore: () => void } | undefined;
  beforeEach(() => {
    log = captureConsole();
  });
  afterEach(() => {
    clipboard?.restore();
    clipboard = undefined;
    log.restore();
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
  });

  describe('the announcer', () => {
    /** Presses `copy` twice and returns what the element's live region said. */
    async function copyTwice(el: Element, copy: HTMLButtonElement): Promise<string[]> {
      const { said, stop } = recordSaid($(el, '[role="status"]'));
      copy.click();
      await waitUntil(() => said.length === 1, 'the first copy is announced');
      copy.click();
      await waitUntil(() => said.length === 2, 'the second copy is announced too');
      stop();
      return said;
    }

    it('announces a repeated "Link copied." each time, not once', async () => {
      clipboard = acceptingClipboard();
      const el = await mount<TherapyFaq>(html`<therapy-faq></therapy-faq>`);
      $<HTMLButtonElement>(el, '#faq-fit-button').click();
      await el.updateComplete;
      const said = await copyTwice(el, $<HTMLButtonElement>(el, '#faq-fit-panel .copy-link'));
      expect(said).to.deep.equal(['Link copied.', 'Link copied.']);
      const region = $(el, '[role="status"]');
      expect(region.textContent).to.equal('Link copied.');
      expect(region.getAttribute('aria-live')).to.equal('polite');
    });

    it('announces "Copied." again when the reader copies the prep list twice', async () => {
      clipboard = acceptingClipboard();
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      const said = await copyTwice(el, $<HTMLButtonElement>(el, '.actions button'));
      expect(said).to.deep.equal(['Copied.', 'Copied.']);
    });
  });

  describe('a config block edited after load', () => {
    let block: HTMLScriptElement;
    beforeEach(() => {
      block = document.createElement('script');
      block.type = 'application/json';
      block.id = 'cfg-live';
      block.textContent = JSON.stringify({ 'practice-name': 'Harbour Counselling' });
      document.body.append(block);
    });
    afterEach(() => block.remove());

    it('reaches every element that reads it, and is watched only while one does', async () => {
      const [guide, faq, explainer] = await Promise.all([
        mount<TherapyGuide>(html`<therapy-guide config="cfg-live"></therapy-guide>`),
        mount<TherapyFaq>(html`<therapy-faq config="cfg-live"></therapy-faq>`),
        mount<TherapyConfidentiality>(
          html`<therapy-confidentiality config="cfg-live"></therapy-confidentiality>`,
        ),
      ]);
      expect(watchedBlocks()).to.equal(1);
      block.textContent = JSON.stringify({
        'practice-name': 'Kōwhai Counselling',
        text: {
          'guide.title': 'Your first weeks at {practice}',
          'faq.cost.question': 'What will {practice} cost?',
          'confidentiality.title': 'Privacy at {practice}',
        },
      });
      await waitUntil(
        () => textOf($(guide!, '[part~="heading"]')) === 'Your first weeks at Kōwhai Counselling',
        'the guide follows the edit',
      );
      await waitUntil(
        () => textOf($(faq!, '#faq-cost-button')) === 'What will Kōwhai Counselling cost?',
        'the FAQ follows the edit',
      );
      await waitUntil(
        () => textOf($(explainer!, '[part~="heading"]')) === 'Privacy at Kōwhai Counselling',
        'the explainer follows the edit',
      );
      fixtureCleanup();
      expect(watchedBlocks()).to.equal(0);
    });
  });

  describe('a config block added after the element', () => {
    let log: Captured;
    beforeEach(() => (log = captureConsole()));
    afterEach(() => {
      log.restore();
      document.getElementById('cfg-late')?.remove();
    });

    it('is read when it arrives, after one error while it was missing', async () => {
      const el = await mount<TherapyCrisis>(html`<therapy-crisis config="cfg-late"></therapy-crisis>`);
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.contain('config "cfg-late"');
      expect(watchedBlocks(), 'the page is watched for the block').to.equal(1);
      const block = document.createElement('script');
      block.type = 'application/json';
      block.id = 'cfg-late';
      block.textContent = JSON.stringify({ jurisdiction: 'au', 'practice-name': 'Wattle Counselling' });
      document.body.append(block);
      await waitUntil(() => textOf(el.shadowRoot!).includes('Wattle Counselling'), 'the late block is read');
      expect(el.shadowRoot!.querySelector('a[href="tel:131114"]'), 'Lifeline, for Australia').to.exist;
      expect(log.errors).to.have.length(1);
      expect(watchedBlocks(), 'now the block itself is watched').to.equal(1);
      fixtureCleanup();
      expect(watchedBlocks()).to.equal(0);
    });

    it('stops waiting when the element leaves the page', async () => {
      await mount<TherapyCrisis>(html`<therapy-crisis config="cfg-late"></therapy-crisis>`);
      expect(watchedBlocks()).to.equal(1);
      fixtureCleanup();
      expect(watchedBlocks()).to.equal(0);
    });
  });

  describe('work done once', () => {
    it('does not filter the FAQ again on an update that changes neither query, topic nor items', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq></therapy-faq>`);
      const type = (query: string): Promise<void> => searchFor(el, query);
      await type('session');
      // The element's last filter result (private): the same object means no filtering ran.
      const result = (): unknown => (el as unknown as { filtered: unknown }).filtered;
      const before = result();
      expect(before).to.be.an('object');
      // Opening an answer re-renders the FAQ; the list it shows is the same.
      el.shadowRoot!.querySelector<HTMLButtonElement>('.disclosure-button')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-expanded="true"]')).to.not.equal(null);
      expect(result()).to.equal(before);
      // A new query does filter again.
      await type('sessions');
      expect(result()).to.not.equal(before);
    });
  });
});
