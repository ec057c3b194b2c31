/**
 * Practice-written FAQ items are the one place where markup from outside reaches a shadow
 * root. Each hostile case below once got through a clone-and-clean copy; the answer is now
 * built afresh from an allow-list, so none may.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { composeFaq } from '../../src/content/compose.js';
import { FAQ_CONTENT } from '../../src/content/index.js';
import type { TherapyFaq } from '../../src/elements/faq/faq.js';
import { captureConsole, textOf, type Captured } from '../support/helpers.js';

const KEPT = ['p', 'ul', 'ol', 'li', 'em', 'strong', 'b', 'i', 'br', 'a', 'mark'];
const PWN = 'window.__pwned=1';

function pwned(): boolean {
  return (window as { __pwned?: unknown }).__pwned !== undefined;
}

interface Mounted {
  readonly el: TherapyFaq;
  readonly log: Captured;
  readonly uncaught: string[];
  remove(): void;
}

/** Mounts a <therapy-faq> whose light DOM is `items` (markup, or nodes built by the test). */
async function mountFaq(items: string | Node): Promise<Mounted> {
  const log = captureConsole();
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent): number => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent): number => uncaught.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const el = document.createElement('therapy-faq');
  if (typeof items === 'string') {
    const template = document.createElement('template');
    template.innerHTML = items;
    el.append(template.content);
  } else el.append(items);
  document.body.append(el);
  await el.updateComplete;
  return {
    el,
    log,
    uncaught,
    remove() {
      el.remove();
      log.restore();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const panel = (el: TherapyFaq, id: string): HTMLElement => el.shadowRoot!.querySelector(`#faq-${id}-panel`)!;
const ids = (el: TherapyFaq): string[] =>
  [...el.shadowRoot!.querySelectorAll('.disclosure')].map((d) => d.id.replace(/^faq-/, ''));

/** Opens an item and returns its practice answer (our copy). */
async function open(el: TherapyFaq, id: string): Promise<HTMLElement> {
  expect(await el.reveal(id), `item ${id} exists`).to.exist;
  return panel(el, id).querySelector<HTMLElement>('.practice')!;
}

/** Every element of our copy is one we make, with at most href and part. */
function expectOnlyOurs(answer: HTMLElement): void {
  for (const node of answer.querySelectorAll('*')) {
    expect(KEPT, `<${node.localName}> in the answer`).to.include(node.localName);
    expect(node.namespaceURI).to.equal('http://www.w3.org/1999/xhtml');
    const names = node.getAttributeNames().filter((name) => !['href', 'part'].includes(name));
    expect(names, `attributes of <${node.localName}>`).to.deep.equal([]);
  }
}

describe('hostile markup in practice FAQ items', () => {
  let mounted: Mounted | undefined;
  afterEach(() => {
    mounted?.remove();
    mounted = undefined;
    delete (window as { __pwned?: unknown }).__pwned;
  });

  it('SVG <set> and <animate> cannot turn a link into javascript:', async () => {
    mounted = await mountFaq(`<details id="svg-link"><summary>A drawing?</summary>
      <svg width="200" height="40"><a href="#faq-cost">
        <set attributeName="href" to="javascript:${PWN}" begin="0s"></set>
        <animate attributeName="href" values="javascript:${PWN}" dur="1s" repeatCount="indefinite"></animate>
        <text x="0" y="20">Click me</text></a></svg>
      <p><a href="#faq-svg-link"><svg><set attributeName="href" to="javascript:${PWN}"></set></svg>Safe link</a></p>
    </details>`);
    const answer = await open(mounted.el, 'svg-link');
    expectOnlyOurs(answer);
    expect(mounted.el.shadowRoot!.querySelector('svg, set, animate')?.localName).to.equal(undefined);
    expect(textOf(answer)).to.contain('Click me');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    for (const link of answer.querySelectorAll('a')) {
      expect(link.getAttribute('href')).to.match(/^#/);
      link.click();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pwned(), 'no script ran').to.equal(false);
    expect(mounted.uncaught).to.deep.equal([]);
  });

  it('a <slot> cannot show the original, uncleaned children inside an answer', async () => {
    mounted = await mountFaq(`<details id="slotted"><summary>Slotted?</summary>
        <slot></slot><slot name="named"><b>Fallback words</b></slot><p>Our answer.</p></details>
      <details id="raw"><summary>Raw?</summary><a href="javascript:${PWN}" slot="named">Raw link</a></details>`);
    const answer = await open(mounted.el, 'slotted');
    expectOnlyOurs(answer);
    expect(mounted.el.shadowRoot!.querySelector('slot')?.localName).to.equal(undefined);
    for (const child of mounted.el.querySelectorAll('*')) {
      expect(child.assignedSlot?.localName, `<${child.localName}> is not slotted`).to.equal(undefined);
    }
    expect(textOf(answer)).to.equal('Fallback words Our answer.');
    expect(mounted.el.shadowRoot!.querySelector('a[href^="javascript"]')?.localName).to.equal(undefined);
  });

  it('form fields named like DOM properties neither smuggle a <form> nor blank the FAQ', async () => {
    const names = [
      'localName',
      'cloneNode',
      'childNodes',
      'nodeType',
      'firstChild',
      'nextSibling',
      'namespaceURI',
      'getAttribute',
      'attributes',
      'textContent',
      'append',
      'querySelector',
    ];
    mounted = await mountFaq(`<details id="fields"><summary>A form?</summary>
        <form action="/steal" method="post">${names.map((name) => `<input name="${name}">`).join('')}
        <label>Words inside the form.</label><button formaction="javascript:${PWN}">Send</button></form></details>
      <details id="after"><summary>After the form?</summary><p>Still here.</p></details>`);
    const { el } = mounted;
    expect(ids(el)).to.include.members(['fields', 'after']);
    // Every item a FAQ with no settings shows (the defaults and the questions about the practice), and the two.
    const shown = composeFaq({
      locale: 'en',
      settings: { jurisdiction: 'generic', format: 'both' },
      facts: {},
    });
    expect(ids(el)).to.have.length(shown.items.length + 2);
    const answer = await open(el, 'fields');
    expectOnlyOurs(answer);
    expect(el.shadowRoot!.querySelector('form, [formaction]')?.localName).to.equal(undefined);
    expect(answer.querySelector('input, button')?.localName).to.equal(undefined);
    expect(textOf(answer)).to.contain('Words inside the form.');
    expect(textOf(await open(el, 'after'))).to.equal('Still here.');
    expect(mounted.uncaught).to.deep.equal([]);
    expect(mounted.log.errors).to.deep.equal([]);
  });

  it('ping, srcset, poster and background make no request', async () => {
    // The original <video> in the page fetches its poster even unrendered (that is the page's
    // own markup), so for poster the proof is that our copy has no element that could.
    const { origin } = (await executeServerCommand<{ origin: string }, undefined>('fixture-server'))!;
    await executeServerCommand('fixture-requests');
    const probe = (name: string): string => `${origin}/__hostile/${name}.png`;
    mounted = await mountFaq(`<details id="requests"><summary>Pictures?</summary>
      <p><a href="#faq-requests" ping="${probe('ping')}">A link that pings</a></p>
      <img loading="lazy" srcset="${probe('srcset')} 1x" alt="">
      <picture><source srcset="${probe('source')}"><img loading="lazy" alt=""></picture>
      <video poster="${origin}/__page/poster.png" preload="none" width="100" height="60"></video>
      <table background="${probe('background')}"><tr><td background="${probe('cell')}">A cell</td></tr></table>
    </details>`);
    const answer = await open(mounted.el, 'requests');
    expectOnlyOurs(answer);
    answer.querySelector('a')!.click();
    // Two frames and a pause: long enough for a rendered image or background to be asked for.
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const requests = (await executeServerCommand<string[], undefined>('fixture-requests'))!;
    expect(requests.filter((r) => r.startsWith('/__hostile/'))).to.deep.equal([]);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => name.includes('/__hostile/'))).to.deep.equal([]);
    expect(textOf(answer)).to.contain('A cell');
    expect(
      mounted.el.shadowRoot!.querySelector('video, [poster], [srcset], [background], [ping]')?.localName,
    ).to.equal(undefined);
  });

  it('ids in practice markup can neither hijack deep links nor collide with the widget', async () => {
    mounted = await mountFaq(`<details id="cost-button"><summary>Is a button extra?</summary>
        <p id="search">Not the search field.</p><a id="faq-cost" name="faq-cost" href="#faq-crisis">Not the cost item</a>
        <span id="faq-cost-panel">Nor its panel.</span><h3 id="topic-cost">Nor a topic.</h3></details>`);
    const { el } = mounted;
    const all = [...el.shadowRoot!.querySelectorAll('[id]')].map((node) => node.id);
    expect(
      all.filter((id, i) => all.indexOf(id) !== i),
      'no id twice',
    ).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('#search')!.localName).to.equal('input');
    const answer = await open(el, 'is-a-button-extra');
    expect(answer.querySelector('[id], [name]')?.localName).to.equal(undefined);
    expectOnlyOurs(answer);
    const target = await el.reveal('cost');
    expect(target!.querySelector('.disclosure-button')!.textContent).to.contain(
      FAQ_CONTENT.en.items.find((i) => i.id === 'cost')!.question,
    );
    expect(mounted.log.warnings.some((w) => w.includes('has id "cost-button"'))).to.equal(true);
  });

  it('10,000-deep nesting renders its text, with our copy kept shallow', async () => {
    const details = document.createElement('details');
    details.id = 'deep';
    const summary = document.createElement('summary');
    summary.textContent = 'Deep?';
    details.append(summary);
    let at: Element = details;
    for (let i = 0; i < 10_000; i++) {
      const child = document.createElement(i % 3 === 0 ? 'div' : i % 3 === 1 ? 'em' : 'span');
      at.append(child);
      at = child;
    }
    at.append('The deepest answer.');
    mounted = await mountFaq(details);
    const answer = await open(mounted.el, 'deep');
    expect(textOf(answer)).to.equal('The deepest answer.');
    let depth = 0;
    for (let node = answer.firstElementChild; node; node = node.firstElementChild) depth++;
    expect(depth).to.be.at.most(16);
    expect(mounted.uncaught).to.deep.equal([]);
  });

  it('takes the question from <summary> as text only', async () => {
    mounted =
      await mountFaq(`<details id="parking"><summary>Is there <b>parking</b><img src="data:," onerror="${PWN}"><script>${PWN}</script>?</summary>
      <p>Yes.</p></details>`);
    const button = mounted.el.shadowRoot!.querySelector('#faq-parking-button')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Is there parking?');
    expect(mounted.el.shadowRoot!.querySelector('img, script, b')?.localName).to.equal(undefined);
  });

  it('a link to another site by protocol-relative or backslash URL shows as text, with a warning', async () => {
    mounted = await mountFaq(`<details id="links"><summary>Links?</summary>
      <p><a href="//other.example/x">One</a> <a href="\\\\other.example">Two</a> <a href="/\\other.example">Three</a>
      <a href="javascript:${PWN}">Four</a> <a href="/fees" target="_blank" ping="/p">Fees</a></p></details>`);
    const answer = await open(mounted.el, 'links');
    expectOnlyOurs(answer);
    expect([...answer.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '/fees',
    ]);
    expect(answer.querySelector('a[href]')!.getAttribute('part')).to.equal('link');
    await waitUntil(() => mounted!.log.warnings.length >= 4, 'one warning per refused link');
    expect(
      mounted.log.warnings.filter((w) => /^<therapy-faq>: a link in the item "Links\?" has href/.test(w)),
    ).to.have.length(4);
  });
});
