/**
 * Screen-reader transcripts: @guidepup/virtual-screen-reader, started inside the widget's
 * shadow root, records what it would say while the real keyboard tabs through the widget.
 * Kept as reviewed snapshots per engine (tab order differs: WebKit skips links by default).
 * One widget per test file: in Firefox the reader follows focus only in a page's first run.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { compareSnapshot, sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { settle } from './widgets.js';

const engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

async function mountForTranscript(tag: string): Promise<LitElement> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: 60em">
      <button id="before">Before</button>
    </div>`,
  );
  const el = document.createElement(tag) as LitElement;
  el.setAttribute('jurisdiction', 'uk');
  el.setAttribute('practice-name', 'Calm Harbour Therapy');
  el.setAttribute('booking-url', 'https://calm-harbour.example/book');
  el.setAttribute('phone', '+44 20 7946 0000');
  wrapper.append(el);
  await settle(el);
  return el;
}

/** Checks a transcript has no stray spaces in what is said, and matches its reviewed snapshot. */
async function checkTranscript(name: string, spoken: readonly string[]): Promise<void> {
  expect(spoken.length).to.be.above(3);
  for (const phrase of spoken) expect(phrase, phrase).not.to.match(/\s[:;,.!?](\s|$)|\s{2}/);
  await compareSnapshot({ name, content: spoken.join('\n') });
}

/** Declares the transcript tests of one widget. */
export function transcriptTest(tag: string): void {
  describe('screen-reader transcripts', () => {
    it(`<${tag}>: reading it from top to bottom`, async () => {
      const el = await mountForTranscript(tag);
      await virtual.start({ container: el.shadowRoot!.firstElementChild as HTMLElement });
      try {
        let last = '';
        for (let i = 0; i < 400; i++) {
          await virtual.next();
          const phrase = (await virtual.lastSpokenPhrase()) ?? '';
          if (phrase === 'end of document' || phrase === last) break;
          last = phrase;
        }
        await checkTranscript(`${tag}-reading`, await virtual.spokenPhraseLog());
      } finally {
        await virtual.stop();
      }
    });

    // Firefox delivers no focus events to a test page whose window is not in front, so the
    // reader cannot follow the real Tab key there; reading order (above) covers it.
    if (engine === 'firefox') return;
    it(`<${tag}>: tabbing through it`, async () => {
      const el = await mountForTranscript(tag);
      el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      await virtual.start({ container: el.shadowRoot!.firstElementChild as HTMLElement });
      try {
        // Tab until focus leaves the widget (or a generous bound).
        for (let i = 0; i < 60; i++) {
          await sendKeys({ press: 'Tab' });
          await new Promise((r) => setTimeout(r, 30));
          if (!el.matches(':focus-within') && i > 0) break;
        }
        await checkTranscript(`${tag}-tabbing-${engine}`, await virtual.spokenPhraseLog());
      } finally {
        await virtual.stop();
      }
    });
  });
}
