import { documentElement } from './dom.js';

/**
 * Language and direction: read from the element or its closest ancestor (across shadow
 * roots), and followed when a page changes `lang` or `dir` after load.
 */

/** The `lang` of the element or its closest ancestor with one, crossing shadow roots. */
export function inheritedLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null && lang.trim() !== '') return lang;
    const parent: Element | null = node.parentElement;
    node = parent ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return '';
}

/** Whether the element is laid out right to left, as the reader sees it. */
export function isRtl(element: Element): boolean {
  return getComputedStyle(element).direction === 'rtl';
}

/** Something that re-renders when the page's language or direction changes. */
export interface LangListener {
  requestUpdate(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/**
 * Follows `lang`/`dir` changes anywhere in the document with one shared observer, kept only
 * while some element listens.
 */
export function observeLang(listener: LangListener): void {
  listeners.add(listener);
  // Through the prototype: an <img name="documentElement"> would shadow the property.
  const root = documentElement(document);
  if (!observer && root) {
    observer = new MutationObserver(() => listeners.forEach((l) => l.requestUpdate()));
    observer.observe(root, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }
}

export function unobserveLang(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
