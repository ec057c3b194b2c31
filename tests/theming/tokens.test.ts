import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { parseColor } from '../support/color.js';
import {
  deepActiveElement,
  deepElements,
  definedWidgets,
  documentedContract,
  mountWidget,
  sheetText,
  tokenNames,
  tokensRead,
  type WidgetSpec,
} from '../support/widgets.js';

/** A distinct value for every documented token, so each reading can be traced to its token. */
const VALUES: Readonly<Record<string, string>> = {
  '--therapy-font-family': 'Georgia, serif',
  '--therapy-font-size': '20px',
  '--therapy-line-height': '1.8',
  '--therapy-color-text': 'rgb(20, 40, 60)',
  '--therapy-color-muted': 'rgb(70, 60, 50)',
  '--therapy-color-accent': 'rgb(120, 20, 90)',
  '--therapy-color-on-accent': 'rgb(250, 240, 200)',
  '--therapy-color-surface': 'rgb(230, 240, 250)',
  '--therapy-color-border': 'rgb(90, 100, 110)',
  '--therapy-radius': '7px',
  '--therapy-space': '13px',
  '--therapy-max-width': '555px',
};
const TOKENS_STYLE = Object.entries(VALUES)
  .map(([name, value]) => `${name}: ${value}`)
  .join('; ');

/** A colour as `rgb(r, g, b)` or `rgba(r, g, b, a)`, rounded, whatever syntax the engine returned. */
function colour(css: string): string {
  const [r, g, b, a] = parseColor(css).map((v, i) => (i < 3 ? Math.round(v) : Math.round(v * 100) / 100));
  return a === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${a})`;
}

interface Reading {
  readonly token: string;
  readonly what: string;
  readonly value: string;
}

/** What each token should show as, in the same form as `readings`. */
function expected(token: string, what: string): string {
  const value = VALUES[token]!;
  if (token === '--therapy-font-family') return 'georgia';
  if (token === '--therapy-line-height') return '1.80';
  if (what.startsWith('divider')) return colour(value).replace('rgb(', 'rgba(').replace(')', ', 0.45)');
  return value.startsWith('rgb') ? colour(value) : value;
}

/** Reads, inside the shadow root, every place a token should show. */
async function readings(el: LitElement, spec: WidgetSpec, before: HTMLElement): Promise<Reading[]> {
  const root = el.shadowRoot!;
  const one = (selector: string): Element => {
    const found = root.querySelector(selector);
    if (!found) throw new Error(`No ${selector} in <${spec.tag}>`);
    return found;
  };
  const style = (selector: string) => getComputedStyle(one(selector));
  const out: Reading[] = [];
  const read = (token: string, what: string, value: string) => out.push({ token, what, value });

  const family = (s: CSSStyleDeclaration) =>
    s.fontFamily.split(',')[0]!.replace(/["']/g, '').trim().toLowerCase();
  for (const selector of [
    '[part~="heading"]',
    '[part~="intro"]',
    'button',
    'input[type="search"], textarea',
  ]) {
    if (root.querySelector(selector))
      read('--therapy-font-family', `font of ${selector}`, family(style(selector)));
  }
  read('--therapy-font-size', 'size of the text', style('.root').fontSize);
  read('--therapy-font-size', 'size of the intro', style('[part~="intro"]').fontSize);
  const intro = style('[part~="intro"]');
  read(
    '--therapy-line-height',
    'line height of the intro',
    (parseFloat(intro.lineHeight) / parseFloat(intro.fontSize)).toFixed(2),
  );
  read('--therapy-color-text', 'colour of the heading', colour(style('[part~="heading"]').color));
  read('--therapy-color-muted', `colour of ${spec.targets.muted}`, colour(style(spec.targets.muted).color));
  read('--therapy-color-accent', `colour of ${spec.targets.link}`, colour(style(spec.targets.link).color));
  for (const selector of spec.targets.onAccent) {
    read('--therapy-color-on-accent', `text on ${selector}`, colour(style(selector).color));
  }
  read(
    '--therapy-color-surface',
    `background of ${spec.targets.surface}`,
    colour(style(spec.targets.surface).backgroundColor),
  );
  read(
    '--therapy-color-border',
    `border of ${spec.targets.border}`,
    colour(style(spec.targets.border).borderTopColor),
  );
  for (const selector of ['.disclosure']) {
    if (root.querySelector(selector)) {
      read('--therapy-color-border', `divider under ${selector}`, colour(style(selector).borderBottomColor));
    }
  }
  read('--therapy-radius', `corner of ${spec.targets.box}`, style(spec.targets.box).borderTopLeftRadius);
  read('--therapy-space', `padding of ${spec.targets.box}`, style(spec.targets.box).paddingTop);
  read('--therapy-max-width', 'widest the content grows', style('.root').maxWidth);
  const width = one('.root').getBoundingClientRect().width;
  read(
    '--therapy-max-width',
    'width in a wide page',
    width <= parseFloat(VALUES['--therapy-max-width']!) + 0.5 ? '555px' : `${width}px`,
  );

  // The focus ring: reached by keyboard from the button before the element.
  before.focus();
  await sendKeys({ press: 'Tab' });
  const focused = deepActiveElement();
  if (!focused || !deepElements(el).includes(focused)) throw new Error(`Tab did not enter <${spec.tag}>`);
  read('--therapy-color-accent', 'focus ring', colour(getComputedStyle(focused).outlineColor));
  return out;
}

async function mountWithButton(
  spec: WidgetSpec,
  theme: string,
  tokens: 'ancestor' | 'element' | 'none',
): Promise<{ el: LitElement; before: HTMLElement }> {
  const { wrapper, el } = await mountWidget(spec, {
    style: `width: 900px; ${tokens === 'ancestor' ? TOKENS_STYLE : ''}`,
    attributes: { theme, ...(tokens === 'element' ? { style: TOKENS_STYLE } : {}) },
  });
  const before = document.createElement('button');
  before.textContent = 'Before the widget';
  wrapper.prepend(before);
  return { el, before };
}

describe('theming: documented tokens', () => {
  for (const spec of definedWidgets()) {
    for (const [theme, place] of [
      ['light', 'ancestor'],
      ['dark', 'ancestor'],
      ['light', 'element'],
      ['dark', 'element'],
    ] as const) {
      it(`<${spec.tag}> theme="${theme}": each token set on an ${place} changes what it documents`, async () => {
        const themed = await mountWithButton(spec, theme, place);
        const got = await readings(themed.el, spec, themed.before);
        const plain = await mountWithButton(spec, theme, 'none');
        const defaults = await readings(plain.el, spec, plain.before);
        expect(got.map((r) => r.token)).to.include.members(
          Object.keys(VALUES).filter((t) => tokensRead(themed.el).has(t)),
        );
        for (const [i, reading] of got.entries()) {
          const want = expected(reading.token, reading.what);
          expect(reading.value, `${reading.token} → ${reading.what}`).to.equal(want);
          expect(defaults[i]!.value, `${reading.what} without ${reading.token}`).not.to.equal(want);
        }
      });
    }
  }

  it('every documented token is read by some element, and no undocumented one is', async () => {
    const { tokens } = await documentedContract();
    expect(tokens).to.deep.equal(Object.keys(VALUES).sort());
    const read = new Set<string>();
    for (const spec of definedWidgets()) {
      const { el } = await mountWidget(spec);
      for (const styled of [el, ...deepElements(el).filter((e) => e.shadowRoot?.adoptedStyleSheets.length)]) {
        const named = [...tokenNames(sheetText(styled))];
        expect(named, `tokens named in <${styled.localName}>'s styles`).to.satisfy((names: string[]) =>
          names.every((n) => tokens.includes(n)),
        );
        for (const token of tokensRead(styled)) read.add(token);
      }
    }
    expect([...read].sort()).to.deep.equal([...tokens].sort());
  });

  it('custom-elements.json gives every documented token its default, the same on every element', async () => {
    const { properties } = await documentedContract();
    const defaults = new Map<string, string>();
    for (const [tag, list] of Object.entries(properties)) {
      for (const property of list) {
        expect(property.default, `${property.name} on <${tag}>`).to.be.a('string').and.not.equal('');
        expect(defaults.get(property.name) ?? property.default, `${property.name} on <${tag}>`).to.equal(
          property.default,
        );
        defaults.set(property.name, property.default!);
      }
    }
    expect(defaults.get('--therapy-radius')).to.equal('0.5em');
    expect(defaults.get('--therapy-color-accent')).to.match(/^#1a5b94 \(dark theme: #8cc8ff\)$/);
  });

  it("each element's @cssprop list in custom-elements.json is exactly the tokens its styles read", async () => {
    const { properties } = await documentedContract();
    for (const spec of definedWidgets()) {
      const documented = properties[spec.tag];
      expect(documented, `custom-elements.json describes <${spec.tag}> (stale manifest?)`).to.exist;
      const { el } = await mountWidget(spec);
      expect(documented!.map((p) => p.name).sort(), `<${spec.tag}>: documented vs read`).to.deep.equal(
        [...tokensRead(el)].sort(),
      );
    }
  });
});
