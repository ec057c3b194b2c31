import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows `#<prefix>-<id>` links: on load and on every `hashchange`, calls `open(id)` for an id
 * that exists, then scrolls the element the host names into view. It never changes the URL.
 */
export class DeepLinkController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly prefix: string,
    /** Opens the item; returns the element to scroll to, or `undefined` for an unknown id. */
    private readonly open: (id: string) => Promise<Element | undefined>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.follow);
    // After the first render, so the target exists.
    void this.host.updateComplete.then(this.follow);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.follow);
  }

  /** The fragment that links to this id. */
  fragment(id: string): string {
    return `#${this.prefix}-${id}`;
  }

  private readonly follow = async (): Promise<void> => {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (!hash.startsWith(`${this.prefix}-`)) return;
    const target = await this.open(hash.slice(this.prefix.length + 1));
    if (!target) return;
    scrollGently(target, 'start');
  };
}

/** Scrolls an element into view: smoothly, or at once when the reader prefers reduced motion. */
export function scrollGently(target: Element, block: ScrollLogicalPosition): void {
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block });
}
