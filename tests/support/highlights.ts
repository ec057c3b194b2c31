/** What a reader sees highlighted in an FAQ: CSS Custom Highlight ranges, or `<mark>`s. */
import { HIGHLIGHT_NAME, HIGHLIGHTS } from '../../src/elements/faq/highlight.js';

/** The text of each `<mark>` in the element's shadow root. */
export function markTexts(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('mark')].map((mark) => mark.textContent ?? '');
}

/** The text of each highlighted range inside the element's shadow root (none without the API). */
export function rangeTexts(el: Element): string[] {
  if (!HIGHLIGHTS) return [];
  const highlight = CSS.highlights.get(HIGHLIGHT_NAME);
  if (!highlight) return [];
  const texts: string[] = [];
  for (const range of highlight as unknown as Iterable<AbstractRange>) {
    if (range.startContainer.getRootNode() !== el.shadowRoot) continue;
    texts.push((range.startContainer as Text).data.slice(range.startOffset, range.endOffset));
  }
  return texts;
}

/** Everything highlighted, whichever way the engine shows it. */
export function highlightedTexts(el: Element): string[] {
  return HIGHLIGHTS ? rangeTexts(el) : markTexts(el);
}

/** The element a highlighted range or mark sits in, for each match. */
export function highlightedIn(el: Element): Element[] {
  if (!HIGHLIGHTS) return [...el.shadowRoot!.querySelectorAll('mark')];
  const highlight = CSS.highlights.get(HIGHLIGHT_NAME);
  const parents: Element[] = [];
  for (const range of (highlight ?? []) as unknown as Iterable<AbstractRange>) {
    if (range.startContainer.getRootNode() === el.shadowRoot)
      parents.push(range.startContainer.parentElement!);
  }
  return parents;
}
