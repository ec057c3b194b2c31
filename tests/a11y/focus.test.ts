/**
 * Where focus goes (WCAG 2.4.3): after every deep link, focus is on the target's heading or
 * control, inside the widget and on screen, so the next Tab continues from there and a
 * screen reader reads the target. The URL never changes on its own.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { LitElement } from 'lit';
import { deepActiveElement, settle } from '../support/widgets.js';

const CASES: readonly {
  fragment: string;
  tag: string;
  expect: (active: Element) => boolean;
  what: string;
}[] = [
  {
    fragment: '#guide-first-session',
    tag: 'therapy-guide',
    what: 'the first-session stage heading',
    expect: (a) => a.id === 'heading-first-session',
  },
  {
    fragment: '#guide-prepare',
    tag: 'therapy-guide',
    what: 'the prep sheet heading',
    expect: (a) => a.id === 'prep-heading',
  },
  {
    fragment: '#confidentiality-limits',
    tag: 'therapy-confidentiality',
    what: 'the "limits" section button',
    expect: (a) => a.localName === 'button' && !!a.closest('#confidentiality-limits, [id$="limits"]'),
  },
  {
    fragment: '#confidentiality-court',
    tag: 'therapy-confidentiality',
    what: 'the "court" situation',
    expect: (a) => a instanceof HTMLInputElement && a.type === 'radio' && a.value === 'court' && a.checked,
  },
  {
    fragment: '#faq-cost',
    tag: 'therapy-faq',
    what: 'the cost question',
    expect: (a) =>
      a.localName === 'button' && a.getAttribute('aria-expanded') === 'true' && !!a.closest('#faq-cost'),
  },
];

function onScreen(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
}

describe('focus follows deep links', () => {
  afterEach(() => history.replaceState(history.state, '', location.pathname + location.search));

  for (const c of CASES) {
    it(`a link to ${c.fragment} moves focus to ${c.what}, on screen, and keeps the URL`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <p><a href=${c.fragment}>Jump</a></p>
          <div style="height: 150vh"></div>
        </div>`,
      );
      const el = document.createElement(c.tag) as LitElement;
      el.setAttribute('jurisdiction', 'us');
      wrapper.append(el);
      await settle(el);
      const link = wrapper.querySelector('a')!;
      link.focus();
      link.click();
      await waitUntil(() => deepActiveElement() !== link, `focus stayed on the link for ${c.fragment}`, {
        timeout: 3000,
      });
      const active = deepActiveElement()!;
      expect(active.getRootNode(), 'focus is inside the widget').to.equal(el.shadowRoot);
      expect(c.expect(active), `focused ${active.localName}#${active.id}`).to.be.true;
      await waitUntil(() => onScreen(active), 'the focused target is scrolled into view', { timeout: 3000 });
      expect(location.hash).to.equal(c.fragment);
    });
  }

  it('a malformed fragment leaves focus and the page alone', async () => {
    const el = await fixture<LitElement>(html`<therapy-guide></therapy-guide>`);
    await settle(el);
    const before = deepActiveElement();
    location.hash = '#guide-%E0%A4%A';
    await new Promise((r) => setTimeout(r, 200));
    expect(deepActiveElement()).to.equal(before);
  });
});
