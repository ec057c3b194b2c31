/**
 * Reflow (WCAG 1.4.10) and text spacing (1.4.12) with realistic, long values: a 41-character
 * email, a long practice name and a long override, at 320 px, in every engine. Nothing may
 * need sideways scrolling, and links and buttons wrap.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { applyInside, layoutProblems, TEXT_SPACING } from '../support/checks.js';
import { definedWidgets, mountWidget, onNarrowScreen, settle } from '../support/widgets.js';

const LONG = {
  email: 'appointments.and.questions@calmharbour.example',
  'practice-name': 'The Calm Harbour Counselling and Psychotherapy Partnership of North Riverside',
  'booking-url': 'https://calm-harbour.example/book-your-first-appointment-online',
};

/** How far anything inside the element reaches past its frame, in px (0 when nothing does). */
function overflowPx(el: Element): number {
  const frame = el.parentElement!.getBoundingClientRect();
  let worst = 0;
  const walk = (root: ShadowRoot) => {
    for (const node of root.querySelectorAll('*')) {
      const box = node.getBoundingClientRect();
      if (box.width === 0 || node.closest('.visually-hidden')) continue;
      worst = Math.max(worst, box.right - frame.right, frame.left - box.left);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return Math.round(worst);
}

describe('reflow at 320 px with long values', () => {
  const narrow = onNarrowScreen();

  for (const spec of definedWidgets()) {
    for (const spacing of [false, true]) {
      it(`<${spec.tag}>${spacing ? ' with WCAG text spacing' : ''}: nothing reaches past 320 px`, async () => {
        for (const lang of ['en', 'es']) {
          const { el } = await mountWidget(spec, { style: 'width: 320px', attributes: { ...LONG, lang } });
          const undo = spacing ? applyInside(el, TEXT_SPACING) : () => {};
          try {
            await settle(el);
            expect(overflowPx(el), `${lang}: px past the frame`).to.equal(0);
            expect(layoutProblems(el, el.parentElement!), lang).to.deep.equal([]);
            if (narrow.resized()) expect(document.documentElement.scrollWidth, lang).to.be.at.most(320);
          } finally {
            undo();
          }
        }
      });
    }
  }
});
