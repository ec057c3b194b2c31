/**
 * The four widgets as the theming tests see them: how to mount each in its fullest state,
 * where each documented token shows, which documented parts apply, and helpers to read the
 * composed tree (shadow roots inside shadow roots), stylesheets and the public contract.
 */
import { fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';

export type Tag = 'therapy-crisis' | 'therapy-faq' | 'therapy-guide' | 'therapy-confidentiality';

export interface WidgetSpec {
  readonly tag: Tag;
  /** The key PRODUCT.md files its own parts under ("FAQ:", "Guide:", "Confidentiality:"). */
  readonly product?: string;
  /** Puts a mounted element in its fullest state: something chosen, pressed and open. */
  readonly enrich: (el: LitElement) => Promise<void>;
  /** Parts every element exposes "where it applies" that do not apply here, and why. */
  readonly notApplicable: Readonly<Record<string, string>>;
  /** Where the tokens show (selectors inside the shadow root). */
  readonly targets: {
    readonly muted: string;
    readonly surface: string;
    readonly border: string;
    /** A box whose padding is one spacing unit and whose corners use the radius. */
    readonly box: string;
    /** A link drawn in the accent colour. */
    readonly link: string;
    /** Text on accent-coloured surfaces. */
    readonly onAccent: readonly string[];
  };
}

/** Every setting that adds links, so every link and call to action renders. */
export const RICH_ATTRIBUTES: Readonly<Record<string, string>> = {
  'practice-name': 'Calm Harbour Therapy',
  jurisdiction: 'us',
  'booking-url': 'https://calm-harbour.example/book',
  'contact-url': '/contact',
  'policy-url': '/privacy',
  phone: '+1 555 010 0100',
  email: 'hello@calm-harbour.example',
};

async function click(el: LitElement, selector: string, index = 0): Promise<void> {
  const target = [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)][index];
  if (!target) throw new Error(`No ${selector} #${index} in <${el.localName}>`);
  target.click();
  await settle(el);
}

export const WIDGETS: readonly WidgetSpec[] = [
  {
    tag: 'therapy-crisis',
    enrich: async () => {},
    notApplicable: { button: 'the notice has no buttons: every action is a call or text link' },
    targets: {
      muted: '.checked',
      surface: '.notice',
      border: '.notice',
      box: '.notice',
      link: 'a[part~="link"]',
      onAccent: [],
    },
  },
  {
    tag: 'therapy-faq',
    product: 'FAQ',
    enrich: async (el) => {
      // "Feelings and fit": a pressed filter, and the topic whose crisis answer holds the crisis line.
      await click(el, '.filters button', 6);
      await click(el, '.disclosure-button');
    },
    notApplicable: {},
    targets: {
      muted: '.intro',
      surface: '.tools',
      border: 'input[type="search"]',
      box: '.tools',
      link: '.cta-links a:not(.book)',
      onAccent: ['.filters [aria-pressed="true"]', '.book'],
    },
  },
  {
    tag: 'therapy-guide',
    product: 'Guide',
    enrich: async (el) => {
      await click(el, '[role="tab"]', 1);
      await click(el, '.tick input');
    },
    notApplicable: {},
    targets: {
      muted: '.progress',
      surface: '.prep',
      border: '.prep',
      box: '.prep',
      link: '.links a:not(.book)',
      onAccent: ['.pager .next', '.links .book', '[aria-selected="true"] .step-number'],
    },
  },
  {
    tag: 'therapy-confidentiality',
    product: 'Confidentiality',
    enrich: async (el) => {
      await click(el, '.sections .disclosure-button');
      await click(el, '.choice input');
    },
    notApplicable: {},
    targets: {
      muted: '.reviewed',
      surface: '.result',
      border: '.result',
      box: '.result',
      link: '.disclaimer a',
      onAccent: [],
    },
  },
];

/** The widgets that the entry module registers (all four once <therapy-guide> is registered). */
export function definedWidgets(): WidgetSpec[] {
  return WIDGETS.filter((w) => customElements.get(w.tag));
}

/** Waits until the element and every widget inside it have rendered, then for a frame. */
export async function settle(el: Element): Promise<void> {
  const widgets = [el, ...deepElements(el)].filter((e): e is LitElement => 'updateComplete' in e);
  for (const widget of widgets) await widget.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

export interface Mounted {
  readonly wrapper: HTMLElement;
  readonly el: LitElement;
}

export interface MountOptions {
  /** Inline style of the wrapper, e.g. tokens, a width or `direction`. */
  readonly style?: string;
  /** Attributes of the wrapper, e.g. `dir` or `lang`. */
  readonly wrapperAttributes?: Readonly<Record<string, string>>;
  /** Attributes of the element, over RICH_ATTRIBUTES. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** Leave the element as it first renders. */
  readonly plain?: boolean;
  /** Classes of nested boxes to put the element in, outermost first (a host page's layout). */
  readonly nest?: readonly string[];
}

/** Mounts the widget with every link set inside a wrapper (removed after the test). */
export async function mountWidget(spec: WidgetSpec, options: MountOptions = {}): Promise<Mounted> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  if (options.style) wrapper.setAttribute('style', options.style);
  for (const [name, value] of Object.entries(options.wrapperAttributes ?? {})) {
    wrapper.setAttribute(name, value);
  }
  const el = document.createElement(spec.tag) as LitElement;
  for (const [name, value] of Object.entries({ ...RICH_ATTRIBUTES, ...options.attributes })) {
    el.setAttribute(name, value);
  }
  let parent = wrapper;
  for (const className of options.nest ?? []) {
    const box = document.createElement('div');
    box.className = className;
    parent.append(box);
    parent = box;
  }
  parent.append(el);
  await settle(el);
  if (!options.plain) await spec.enrich(el);
  return { wrapper, el };
}

/** Every element inside the element's shadow root, and inside the shadow roots within it. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const start = root instanceof ShadowRoot ? root : root.shadowRoot;
  if (!start) return [];
  const found: Element[] = [];
  for (const node of start.querySelectorAll('*')) {
    found.push(node);
    if (node.shadowRoot) found.push(...deepElements(node.shadowRoot));
  }
  return found;
}

/** Whether a reader can see the element: rendered, not hidden, not the screen-reader-only class. */
export function isShown(el: Element): boolean {
  if (el.closest('.visually-hidden')) return false;
  const visible = el.checkVisibility({
    visibilityProperty: true,
    opacityProperty: true,
    contentVisibilityAuto: true,
  } as CheckVisibilityOptions);
  if (!visible) return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** Shown elements with text of their own (a non-blank text node as a direct child). */
export function textElements(host: Element): Element[] {
  return deepElements(host).filter(
    (el) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '') &&
      isShown(el),
  );
}

/** A short description of an element for failure messages: tag, class, part and text. */
export function nameOf(el: Element): string {
  const part = el.getAttribute('part');
  const cls = el.getAttribute('class');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${el.localName}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}${part ? `[part="${part}"]` : ''} "${text}"`;
}

/** The focused element, followed into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The text of every stylesheet the element adopts (its own shadow root only). */
export function sheetText(el: Element): string {
  return el
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join('\n');
}

/** Every `--therapy-*` name that appears inside a `var()` in the text. */
export function tokenNames(text: string): Set<string> {
  return new Set([...text.matchAll(/var\(\s*(--therapy-[\w-]+)/g)].map((m) => m[1]!));
}

/**
 * The documented tokens an element's styles really read: a token counts when a property uses
 * it, directly or through a private `--_x` value that a property (or another used value) uses.
 * A private value that nothing uses does not make its token count.
 */
export function tokensRead(el: Element): Set<string> {
  const definitions = new Map<string, Set<string>>();
  const used = new Set<string>();
  for (const declaration of sheetText(el).split(/[;{}]/)) {
    const match = /^\s*([\w-]+)\s*:(.*)$/s.exec(declaration);
    if (!match) continue;
    const [, property, value] = match as unknown as [string, string, string];
    const refs = [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!);
    if (property.startsWith('--')) {
      const known = definitions.get(property) ?? new Set<string>();
      for (const ref of refs) known.add(ref);
      definitions.set(property, known);
    } else {
      for (const ref of refs) used.add(ref);
    }
  }
  const queue = [...used];
  while (queue.length > 0) {
    for (const ref of definitions.get(queue.pop()!) ?? []) {
      if (!used.has(ref)) {
        used.add(ref);
        queue.push(ref);
      }
    }
  }
  return new Set([...used].filter((name) => name.startsWith('--therapy-')));
}

/**
 * The elements that `host::part(name)` selects: the host's own parts, and parts that nested
 * elements export to it with `exportparts`.
 */
export function partElements(host: Element, name: string): Element[] {
  const root = host.shadowRoot;
  if (!root) return [];
  const own = [...root.querySelectorAll('[part]')].filter((el) =>
    el.getAttribute('part')!.split(/\s+/).includes(name),
  );
  const exported = [...root.querySelectorAll('[exportparts]')].flatMap((inner) =>
    inner
      .getAttribute('exportparts')!
      .split(',')
      .map((entry) => entry.split(':').map((s) => s.trim()))
      .filter(([from, to]) => (to ?? from) === name)
      .flatMap(([from]) => partElements(inner, from!)),
  );
  return [...own, ...exported];
}

/** The public contract's styling API, read from PRODUCT.md (shared/ lies beside the project). */
export interface Contract {
  readonly tokens: string[];
  /** Parts every element exposes where it applies. */
  readonly commonParts: string[];
  /** Parts of one element, by PRODUCT.md's name for it ("FAQ", "Guide", "Confidentiality"). */
  readonly parts: Readonly<Record<string, string[]>>;
}

let contract: Promise<Contract> | undefined;

export function productContract(): Promise<Contract> {
  contract ??= (async () => {
    const response = await fetch('/__wds-outside-root__/1/shared/PRODUCT.md');
    if (!response.ok) throw new Error(`PRODUCT.md is not beside the project (${response.status})`);
    const text = await response.text();
    const styling = text.slice(text.indexOf('## Styling API'));
    const tokens = [...styling.matchAll(/^\| `(--therapy-[\w-]+)` \|/gm)].map((m) => m[1]!);
    const partsText = styling.slice(
      styling.indexOf('Parts every element'),
      styling.indexOf('Each element documents'),
    );
    const names = (s: string) => [...s.matchAll(/`([\w-]+)`/g)].map((m) => m[1]!);
    const [common = '', ...rest] = partsText.split(/\.\s+(?=[A-Z][\w]*:)/);
    const parts: Record<string, string[]> = {};
    for (const sentence of rest) {
      const [, key = '', list = ''] = /^([A-Z][\w]*):(.*)$/s.exec(sentence.trim()) ?? [];
      parts[key] = names(list);
    }
    return { tokens, commonParts: names(common), parts };
  })();
  return contract;
}

/** Adds stylesheets to the page and waits until they have loaded; returns the undo. */
export async function addStylesheets(hrefs: readonly string[]): Promise<() => void> {
  const links = hrefs.map((href) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    return link;
  });
  const loaded = links.map(
    (link) =>
      new Promise<void>((resolve, reject) => {
        link.addEventListener('load', () => resolve(), { once: true });
        link.addEventListener('error', () => reject(new Error(`Could not load ${link.href}`)), {
          once: true,
        });
      }),
  );
  document.head.append(...links);
  await Promise.all(loaded);
  return () => links.forEach((link) => link.remove());
}

/** Adds a `<style>` to the page; returns the undo. */
export function addStyle(text: string): () => void {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return () => style.remove();
}
