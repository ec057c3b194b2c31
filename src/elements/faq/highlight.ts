/**
 * Search matches shown with the CSS Custom Highlight API: ranges over the text already in
 * the page, painted by `::highlight(therapy-faq-match)` (in the FAQ's own styles, since the
 * ranges are in its shadow root). Typing changes no DOM at all. Only what a reader can see
 * is highlighted: every shown question, and the answers that are open.
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

/** Where the reader can see text: each shown question, and the panels of open items. */
const VISIBLE = '.disclosure-label, .disclosure[data-open] > .disclosure-panel';

/** Adds a range for each match of `terms` in the text nodes under `container`. */
function collect(container: Node, terms: readonly string[], out: AbstractRange[]): void {
  const walker = (container.ownerDocument ?? document).createTreeWalker(container, NodeFilter.SHOW_TEXT);
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

export class HighlightController implements ReactiveController {
  private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  private readonly terms: () => readonly string[];
  private ranges: AbstractRange[] = [];

  constructor(
    host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    terms: () => readonly string[],
  ) {
    this.host = host;
    this.terms = terms;
    host.addController(this);
  }

  /** After every render: the ranges follow what is shown and open now. */
  hostUpdated(): void {
    if (!HIGHLIGHTS) return;
    const terms = this.terms();
    if (terms.length === 0 && this.ranges.length === 0) return;
    const next: AbstractRange[] = [];
    if (terms.length > 0) {
      for (const container of this.host.renderRoot.querySelectorAll(VISIBLE)) collect(container, terms, next);
    }
    this.replace(next);
  }

  hostDisconnected(): void {
    if (HIGHLIGHTS) this.replace([]);
  }

  private replace(next: AbstractRange[]): void {
    const highlight = sharedHighlight();
    for (const range of this.ranges) highlight.delete(range);
    for (const range of next) highlight.add(range);
    this.ranges = next;
  }
}
