/**
 * What assistive technology meets, beyond axe: the live-region log (what a screen reader is
 * told, in order), the accessibility tree as roles, names and states, and landmarks.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { computeAccessibleName, getRole } from 'dom-accessibility-api';

const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';

/** Every element of a tree, shadow roots included, in document order. */
function composedElements(root: Document | Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const stack: (Element | ShadowRoot | Document)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node instanceof Element) out.push(node);
    const kids: (Element | ShadowRoot)[] = [];
    if (node instanceof Element && node.shadowRoot) kids.push(node.shadowRoot);
    kids.push(...node.children);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

function fold(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export interface LiveLog {
  /** What the live regions said, in order: each change to a new, non-empty text. */
  readonly said: string[];
  /** Waits for queued announcements (debounces, next frames) to land. */
  settle(ms?: number): Promise<void>;
  stop(): void;
}

/**
 * Listens to every live region on the page, in every shadow root. A region "says" its whole
 * text whenever text is added to it (a new node with text, or changed text), as screen
 * readers announce additions: the same words in a fresh node are said again, while a region
 * that is only emptied, or left as it was, says nothing.
 */
export function listenToLiveRegions(root: Document | Element = document): LiveLog {
  const regions = composedElements(root).filter((el) => el.matches(LIVE));
  const said: string[] = [];
  const adds = (record: MutationRecord): boolean =>
    record.type === 'characterData' || [...record.addedNodes].some((n) => fold(n.textContent) !== '');
  const observer = new MutationObserver((records) => {
    for (const region of regions) {
      if (!records.some((r) => region.contains(r.target) && adds(r))) continue;
      const text = fold(region.textContent);
      if (text !== '') said.push(text);
    }
  });
  for (const region of regions) {
    observer.observe(region, { childList: true, subtree: true, characterData: true });
  }
  return {
    said,
    settle: (ms = 700) => new Promise((resolve) => setTimeout(resolve, ms)),
    stop: () => observer.disconnect(),
  };
}

/** Whether assistive technology would skip this element (and everything inside it). */
function isHidden(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) return true;
  if (el instanceof HTMLElement && el.hidden) return true;
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden' || style.contentVisibility === 'hidden';
}

const STATES = [
  'aria-expanded',
  'aria-selected',
  'aria-pressed',
  'aria-checked',
  'aria-orientation',
  'aria-current',
];

/** One line per node that has a role or a name: `role "name" state=value`. */
function describeNode(el: Element): string | undefined {
  const role = getRole(el);
  if (!role || role === 'generic' || role === 'presentation' || role === 'none') return undefined;
  const name = fold(computeAccessibleName(el));
  const states = STATES.filter((a) => el.hasAttribute(a)).map((a) => `${a.slice(5)}=${el.getAttribute(a)}`);
  if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
    states.push(`checked=${el.checked}`);
  }
  const level = /^h([1-6])$/.exec(el.localName)?.[1];
  if (level) states.push(`level=${level}`);
  return [role, name ? JSON.stringify(name) : '', ...states].filter(Boolean).join(' ');
}

/**
 * The accessibility tree of a widget as indented lines of roles, names and states, computed
 * from the DOM by dom-accessibility-api (the same rules in every engine): a reviewable
 * snapshot of what a screen reader is given. Text nodes are left out on purpose.
 */
export function accessibilityOutline(host: Element): string {
  const lines: string[] = [];
  const walk = (node: Element | ShadowRoot, depth: number): void => {
    const children = node instanceof Element && node.shadowRoot ? [node.shadowRoot] : [];
    const list: (Element | ShadowRoot)[] = [...children, ...node.children];
    for (const child of list) {
      if (child instanceof ShadowRoot) {
        walk(child, depth);
        continue;
      }
      if (child.localName === 'style' || child.localName === 'template' || isHidden(child)) continue;
      const line = describeNode(child);
      if (line) lines.push(`${'  '.repeat(depth)}${line}`);
      walk(child, line ? depth + 1 : depth);
    }
  };
  walk(host, 0);
  return lines.join('\n');
}

const LANDMARKS = new Set([
  'region',
  'navigation',
  'main',
  'complementary',
  'banner',
  'contentinfo',
  'form',
  'search',
]);

/** Landmarks inside a widget, as `role "name"`. A `<section>` is a region only when named. */
export function landmarks(host: Element): string[] {
  return composedElements(host)
    .filter((el) => el !== host && !isHidden(el))
    .filter((el) => {
      const role = getRole(el);
      if (!role || !LANDMARKS.has(role)) return false;
      return role !== 'region' || fold(computeAccessibleName(el)) !== '';
    })
    .map((el) => `${getRole(el)} ${JSON.stringify(fold(computeAccessibleName(el)))}`);
}

/** Accessible names of every button and link in a widget. */
export function controlNames(host: Element): string[] {
  return composedElements(host)
    .filter((el) => el.matches('button, a[href], [role="tab"], input') && !isHidden(el))
    .map((el) => computeAccessibleName(el));
}

export interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

/**
 * Chromium's own accessibility tree (through the DevTools protocol), or `undefined` where
 * the engine's driver offers none (Firefox over BiDi, WebKit over WebDriver).
 */
export async function browserTree(): Promise<AxNode | undefined> {
  try {
    return (await executeServerCommand<AxNode, Record<string, never>>('a11y-snapshot', {})) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Every node of a browser tree, depth first. */
export function flatten(node: AxNode): AxNode[] {
  return [node, ...(node.children ?? []).flatMap(flatten)];
}
