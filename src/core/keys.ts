/**
 * Arrow-key movement shared by the accordions (vertical) and the guide's stage tabs
 * (horizontal, mirrored for right-to-left), per the ARIA Authoring Practices.
 */

export type Orientation = 'vertical' | 'horizontal';

/**
 * Which arrows move: Up/Down (`vertical`), Left/Right (`horizontal`, mirrored right to
 * left), or all four (`both`: a tab list that stacks on narrow screens, so the keys a reader
 * learned on a wide one keep working).
 */
export type ArrowKeys = Orientation | 'both';

/**
 * The index focus moves to for this key, or `undefined` when the key is not a movement key.
 * Arrows wrap around; Home and End go to the first and last.
 */
export function moveIndex(
  key: string,
  index: number,
  count: number,
  arrows: ArrowKeys,
  rtl = false,
): number | undefined {
  if (count === 0) return undefined;
  const across = arrows !== 'vertical';
  const down = arrows !== 'horizontal';
  const forward = (down && key === 'ArrowDown') || (across && key === (rtl ? 'ArrowLeft' : 'ArrowRight'));
  const backward = (down && key === 'ArrowUp') || (across && key === (rtl ? 'ArrowRight' : 'ArrowLeft'));
  if (forward) return (index + 1) % count;
  if (backward) return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * Handles a keydown among a group of focusable controls: moves focus to the right one and
 * returns its index, or returns `undefined` and leaves the event alone.
 */
export function moveFocus(
  event: KeyboardEvent,
  controls: readonly HTMLElement[],
  arrows: ArrowKeys,
  rtl = false,
): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const current = controls.indexOf(event.currentTarget as HTMLElement);
  const next = moveIndex(event.key, current, controls.length, arrows, rtl);
  if (next === undefined) return undefined;
  event.preventDefault();
  controls[next]?.focus();
  return next;
}
