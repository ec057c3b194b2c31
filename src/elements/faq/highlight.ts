/**
 * Search matches shown with the CSS Custom Highlight API: ranges over the text already in
 * the page, painted by `::highlight(therapy-faq-match)` (in the FAQ's own styles, since the
 * ranges are in its shadow root). Typing changes no DOM at all. Only what a reader can see
 * is highlighted: the shown questions and the open answers, and in a long FAQ only those of
 * items near the viewport (an `IntersectionObserver` adds the rest as they scroll in), so one
 * typed letter costs the same for 30 items or 1,000.
 *
 * Engines without the API get `<mark>`s instead (see `HIGHLIGHTS` in the element), kept to
 * questions and open answers and to terms of `MIN_MARKED` letters or more, so one letter
 * never inserts thousands of elements.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { segments } from './search.js';

/** The name the styles use: `::highlight(therapy-faq-match)`. */
export const HIGHLIGHT_NAME = 'therapy-faq-match';

/** Whether this engine paints highlights from ranges (`CSS.highlights`). */
export const HIGHLIGHTS =
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** Shortest term the `<mark>` fallback marks. */
export const MIN_MARKED = 3;

/** Up to this many items, every one is highlighted; beyond, only those near the viewport. */
export const HIGHLIGHT_ALL_UP_TO = 100;

/** How near counts as near: a viewport's height above and below it. */
const NEAR = '100% 0px';

/** Whether the fallback marks these terms (all long enough), when the API is missing. */
export function marksTerms(terms: readonly string[]): boolean {
  return !HIGHLIGHTS && terms.length > 0 && terms.every((term) => term.length >= MIN_MARKED);
}

/** One highlight for the document, shared by every FAQ on the page: each adds and removes its own ranges. */
function sharedHighlight(): Highlight {
  const existing = CSS.highlights.get(HIGHLIGHT_NAME);
  if (existing) return existing;
  const highlight = new Highlight();
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  return highlight;
}

/** An item of the FAQ. */
const ITEM = '.disclosure';

/** Where in an item the reader can see text: its question, and its panel when open. */
const VISIBLE = '.disclosure-label, :scope[data-open] > .disclosure-panel';

/** A range for each match of `terms` in the text nodes an item shows. */
function matchesIn(item: Element, terms: readonly string[]): AbstractRange[] {
  const out: AbstractRange[] = [];
  const walkers = [...item.querySelectorAll(VISIBLE)].map((container) =>
    (container.ownerDocument ?? document).createTreeWalker(container, NodeFilter.SHOW_TEXT),
  );
  for (const walker of walkers) {
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node as Text).data;
      if (text.trim() === '') continue;
      let at = 0;
      for (const segment of segments(text, terms)) {
        const end = at + segment.text.length;
        if (segment.match) {
          out.push(
            new StaticRange({ startContainer: node, startOffset: at, endContainer: node, endOffset: end }),
          );
        }
        at = end;
      }
    }
  }
  return out;
}

export class HighlightController implements ReactiveController {
  private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  private readonly terms: () => readonly string[];
  /** Changes whenever the host renders its list of items again (else the items are the same). */
  private readonly listVersion: () => number;
  /** The items, as of `listVersion` `itemsOf`. */
  private items: NodeListOf<Element> | undefined;
  private itemsOf = -1;
  /** The ranges painted, by item. */
  private readonly painted = new Map<Element, AbstractRange[]>();
  /** In a long FAQ: the items near the viewport, and the observer that keeps the set. */
  private readonly near = new Set<Element>();
  private readonly watched = new Set<Element>();
  private observer: IntersectionObserver | undefined;

  constructor(
    host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    terms: () => readonly string[],
    listVersion: () => number,
  ) {
    this.host = host;
    this.terms = terms;
    this.listVersion = listVersion;
    host.addController(this);
  }

  /** Back in the page: watched again (the element may not render again). */
  hostConnected(): void {
    this.hostUpdated();
  }

  /** After every render: the ranges follow what is shown, open and near the viewport now. */
  hostUpdated(): void {
    if (!HIGHLIGHTS) return;
    // A key that left the list alone (most keys) finds the same items: no query, no watching.
    let fresh = false;
    if (this.items === undefined || this.itemsOf !== this.listVersion()) {
      this.items = this.host.renderRoot.querySelectorAll(ITEM);
      this.itemsOf = this.listVersion();
      fresh = true;
    }
    const items = this.items;
    const all = items.length <= HIGHLIGHT_ALL_UP_TO;
    // A long FAQ is watched from its first render, so the first search knows what is near.
    if (!all && fresh) this.watch(items);
    const terms = this.terms();
    if (terms.length === 0 && this.painted.size === 0) return;
    this.clear();
    if (terms.length === 0) return;
    for (const item of all ? items : this.near) this.paint(item, terms);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.items = undefined;
    this.watched.clear();
    this.near.clear();
    if (HIGHLIGHTS) this.clear();
  }

  private watch(items: NodeListOf<Element>): void {
    this.observer ??= new IntersectionObserver((entries) => this.moved(entries), { rootMargin: NEAR });
    for (const item of this.watched) {
      if (!item.isConnected) this.forget(item);
    }
    for (const item of items) {
      if (this.watched.has(item)) continue;
      this.watched.add(item);
      this.observer.observe(item);
    }
  }

  /** Items that came near the viewport get their ranges; those that left lose them. */
  private moved(entries: readonly IntersectionObserverEntry[]): void {
    const terms = this.terms();
    for (const { target, isIntersecting } of entries) {
      if (!this.watched.has(target)) continue;
      if (isIntersecting) {
        this.near.add(target);
        if (terms.length > 0 && !this.painted.has(target)) this.paint(target, terms);
      } else {
        this.near.delete(target);
        this.unpaint(target);
      }
    }
  }

  private forget(item: Element): void {
    this.observer?.unobserve(item);
    this.watched.delete(item);
    this.near.delete(item);
    this.unpaint(item);
  }

  private paint(item: Element, terms: readonly string[]): void {
    const ranges = matchesIn(item, terms);
    if (ranges.length === 0) return;
    const highlight = sharedHighlight();
    for (const range of ranges) highlight.add(range);
    this.painted.set(item, ranges);
  }

  private unpaint(item: Element): void {
    const ranges = this.painted.get(item);
    if (!ranges) return;
    const highlight = sharedHighlight();
    for (const range of ranges) highlight.delete(range);
    this.painted.delete(item);
  }

  private clear(): void {
    for (const item of [...this.painted.keys()]) this.unpaint(item);
  }
}
