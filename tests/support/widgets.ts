/**
 * The four widgets as the theming tests see them: how to mount each in its fullest state,
 * where each documented token shows, which documented parts apply, and helpers to read the
 * composed tree (shadow roots inside shadow roots), stylesheets and the public contract.
 */
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';

export type Tag = 'therapy-crisis' | 'therapy-faq' | 'therapy-guide' | 'therapy-confidentiality';

export interface WidgetSpec {
  readonly tag: Tag;
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

/** A part or custom property as custom-elements.json documents it. */
export interface Documented {
  readonly name: string;
  readonly description?: string;
  readonly default?: string;
}

/**
 * The styling API the elements document in their JSDoc (`@cssprop`, `@csspart`), as
 * custom-elements.json records it: the project's own source of truth, served from the repository.
 */
export interface Contract {
  /** Every documented token, sorted: the union over the elements. */
  readonly tokens: string[];
  /** Parts that every element documents (a part one element lacks is not common). */
  readonly commonParts: string[];
  /** The documented parts of each element, by tag. */
  readonly parts: Readonly<Record<string, string[]>>;
  /** The documented custom properties of each element, by tag. */
  readonly properties: Readonly<Record<string, Documented[]>>;
}

interface ManifestDeclaration {
  tagName?: string;
  cssParts?: Documented[];
  cssProperties?: Documented[];
}

let contract: Promise<Contract> | undefined;

export function documentedContract(): Promise<Contract> {
  contract ??= (async () => {
    const response = await fetch('/custom-elements.json');
    if (!response.ok)
      throw new Error(`custom-elements.json is missing (${response.status}): run npm run manifest`);
    const manifest = (await response.json()) as { modules: { declarations?: ManifestDeclaration[] }[] };
    const elements = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d): d is ManifestDeclaration & { tagName: string } => Boolean(d.tagName));
    const parts: Record<string, string[]> = {};
    const properties: Record<string, Documented[]> = {};
    for (const el of elements) {
      parts[el.tagName] = (el.cssParts ?? []).map((p) => p.name);
      properties[el.tagName] = el.cssProperties ?? [];
    }
    const tokens = [...new Set(Object.values(properties).flatMap((list) => list.map((p) => p.name)))].sort();
    const lists = Object.values(parts);
    const commonParts = (lists[0] ?? []).filter((name) => lists.every((list) => list.includes(name)));
    return { tokens, commonParts, parts, properties };
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

/**
 * Gives the tests of a `describe` block a 320 px wide window with no body margin, as on a
 * phone page. Returns whether the driver could resize (WebKit's cannot: the tests then hold
 * the widget in a 320 px frame instead).
 */
export function onNarrowScreen(): { resized: () => boolean } {
  let resized = false;
  let removeMargin = (): void => {};
  before(async () => {
    removeMargin = addStyle('body { margin: 0; }');
    try {
      await setViewport({ width: 320, height: 640 });
      resized = true;
    } catch {
      // This driver cannot resize the window.
    }
  });
  after(async () => {
    removeMargin();
    if (resized) await setViewport({ width: 800, height: 600 });
  });
  return { resized: () => resized };
}
