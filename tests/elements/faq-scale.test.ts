import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TherapyFaq } from '../../src/elements/faq/faq.js';
import { HIGHLIGHTS } from '../../src/elements/faq/highlight.js';
import { $, $$, captureConsole, searchFor, type Captured } from '../support/helpers.js';
import { highlightedIn, highlightedTexts, markTexts } from '../support/highlights.js';

const COUNT = 1000;

/** A practice FAQ of `count` light-DOM items, each a one-line question and a short answer. */
function practiceItems(count: number): HTMLElement[] {
  return Array.from({ length: count }, (_, i) => {
    const details = document.createElement('details');
    details.id = `item-${i}`;
    const summary = document.createElement('summary');
    summary.textContent = `Question ${i}: what about sessions?`;
    const answer = document.createElement('p');
    answer.textContent = `Answer ${i}, with a walrus in it.`;
    details.append(summary, answer);
    return details;
  });
}

async function mountLarge(): Promise<TherapyFaq> {
  const wrap = await fixture<HTMLDivElement>(html`<div class="wide">${practiceItems(COUNT)}</div>`);
  const el = document.createElement('therapy-faq');
  el.append(...wrap.children);
  wrap.append(el);
  await el.updateComplete;
  return el;
}

/** Until the next frame has painted (and an IntersectionObserver has reported). */
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Waits up to ten frames for `ready()`. */
async function frames(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 10 && !ready(); i++) await frame();
}

async function type(el: TherapyFaq, text: string): Promise<void> {
  $<HTMLInputElement>(el, 'input[type="search"]').focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<therapy-faq> with 1,000 items', () => {
  let log: Captured;
  beforeEach(() => {
    log = captureConsole();
  });
  afterEach(() => log.restore());

  it('has every item in the page when it first reports rendered, so the last is reachable at once', async () => {
    const el = await mountLarge();
    expect($$(el, '.disclosure[id^="faq-item-"]').length).to.equal(COUNT);
    const last = $(el, '#faq-item-999');
    expect(last.textContent).to.contain('Question 999: what about sessions?');
    // An item far off screen, never laid out, holds the height of a real one-line item.
    const first = $(el, '#faq-item-0').getBoundingClientRect().height;
    expect(Math.abs(last.getBoundingClientRect().height - first)).to.be.below(1);
    expect(log.warnings).to.deep.equal([]);
  });

  it('opens a deep-linked item at the end of the list at once', async () => {
    const el = await mountLarge();
    const item = await el.reveal('item-999');
    expect(item?.id).to.equal('faq-item-999');
    expect($(el, '#faq-item-999-button').getAttribute('aria-expanded')).to.equal('true');
  });

  it('highlights one typed letter without adding a single <mark>', async () => {
    const el = await mountLarge();
    const inItems = (): number => el.shadowRoot!.querySelectorAll('.disclosure *').length;
    const nodes = inItems();
    await type(el, 's');
    expect(markTexts(el)).to.deep.equal([]);
    if (HIGHLIGHTS) {
      // The questions near the viewport have their "s"s highlighted, not a thousand far away;
      // the items hold the same elements.
      await frames(() => highlightedTexts(el).length > 0);
      const texts = highlightedTexts(el);
      expect(texts.length).to.be.above(0);
      expect(texts.every((text) => /^s+$/i.test(text))).to.equal(true);
      const items = new Set(highlightedIn(el).map((node) => node.closest('.disclosure')!.id));
      expect(items).to.include($$(el, '.disclosure')[0]!.id);
      expect(items).not.to.include('faq-item-999');
      expect(items.size).to.be.below(COUNT / 2);
      expect(inItems()).to.equal(nodes);
      // Ranges in a shadow root are painted by the shadow root's own ::highlight() rule.
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const selectors = rules.map((rule) => (rule as CSSStyleRule).selectorText ?? '');
      expect(selectors).to.include('::highlight(therapy-faq-match)');
    }
  });

  it('highlights the matches of an item as it scrolls into view', async () => {
    const el = await mountLarge();
    await searchFor(el, 'sessions');
    if (!HIGHLIGHTS) {
      // Without the API, <mark>s in every shown question (the term is long enough).
      expect($(el, '#faq-item-999 mark').textContent).to.equal('sessions');
      return;
    }
    const highlightedItems = (): Set<string> =>
      new Set(highlightedIn(el).map((node) => node.closest('.disclosure')!.id));
    await frames(() => highlightedItems().has('faq-item-0'));
    expect(highlightedItems()).not.to.include('faq-item-999');
    $(el, '#faq-item-999').scrollIntoView();
    await frames(() => highlightedItems().has('faq-item-999'));
    expect(highlightedItems()).to.include('faq-item-999');
    expect(highlightedItems()).not.to.include('faq-item-0');
    expect(highlightedTexts(el).every((text) => text === 'sessions')).to.equal(true);
  });

  it('highlights the list again after a search that found nothing', async () => {
    const el = await mountLarge();
    await searchFor(el, 'zzzz');
    expect($$(el, '.disclosure').length).to.equal(0);
    await searchFor(el, 'sessions');
    await frames(() => highlightedTexts(el).length > 0);
    expect(highlightedTexts(el).length).to.be.above(0);
    expect(highlightedIn(el).every((node) => node.isConnected)).to.equal(true);
    if (!HIGHLIGHTS) return;
    expect(highlightedTexts(el).every((text) => text === 'sessions')).to.equal(true);
  });

  it('highlights a longer query in the questions, and in an answer once it is open', async () => {
    const el = await mountLarge();
    await type(el, 'walrus');
    expect($$(el, '.disclosure').length, $<HTMLInputElement>(el, 'input').value).to.equal(COUNT);
    // Answers are closed: nothing the reader cannot see is highlighted.
    expect(highlightedTexts(el)).to.deep.equal([]);
    $<HTMLButtonElement>(el, '#faq-item-3-button').click();
    await el.updateComplete;
    expect(highlightedTexts(el)).to.deep.equal(['walrus']);
    expect(highlightedIn(el)[0]!.closest('.disclosure')!.id).to.equal('faq-item-3');
  });
});
