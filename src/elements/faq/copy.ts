/**
 * Our own copy of a practice's light-DOM answer. Nothing of the page's markup is cloned:
 * each element shown is created here from a short allow-list of text elements, and every
 * other element gives only its text. No attribute is copied but a link's `href`, after the
 * same URL rule as every other link, so no id, event handler, `ping`, `srcset`, `style`,
 * `<slot>`, form or SVG animation can reach the shadow root. Nodes are read through the
 * standard prototypes (a form field named "childNodes" cannot lie) and walked with an
 * explicit stack, so no depth of nesting can overflow it.
 */
import {
  characterData,
  createElement,
  createTextNode,
  firstChild,
  getAttribute,
  htmlName,
  localName,
  nextSibling,
  nodeType,
} from '../../core/dom.js';
import { safeUrl } from '../../core/safe-url.js';

/** The elements we create, each only from the same HTML element in the practice's answer. */
const KEPT = new Set(['p', 'ul', 'ol', 'li', 'em', 'strong', 'b', 'i', 'br', 'a']);

/** Blocks whose text reads as a paragraph of its own: shown as our `<p>`. */
const PARAGRAPHS = new Set([
  ...['div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'address'],
  ...['blockquote', 'figure', 'figcaption', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...['dl', 'dt', 'dd', 'details', 'summary', 'fieldset', 'legend', 'form', 'table', 'tr', 'caption'],
]);

/** Text that a reader of the page never sees (any namespace: SVG has `<script>` and `<style>`). */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'noembed', 'noframes', 'title']);

/** Deeper nesting keeps its text in the deepest element made so far. */
const MAX_NESTING = 16;

/** An answer with more nodes than this is not copied at all. */
export const MAX_NODES = 20_000;

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

export interface AnswerCopy {
  /** The nodes to show, made by our code (empty when only the text was asked for). */
  readonly nodes: readonly Node[];
  /** The text, with a space where blocks meet, for search and for the question. */
  readonly text: string;
  /** The `href` of each link that was refused (its text is still shown). */
  readonly refusedLinks: readonly string[];
}

interface Frame {
  /** The next source node to read at this level. */
  next: Node | null;
  /** Where its copies go: one of our elements, or the top level. */
  readonly into: Element | undefined;
  readonly nesting: number;
  readonly inLink: boolean;
  /** What a block that ends here leaves: a space in the text, and in the copy when no element was made. */
  readonly space: 'none' | 'text' | 'copy';
}

/** Thrown for an answer too large to copy; the item is then left out. */
export class TooLargeError extends Error {}

/** Elements that flow within a line: no space where they end. */
const INLINE = new Set([
  ...['a', 'em', 'strong', 'b', 'i', 'u', 's', 'span', 'abbr', 'cite', 'code', 'mark', 'small', 'sub'],
  ...['sup', 'q', 'time', 'data', 'var', 'kbd', 'samp', 'dfn', 'bdi', 'bdo', 'font', 'ins', 'del'],
  ...['img', 'label', 'input', 'button', 'output', 'wbr'],
]);

/** Our element for a practice's element, or `''` when only its text is kept. */
function ourTag(name: string | undefined, inLink: boolean): string {
  if (name === undefined) return '';
  if (PARAGRAPHS.has(name)) return 'p';
  return KEPT.has(name) && !(name === 'a' && inLink) ? name : '';
}

/** Our link: the `href` alone, when the URL rule takes it; `undefined` when it refuses one. */
function link(doc: Document, source: Node, refused: string[]): HTMLElement {
  const copy = createElement(doc, 'a');
  const href = getAttribute(source, 'href');
  const url = href === null ? undefined : safeUrl(href);
  // No target is copied, so the link opens in the same tab and needs no rel: the referrer
  // follows the page's own policy, as for the widget's other links.
  if (url !== undefined) {
    copy.setAttribute('href', url);
    copy.setAttribute('part', 'link');
  } else if (href !== null) refused.push(href);
  return copy;
}

/**
 * Copies the children of `parent`, leaving out `skip` (the `<summary>`). Without a document,
 * only the text is read. Throws `TooLargeError` past MAX_NODES nodes.
 */
export function copyChildren(parent: Node, skip: Node | null, doc?: Document): AnswerCopy {
  const nodes: Node[] = [];
  const text: string[] = [];
  const refusedLinks: string[] = [];
  const put = (into: Element | undefined, copy: Node): void => {
    if (into) into.append(copy);
    else nodes.push(copy);
  };
  const stack: Frame[] = [
    { next: firstChild(parent), into: undefined, nesting: 0, inLink: false, space: 'none' },
  ];
  let seen = 0;
  for (let frame = stack.at(-1); frame; frame = stack.at(-1)) {
    const node = frame.next;
    if (node === null) {
      stack.pop();
      if (frame.space !== 'none') text.push(' ');
      if (doc && frame.space === 'copy') put(frame.into, createTextNode(doc, ' '));
      continue;
    }
    frame.next = nextSibling(node);
    if (node === skip) continue;
    if (++seen > MAX_NODES) throw new TooLargeError(`it has more than ${MAX_NODES} nodes`);
    const type = nodeType(node);
    if (type === TEXT || type === CDATA) {
      const data = characterData(node);
      text.push(data);
      if (doc) put(frame.into, createTextNode(doc, data));
      continue;
    }
    if (type !== ELEMENT || HIDDEN.has(localName(node))) continue;
    const name = htmlName(node);
    const tag = ourTag(name, frame.inLink);
    const made =
      doc && tag && frame.nesting < MAX_NESTING
        ? tag === 'a'
          ? link(doc, node, refusedLinks)
          : createElement(doc, tag)
        : undefined;
    if (made) put(frame.into, made);
    // A <br> takes no children: anything inside one stays beside it.
    const into = made && tag !== 'br' ? made : frame.into;
    const inline = name !== undefined && INLINE.has(name);
    stack.push({
      next: firstChild(node),
      into,
      nesting: into === frame.into ? frame.nesting : frame.nesting + 1,
      inLink: frame.inLink || tag === 'a',
      space: inline ? 'none' : made ? 'text' : 'copy',
    });
  }
  return { nodes, text: text.join(''), refusedLinks };
}
