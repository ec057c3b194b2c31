import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { lowContrastText, outsideFrame, overflowing, smallTargets } from '../support/checks.js';
import {
  addStylesheets,
  deepElements,
  definedWidgets,
  isShown,
  mountWidget,
  nameOf,
  textElements,
} from '../support/widgets.js';

interface Host {
  readonly name: string;
  readonly sheets: readonly string[];
  /** The boxes the page puts its content in, outermost first. */
  readonly nest: readonly string[];
  /** Proof that the host's CSS is in force: a property of a page element that it changes. */
  readonly probe: { readonly tag: 'html' | 'body' | 'h2' | 'button'; readonly property: string };
}

const HOSTS: readonly Host[] = [
  {
    name: 'Bootstrap 5.3.8',
    sheets: ['/node_modules/bootstrap/dist/css/bootstrap.min.css'],
    nest: ['container', 'row', 'col-md-8'],
    probe: { tag: 'body', property: 'font-family' },
  },
  {
    name: "Tailwind 4.3.5's preflight",
    sheets: ['/node_modules/tailwindcss/preflight.css'],
    nest: ['mx-auto max-w-2xl'],
    probe: { tag: 'h2', property: 'font-size' },
  },
  {
    name: 'Pico CSS 2.1.1',
    sheets: ['/node_modules/@picocss/pico/css/pico.min.css'],
    nest: ['container'],
    probe: { tag: 'button', property: 'background-color' },
  },
  {
    name: 'a WordPress-style theme',
    sheets: ['/tests/fixtures/hosts/wordpress-like.css'],
    nest: ['entry-content'],
    probe: { tag: 'button', property: 'text-transform' },
  },
  {
    name: 'html { font-size: 62.5% }',
    sheets: ['/tests/fixtures/hosts/root-62-5.css'],
    nest: [],
    probe: { tag: 'html', property: 'font-size' },
  },
  {
    name: 'a body with text-transform, letter-spacing, centring and nowrap',
    sheets: ['/tests/fixtures/hosts/hostile-body.css'],
    nest: [],
    probe: { tag: 'body', property: 'white-space' },
  },
];

/** Boxes that must keep a visible edge, all round or along the bottom (dividers). */
const EDGES: Readonly<Record<string, { all: string[]; bottom: string[] }>> = {
  'therapy-crisis': { all: ['.notice'], bottom: [] },
  'therapy-faq': { all: ['input[type="search"]', '.tools button'], bottom: ['.disclosure'] },
  'therapy-guide': { all: ['.prep', 'textarea', 'button[part~="button"]'], bottom: [] },
  'therapy-confidentiality': { all: ['.result', '.choice'], bottom: ['.disclosure'] },
};

function probeValue(probe: Host['probe']): { value: string; remove: () => void } {
  let el: Element = probe.tag === 'html' ? document.documentElement : document.body;
  if (probe.tag === 'h2' || probe.tag === 'button') {
    el = document.createElement(probe.tag);
    el.textContent = 'Probe';
    document.body.append(el);
  }
  return {
    value: getComputedStyle(el).getPropertyValue(probe.property),
    remove: () => el !== document.body && el !== document.documentElement && el.remove(),
  };
}

/** What a host page's CSS must not do to the text and layout inside the widget. */
function hostProblems(el: LitElement, frame: Element): string[] {
  const problems: string[] = [];
  const root = el.shadowRoot!.querySelector('.root')!;
  const base = parseFloat(getComputedStyle(root).fontSize);
  if (base < 16) problems.push(`base size ${base}px`);
  const heading = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part~="heading"]')!).fontSize);
  if (Math.abs(heading - base * 1.35) > 0.5) problems.push(`heading ${heading}px for a ${base}px base`);

  for (const node of textElements(el)) {
    const s = getComputedStyle(node);
    const size = parseFloat(s.fontSize);
    const lineHeight = parseFloat(s.lineHeight) / size;
    const wrong = [
      size < 13.5 && `font-size ${s.fontSize}`,
      !(lineHeight >= 1.2 && lineHeight <= 2) && `line-height ${s.lineHeight}`,
      s.textTransform !== 'none' && `text-transform ${s.textTransform}`,
      !['normal', '0px'].includes(s.letterSpacing) && `letter-spacing ${s.letterSpacing}`,
      s.wordSpacing !== '0px' && `word-spacing ${s.wordSpacing}`,
      s.whiteSpace !== 'normal' && `white-space ${s.whiteSpace}`,
      s.fontStyle !== 'normal' && `font-style ${s.fontStyle}`,
      s.fontVariantCaps !== 'normal' && `font-variant-caps ${s.fontVariantCaps}`,
      s.textIndent !== '0px' && `text-indent ${s.textIndent}`,
      s.textShadow !== 'none' && `text-shadow ${s.textShadow}`,
      // A list item's match-parent (Firefox, WebKit) computes to the physical side: left here.
      node.matches('p, h2, h3, h4, h5, h6, li') &&
        !['start', 'left'].includes(s.textAlign) &&
        `text-align ${s.textAlign}`,
    ].filter(Boolean);
    if (wrong.length > 0) problems.push(`${nameOf(node)}: ${wrong.join(', ')}`);
  }

  const edges = EDGES[el.localName]!;
  const visible = deepElements(el).filter(isShown);
  const sides = (node: Element, which: readonly string[]) => {
    const s = getComputedStyle(node);
    for (const side of which) {
      const width = parseFloat(s.getPropertyValue(`border-${side}-width`));
      const style = s.getPropertyValue(`border-${side}-style`);
      if (width < 1 || style === 'none') problems.push(`${nameOf(node)}: no ${side} edge`);
    }
  };
  for (const selector of edges.all) {
    const found = visible.filter((n) => n.matches(selector));
    if (found.length === 0) problems.push(`no ${selector} shown`);
    for (const node of found) sides(node, ['top', 'right', 'bottom', 'left']);
  }
  for (const selector of edges.bottom) {
    for (const node of visible.filter((n) => n.matches(selector))) sides(node, ['bottom']);
  }

  const frameWidth = frame.getBoundingClientRect().width;
  for (const button of visible.filter((n) => n.matches('button'))) {
    const box = button.getBoundingClientRect();
    const fullWidth = button.matches('.disclosure-button, [role="tab"]');
    if (box.height < 24 || box.width < 24)
      problems.push(`${nameOf(button)}: collapsed to ${box.width}×${box.height}`);
    if (!fullWidth && box.width > frameWidth * 0.9)
      problems.push(`${nameOf(button)}: stretched to ${box.width}px`);
  }
  for (const input of visible.filter((n) => n.matches('input[type="search"]'))) {
    const box = input.getBoundingClientRect();
    if (box.width < 150 || box.height < 24) problems.push(`search field ${box.width}×${box.height}`);
  }
  if (el.localName === 'therapy-faq' && !visible.some((n) => n.matches('input[type="search"]'))) {
    problems.push('no search field shown');
  }
  return [
    ...problems,
    ...outsideFrame(el, frame),
    ...overflowing(el),
    ...lowContrastText(el).failures,
    ...smallTargets(el),
  ];
}

for (const host of HOSTS) {
  describe(`theming: inside ${host.name}`, () => {
    let unload: () => void = () => {};
    let unstyled = '';
    let styled = '';

    before(async () => {
      const probe = probeValue(host.probe);
      unstyled = probe.value;
      probe.remove();
      unload = await addStylesheets(host.sheets);
      const loaded = probeValue(host.probe);
      styled = loaded.value;
      loaded.remove();
    });
    after(() => unload());

    it(`the host's CSS is in force (${host.probe.tag} ${host.probe.property} changed)`, () => {
      expect(styled).not.to.equal(unstyled);
    });

    for (const spec of definedWidgets()) {
      it(`<${spec.tag}> keeps its layout, sizes, edges and legibility`, async () => {
        const { el } = await mountWidget(spec, { nest: host.nest });
        expect(hostProblems(el, el.parentElement!)).to.deep.equal([]);
      });
    }
  });
}
