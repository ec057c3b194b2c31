/**
 * Checks a reader would notice, run over a widget's whole composed tree. Each returns the
 * problems it found as readable lines (empty when all is well), so a failing test names them.
 */
import { sendKeys } from '@web/test-runner-commands';
import {
  backgroundBehind,
  composedParent,
  contrast,
  isLargeText,
  parseColor,
  textContrast,
} from './color.js';
import { deepActiveElement, deepElements, isShown, nameOf, textElements } from './widgets.js';

/** Text below its WCAG AA minimum (4.5:1, or 3:1 for large text), the lowest ratio, and how many were read. */
export function lowContrastText(el: Element): { failures: string[]; lowest: number; checked: number } {
  const failures: string[] = [];
  let lowest = Infinity;
  const texts = textElements(el);
  for (const node of texts) {
    const ratio = textContrast(node);
    lowest = Math.min(lowest, ratio);
    if (ratio < (isLargeText(node) ? 3 : 4.5)) failures.push(`${nameOf(node)}: ${ratio.toFixed(2)}`);
  }
  return { failures, lowest, checked: texts.length };
}

/** Non-text contrast (WCAG 1.4.11): field edges and the marks of the current state, at 3:1. */
export function lowContrastEdges(el: Element): string[] {
  const failures: string[] = [];
  const check = (node: Element, colour: string, what: string) => {
    const ratio = contrast(parseColor(colour), backgroundBehind(composedParent(node)!));
    if (ratio < 3) failures.push(`${what} of ${nameOf(node)}: ${ratio.toFixed(2)}`);
  };
  for (const node of deepElements(el).filter(isShown)) {
    const style = getComputedStyle(node);
    if (node.matches('input[type="search"], textarea')) check(node, style.borderTopColor, 'edge');
    if (node.matches('[aria-pressed="true"]')) check(node, style.backgroundColor, 'pressed fill');
    if (node.matches('[role="tab"][aria-selected="true"]')) {
      const edge =
        parseFloat(style.borderBottomWidth) > 0 ? style.borderBottomColor : style.borderInlineStartColor;
      check(node, edge, 'current-stage mark');
    }
    if (node.matches('.choice:has(:checked)')) check(node, style.borderInlineStartColor, 'chosen edge');
  }
  return failures;
}

/** Tabs through the element; returns each stop's problem with its focus ring, and the lowest ratio. */
export async function focusRings(
  el: Element,
): Promise<{ failures: string[]; lowest: number; stops: number }> {
  // Buttons around the element: Tab never leaves the page (Firefox would then blur the window).
  const [before, after] = ['Before', 'After'].map((text) => {
    const button = document.createElement('button');
    button.textContent = text;
    return button;
  }) as [HTMLButtonElement, HTMLButtonElement];
  el.before(before);
  el.after(after);
  before.focus();
  const failures: string[] = [];
  let lowest = Infinity;
  let stops = 0;
  const inside = new Set(deepElements(el));
  for (let i = 0; i < 120; i++) {
    await sendKeys({ press: 'Tab' });
    const focused = deepActiveElement();
    if (!focused || !inside.has(focused)) break;
    stops++;
    const style = getComputedStyle(focused);
    const ratio = contrast(parseColor(style.outlineColor), backgroundBehind(composedParent(focused)!));
    lowest = Math.min(lowest, ratio);
    if (!focused.matches(':focus-visible')) failures.push(`${nameOf(focused)}: not :focus-visible`);
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
      failures.push(`${nameOf(focused)}: outline ${style.outlineStyle} ${style.outlineWidth}`);
    }
    if (ratio < 3) failures.push(`${nameOf(focused)}: ring ${ratio.toFixed(2)}:1`);
    const clip = ringClippedBy(focused, style);
    if (clip) failures.push(`${nameOf(focused)}: ring cut off by ${clip}`);
  }
  before.remove();
  after.remove();
  return { failures, lowest, stops };
}

/**
 * The ancestor that cuts off part of this element's focus ring, if any: one that clips what
 * it paints (`content-visibility: auto`, paint containment, or overflow other than visible)
 * while the ring, drawn `outline-offset` + `outline-width` around the border box, reaches past
 * its padding box.
 */
function ringClippedBy(focused: Element, style: CSSStyleDeclaration): string | undefined {
  const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
  const box = focused.getBoundingClientRect();
  const ring = {
    top: box.top - reach,
    left: box.left - reach,
    bottom: box.bottom + reach,
    right: box.right + reach,
  };
  for (let node = composedParent(focused); node; node = composedParent(node)) {
    const css = getComputedStyle(node);
    const clips =
      css.contentVisibility === 'auto' ||
      /paint|strict|content/.test(css.contain) ||
      css.overflowX !== 'visible' ||
      css.overflowY !== 'visible';
    if (!clips) continue;
    const outer = node.getBoundingClientRect();
    const padding = {
      top: outer.top + parseFloat(css.borderTopWidth),
      left: outer.left + parseFloat(css.borderLeftWidth),
      bottom: outer.bottom - parseFloat(css.borderBottomWidth),
      right: outer.right - parseFloat(css.borderRightWidth),
    };
    const cut =
      ring.top < padding.top - 0.5 ||
      ring.left < padding.left - 0.5 ||
      ring.bottom > padding.bottom + 0.5 ||
      ring.right > padding.right + 0.5;
    if (cut) return nameOf(node);
  }
  return undefined;
}

/**
 * Targets under 24×24 CSS px (WCAG 2.5.8). A checkbox or radio counts with its label (clicking
 * the label ticks it); a link inside a sentence is exempt, as the criterion allows.
 */
export function smallTargets(el: Element): string[] {
  const failures: string[] = [];
  for (const node of deepElements(el)) {
    if (!node.matches('button, input:not([type="hidden"]), textarea, select, a[href]') || !isShown(node))
      continue;
    if (node.localName === 'a' && inRunningText(node)) continue;
    const target = node.matches('input[type="checkbox"], input[type="radio"]')
      ? (node.closest('label') ?? node)
      : node;
    const box = target.getBoundingClientRect();
    if (box.width < 24 || box.height < 24) {
      failures.push(`${nameOf(target)}: ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
    }
  }
  return failures;
}

/** A link laid out inline with words of its own paragraph around it. */
export function inRunningText(link: Element): boolean {
  if (getComputedStyle(link).display !== 'inline') return false;
  const block = link.closest('p, li, dd, td') ?? link.parentElement!;
  const own = [...block.childNodes].some(
    (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
  );
  return own;
}

const TOLERANCE = 0.5;

/** Laid-out HTML boxes a reader sees (inline boxes and SVG drawings excluded). */
function boxes(el: Element): HTMLElement[] {
  return deepElements(el).filter(
    (node): node is HTMLElement =>
      node instanceof HTMLElement && isShown(node) && getComputedStyle(node).display !== 'inline',
  );
}

/** Boxes that stick out of the frame's left or right edge (what makes a page scroll sideways). */
export function outsideFrame(el: Element, frame: Element): string[] {
  const { left, right } = frame.getBoundingClientRect();
  return boxes(el)
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.left < left - TOLERANCE || box.right > right + TOLERANCE;
    })
    .map((node) => {
      const box = node.getBoundingClientRect();
      return `${nameOf(node)}: ${box.left.toFixed(1)}–${box.right.toFixed(1)} outside ${left}–${right}`;
    });
}

/**
 * Boxes whose content is wider than they are, or taller where they hide or scroll what
 * overflows: text cut off or a scroll bar inside the widget. Fields scroll their own text.
 */
export function overflowing(el: Element): string[] {
  return boxes(el)
    .filter((node) => !node.matches('input, textarea, select'))
    .flatMap((node) => {
      const style = getComputedStyle(node);
      // A panel hidden until found renders none of its content: nothing in it can stick out.
      if (style.contentVisibility === 'hidden') return [];
      const problems: string[] = [];
      if (node.scrollWidth > node.clientWidth + 1) {
        problems.push(`${nameOf(node)}: content ${node.scrollWidth}px wide in ${node.clientWidth}px`);
      }
      const hides = style.overflowY !== 'visible' || style.overflowX !== 'visible';
      if (hides && node.scrollHeight > node.clientHeight + 1) {
        problems.push(`${nameOf(node)}: content ${node.scrollHeight}px tall in ${node.clientHeight}px`);
      }
      return problems;
    });
}

/** Text that runs past the edges of its own box (a fixed height or width too small for it). */
export function textOutsideBox(el: Element): string[] {
  const problems: string[] = [];
  for (const node of textElements(el)) {
    if (getComputedStyle(node).display === 'inline') continue;
    const box = node.getBoundingClientRect();
    for (const text of node.childNodes) {
      if (text.nodeType !== Node.TEXT_NODE || text.textContent!.trim() === '') continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      const ink = range.getBoundingClientRect();
      if (
        ink.left < box.left - 1 ||
        ink.right > box.right + 1 ||
        ink.top < box.top - 2 ||
        ink.bottom > box.bottom + 2
      ) {
        problems.push(`${nameOf(node)}: text ${rect(ink)} outside its box ${rect(box)}`);
      }
    }
  }
  return problems;
}

/** Sibling boxes in the normal flow that sit on top of each other. */
export function overlapping(el: Element): string[] {
  const problems: string[] = [];
  const inFlow = (node: HTMLElement) => {
    const position = getComputedStyle(node).position;
    return position !== 'absolute' && position !== 'fixed';
  };
  const shown = new Set(boxes(el).filter(inFlow));
  for (const parent of [el, ...deepElements(el)]) {
    const root = parent.shadowRoot ?? parent;
    const children = [...root.children].filter((c): c is HTMLElement => shown.has(c as HTMLElement));
    for (const [i, a] of children.entries()) {
      for (const b of children.slice(i + 1)) {
        const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        const width = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const height = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (width > 1 && height > 1)
          problems.push(`${nameOf(a)} ${rect(p)} overlaps ${nameOf(b)} ${rect(q)}`);
      }
    }
  }
  return problems;
}

function rect(box: DOMRect): string {
  return `[${box.left.toFixed(0)},${box.top.toFixed(0)} ${box.width.toFixed(0)}×${box.height.toFixed(0)}]`;
}

/** Everything that shows a layout breaking inside a frame: sideways overflow, cut-off text, overlaps. */
export function layoutProblems(el: Element, frame: Element): string[] {
  return [...outsideFrame(el, frame), ...overflowing(el), ...textOutsideBox(el), ...overlapping(el)];
}

/** A user's text-spacing stylesheet (WCAG 1.4.12), applied inside every shadow root. */
export const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p, li { margin-block-end: 2em !important; }
`;

/** Adds a sheet inside the element's shadow root and every shadow root within it; returns the undo. */
export function applyInside(el: Element, css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const inner of root.querySelectorAll('*')) if (inner.shadowRoot) visit(inner.shadowRoot);
  };
  visit(el.shadowRoot!);
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
