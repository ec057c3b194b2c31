import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { applyInside, layoutProblems, smallTargets, TEXT_SPACING } from '../support/checks.js';
import {
  addStyle,
  onNarrowScreen,
  definedWidgets,
  mountWidget,
  settle,
  type MountOptions,
  type WidgetSpec,
} from '../support/widgets.js';

type Side = 'left' | 'right';

const one = (el: Element, selector: string): Element => {
  const found = el.shadowRoot!.querySelector(selector);
  if (!found) throw new Error(`No ${selector} in <${el.localName}>`);
  return found;
};
const all = (el: Element, selector: string): Element[] => [...el.shadowRoot!.querySelectorAll(selector)];
const box = (el: Element) => el.getBoundingClientRect();
/** Which side of two boxes the first one is on. */
const sideOf = (a: Element, b: Element): Side => (box(a).left < box(b).left ? 'left' : 'right');
/** The side with the thicker border: where an accent edge is drawn. */
const thickEdge = (el: Element): Side => {
  const s = getComputedStyle(el);
  return parseFloat(s.borderLeftWidth) > parseFloat(s.borderRightWidth) ? 'left' : 'right';
};
/** The side the element's own text hugs. */
const textSide = (el: Element): Side => {
  const range = document.createRange();
  range.selectNodeContents(el);
  const [text, own] = [range.getBoundingClientRect(), box(el)];
  return text.left - own.left < own.right - text.right ? 'left' : 'right';
};

/**
 * Where each thing that starts a line sits: all "left" on a left-to-right page, all "right"
 * when the page is right to left.
 */
const START_SIDES: Readonly<Record<string, (el: Element) => Record<string, Side>>> = {
  'therapy-crisis': (el) => ({
    heading: textSide(one(el, '[part~="heading"]')),
    'accent edge': thickEdge(one(el, '.notice')),
  }),
  'therapy-faq': (el) => ({
    heading: textSide(one(el, '[part~="heading"]')),
    'question before its chevron': sideOf(one(el, '.disclosure-label'), one(el, '.chevron')),
    'first topic': sideOf(all(el, '.filters button')[0]!, all(el, '.filters button')[1]!),
  }),
  'therapy-guide': (el) => ({
    heading: textSide(one(el, '[part~="heading"]')),
    'first stage': sideOf(all(el, '[role="tab"]')[0]!, all(el, '[role="tab"]')[1]!),
    'previous before next': sideOf(one(el, '.pager .previous'), one(el, '.pager .next')),
    'bullets of a list': (() => {
      const s = getComputedStyle(one(el, '[role="tabpanel"]:not([hidden]) ul'));
      return parseFloat(s.paddingLeft) > parseFloat(s.paddingRight) ? 'left' : 'right';
    })(),
    'tick before its words': sideOf(one(el, '.tick input'), one(el, '.tick span')),
  }),
  'therapy-confidentiality': (el) => ({
    heading: textSide(one(el, '[part~="heading"]')),
    'section title before its chevron': sideOf(one(el, '.disclosure-label'), one(el, '.chevron')),
    'chosen situation edge': thickEdge(one(el, '.choice:has(:checked)')),
    'radio before its words': sideOf(one(el, '.choice input'), one(el, '.choice span')),
  }),
};

/** The states worth laying out: the fullest one, in English and Spanish, and the FAQ mid-search. */
async function layouts(spec: WidgetSpec, options: MountOptions): Promise<LitElement[]> {
  const shown: LitElement[] = [];
  for (const lang of ['en', 'es']) {
    const { el } = await mountWidget(spec, { ...options, attributes: { lang } });
    shown.push(el);
  }
  if (spec.tag === 'therapy-faq') {
    const { el } = await mountWidget(spec, { ...options, plain: true });
    const input = one(el, 'input') as HTMLInputElement;
    input.value = 'first session';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    shown.push(el);
  }
  return shown;
}

describe('theming: other layouts', () => {
  describe('right to left', () => {
    for (const spec of definedWidgets()) {
      it(`<${spec.tag}> mirrors its layout on a right-to-left page`, async () => {
        const sides = START_SIDES[spec.tag]!;
        const { el: ltr } = await mountWidget(spec, { style: 'width: 800px' });
        const { el: rtl } = await mountWidget(spec, {
          style: 'width: 800px',
          wrapperAttributes: { dir: 'rtl' },
        });
        const left = sides(ltr);
        expect(
          Object.values(left).every((side) => side === 'left'),
          JSON.stringify(left),
        ).to.be.true;
        expect(sides(rtl)).to.deep.equal(Object.fromEntries(Object.keys(left).map((k) => [k, 'right'])));
        expect(layoutProblems(rtl, rtl.parentElement!)).to.deep.equal([]);
      });
    }

    if (customElements.get('therapy-guide')) {
      it('<therapy-guide> on a narrow right-to-left screen marks the current stage on the right', async () => {
        const spec = definedWidgets().find((w) => w.tag === 'therapy-guide')!;
        const { el: ltr } = await mountWidget(spec, { style: 'width: 320px' });
        const { el: rtl } = await mountWidget(spec, {
          style: 'width: 320px',
          wrapperAttributes: { dir: 'rtl' },
        });
        const current = '[role="tab"][aria-selected="true"]';
        expect(thickEdge(one(ltr, current))).to.equal('left');
        expect(thickEdge(one(rtl, current))).to.equal('right');
        const corners = (el: Element) => {
          const s = getComputedStyle(one(el, current));
          return [parseFloat(s.borderTopLeftRadius) > 0, parseFloat(s.borderTopRightRadius) > 0];
        };
        expect(corners(ltr)).to.deep.equal([false, true]);
        expect(corners(rtl)).to.deep.equal([true, false]);
      });
    }
  });

  describe('a 320 px wide screen', () => {
    const narrow = onNarrowScreen();

    for (const spec of definedWidgets()) {
      it(`<${spec.tag}> needs no sideways scrolling, cuts off no text and overlaps nothing`, async () => {
        for (const el of await layouts(spec, { style: 'width: 320px' })) {
          const frame = el.parentElement!;
          expect(layoutProblems(el, frame), `${el.getAttribute('lang')}`).to.deep.equal([]);
          expect(smallTargets(el)).to.deep.equal([]);
          if (narrow.resized()) expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
        }
      });
    }
  });

  describe('200% zoom (a 640 px wide box at twice the text size)', () => {
    for (const spec of definedWidgets()) {
      it(`<${spec.tag}> needs no sideways scrolling, cuts off no text and overlaps nothing`, async () => {
        for (const el of await layouts(spec, { style: 'width: 640px; font-size: 32px' })) {
          expect(parseFloat(getComputedStyle(one(el, '.root')).fontSize)).to.equal(32);
          expect(layoutProblems(el, el.parentElement!)).to.deep.equal([]);
        }
      });
    }
  });

  describe('text spacing (WCAG 1.4.12)', () => {
    for (const spec of definedWidgets()) {
      it(`<${spec.tag}>: a rule on the element wins over its reset, while the body's spacing stays out`, async () => {
        const removeBody = addStyle('body { letter-spacing: 0.3em; word-spacing: 0.4em; }');
        try {
          const { el } = await mountWidget(spec);
          const intro = one(el, '[part~="intro"]');
          expect(getComputedStyle(intro).letterSpacing).to.be.oneOf(['normal', '0px']);
          const removeRule = addStyle(`${spec.tag} { letter-spacing: 0.12em; word-spacing: 0.16em; }`);
          try {
            // The spacing is set in em on the element, so it reaches everything inside at that size.
            const size = parseFloat(getComputedStyle(el).fontSize);
            for (const node of [intro, ...all(el, 'button, input[type="search"], textarea, a')]) {
              const s = getComputedStyle(node);
              expect(parseFloat(s.letterSpacing), `letter-spacing of ${node.localName}`).to.be.closeTo(
                0.12 * size,
                0.05,
              );
              expect(parseFloat(s.wordSpacing), `word-spacing of ${node.localName}`).to.be.closeTo(
                0.16 * size,
                0.05,
              );
            }
          } finally {
            removeRule();
          }
        } finally {
          removeBody();
        }
      });

      for (const width of [320, 800]) {
        it(`<${spec.tag}> at ${width} px: spaced-out text is not cut off, squeezed or overlapping`, async () => {
          for (const el of await layouts(spec, { style: `width: ${width}px` })) {
            const undo = applyInside(el, TEXT_SPACING);
            try {
              await settle(el);
              expect(parseFloat(getComputedStyle(one(el, '[part~="intro"]')).letterSpacing)).to.be.above(1.5);
              expect(layoutProblems(el, el.parentElement!)).to.deep.equal([]);
            } finally {
              undo();
            }
          }
        });
      }
    }
  });
});
