/**
 * Landmarks of the host page. A widget inside the page's own landmark (a `<main>`, an
 * `<aside aria-label="Get help">`) adds no region of its own: one more landmark there would
 * only be noise in a screen reader's landmark list.
 */
const LANDMARK = [
  'main',
  'nav',
  'aside',
  'section[aria-label]',
  'section[aria-labelledby]',
  'form[aria-label]',
  'form[aria-labelledby]',
  'search',
  ...['main', 'navigation', 'complementary', 'region', 'banner', 'contentinfo', 'search', 'form'].map(
    (role) => `[role="${role}"]`,
  ),
].join(', ');

/** Whether an ancestor of the element, across shadow roots, is a landmark. */
export function insideLandmark(element: Element): boolean {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.matches(LANDMARK)) return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}
