/**
 * Arrow-key movement shared by the accordions (vertical) and the guide's stage tabs
 * (horizontal, mirrored for right-to-left), per the ARIA Authoring Practices.
 */

export type Orientation = 'vertical' | 'horizontal';

/**
 * The index focus moves to for this key, or `undefined` when the key is not a movement key.
 * Arrows wrap around; Home and End go to the first and last.
 */
export function moveIndex(
  key: string,
  index: number,
  count: number,
  orientation: Orientation,
  rtl = false,
): number | undefined {
  if (count === 0) return undefined;
  const forward = orientation === 'vertical' ? 'ArrowDown' : rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = orientation === 'vertical' ? 'ArrowUp' : rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return (index + 1) % count;
    case backward:
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * Handles a keydown among a group of focusable controls: moves focus to the right one and
 * returns its index, or returns `undefined` and leaves the event alone.
 */
export function moveFocus(
  event: KeyboardEvent,
  controls: readonly HTMLElement[],
  orientation: Orientation,
  rtl = false,
): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const current = controls.indexOf(event.currentTarget as HTMLElement);
  const next = moveIndex(event.key, current, controls.length, orientation, rtl);
  if (next === undefined) return undefined;
  event.preventDefault();
  controls[next]?.focus();
  return next;
}
