import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PracticeElement } from '../../src/core/practice-element.js';
import { $, captureConsole, textOf } from '../support/helpers.js';

const TAGS = ['therapy-faq', 'therapy-guide', 'therapy-confidentiality', 'therapy-crisis'] as const;

describe('robustness', () => {
  it('renders elements that were in the page before the module, and ones created after', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/tests/fixtures/upgrade.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      const win = frame.contentWindow!;
      await waitUntil(() => TAGS.every((tag) => win.customElements.get(tag)), 'defined', { timeout: 10_000 });
      for (const tag of TAGS) {
        const later = doc.createElement(tag);
        later.setAttribute('practice-name', 'After');
        doc.body.append(later);
      }
      await waitUntil(
        () =>
          [...doc.querySelectorAll(TAGS.join(','))].every(
            (el) => (el.shadowRoot?.textContent?.length ?? 0) > 100,
          ),
        'all eight render',
      );
      expect(doc.querySelectorAll(TAGS.join(','))).to.have.length(8);
    } finally {
      frame.remove();
    }
  });

  it('keeps its state and follows its new place when moved between parents', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <section id="a"><therapy-faq></therapy-faq></section>
        <section id="b" lang="es"></section>
      </div>`,
    );
    const faq = root.querySelector('therapy-faq') as PracticeElement;
    const crisis = document.createElement('therapy-crisis');
    root.querySelector('#a')!.append(crisis);
    await faq.updateComplete;
    const input = $<HTMLInputElement>(faq, 'input[type="search"]');
    input.value = 'cost';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(faq, '#faq-cost-button').click();
    await faq.updateComplete;
    let toggles = 0;
    faq.addEventListener('therapy-toggle', () => toggles++);

    root.querySelector('#b')!.append(faq, crisis);
    await aTimeout(0);
    await faq.updateComplete;
    await crisis.updateComplete;
    expect($(crisis, 'h2').textContent).to.equal('Si necesitas ayuda ahora');
    expect($(faq, 'label').textContent, 'speaks its new parent’s language').to.equal(
      'Buscar en las preguntas',
    );
    expect($<HTMLInputElement>(faq, 'input[type="search"]').value, 'keeps what was typed').to.equal('cost');
    expect($(faq, '#faq-cost-button').getAttribute('aria-expanded')).to.equal('true');
    $<HTMLButtonElement>(faq, '#faq-cost-button').click();
    await faq.updateComplete;
    expect(toggles, 'one listener, not two').to.equal(1);
  });

  describe('changing attributes at runtime re-renders', () => {
    const changes: Record<(typeof TAGS)[number], [string, string][]> = {
      'therapy-crisis': [
        ['practice-name', 'Calm Harbour'],
        ['jurisdiction', 'uk'],
        ['lang', 'es'],
        ['heading-level', '4'],
        ['theme', 'dark'],
        ['variant', 'line'],
      ],
      'therapy-faq': [
        ['practice-name', 'Calm Harbour'],
        ['jurisdiction', 'uk'],
        ['lang', 'es'],
        ['session-minutes', '30'],
        ['format', 'online'],
        ['booking-url', '/book'],
        ['contact-url', '/contact'],
        ['phone', '555 0100'],
        ['email', 'a@example.org'],
        ['heading-level', '3'],
        ['theme', 'dark'],
        ['categories', 'cost'],
        ['include', 'cost insurance'],
        ['exclude', 'insurance'],
        ['single', ''],
      ],
      'therapy-guide': [
        ['practice-name', 'Calm Harbour'],
        ['jurisdiction', 'uk'],
        ['lang', 'es'],
        ['session-minutes', '30'],
        ['format', 'in-person'],
        ['booking-url', '/book'],
        ['heading-level', '3'],
        ['theme', 'dark'],
        ['include', 'before first-session ending'],
        ['exclude', 'ending'],
        ['start', 'first-session'],
        ['crisis', 'off'],
      ],
      'therapy-confidentiality': [
        ['practice-name', 'Calm Harbour'],
        ['jurisdiction', 'uk'],
        ['lang', 'es'],
        ['policy-url', '/privacy'],
        ['contact-url', '/contact'],
        ['heading-level', '3'],
        ['theme', 'dark'],
        ['include', 'limits rights drugs court'],
        ['exclude', 'court'],
        ['crisis', 'off'],
      ],
    };
    for (const tag of TAGS) {
      it(`<${tag}>: every attribute, one after another`, async () => {
        const log = captureConsole();
        try {
          const el = document.createElement(tag) as PracticeElement;
          document.body.append(el);
          await el.updateComplete;
          for (const [name, value] of changes[tag]) {
            const before = el.shadowRoot!.innerHTML;
            el.setAttribute(name, value);
            await el.updateComplete;
            await aTimeout(0);
            expect(el.shadowRoot!.innerHTML !== before, `${name}="${value}" changes what shows`).to.equal(
              true,
            );
          }
          expect(textOf(el).length).to.be.above(50);
          el.remove();
        } finally {
          log.restore();
        }
        expect(log.warnings).to.deep.equal([]);
        expect(log.errors).to.deep.equal([]);
      });
    }
  });
});
