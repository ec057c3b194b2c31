/**
 * Screen-reader transcripts: @guidepup/virtual-screen-reader, started inside each widget's
 * shadow root, records what it would say while the real keyboard tabs through the widget.
 * Kept as reviewed snapshots per engine (tab order differs: WebKit skips links by default).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { compareSnapshot, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { LitElement } from 'lit';
import { settle } from '../support/widgets.js';

const engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

const TAGS = ['therapy-faq', 'therapy-guide', 'therapy-confidentiality', 'therapy-crisis'] as const;

describe('screen-reader transcripts (tabbing through each widget)', () => {
  for (const tag of TAGS) {
    it(`<${tag}>`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 60em">
        <button id="before">Before</button>
      </div>`);
      const el = document.createElement(tag) as LitElement;
      el.setAttribute('jurisdiction', 'uk');
      el.setAttribute('practice-name', 'Calm Harbour Therapy');
      el.setAttribute('booking-url', 'https://calm-harbour.example/book');
      el.setAttribute('phone', '+44 20 7946 0000');
      wrapper.append(el);
      await settle(el);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await virtual.start({ container: el.shadowRoot!.firstElementChild as HTMLElement });
      try {
        // Tab until focus leaves the widget (or a generous bound).
        for (let i = 0; i < 60; i++) {
          await sendKeys({ press: 'Tab' });
          await new Promise((r) => setTimeout(r, 30));
          if (!el.matches(':focus-within') && i > 0) break;
        }
        const spoken = await virtual.spokenPhraseLog();
        expect(spoken.length).to.be.above(1);
        for (const phrase of spoken) expect(phrase, phrase).not.to.match(/\s[:;,.!?](\s|$)|\s{2}/);
        await compareSnapshot({ name: `${tag}-${engine}`, content: spoken.join('\n') });
      } finally {
        await virtual.stop();
      }
    });
  }
});
