import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe } from './settings.js';

/** Longer fragments are never ours: ids are short. */
const MAX_FRAGMENT = 2048;

/**
 * Follows `#<prefix>-<id>` links: on load and on every `hashchange`, calls `open(id)` for an id
 * that exists, then moves focus to the heading or control the host names and scrolls it into
 * view, so the next Tab goes on from there and a screen reader reads the target (WCAG 2.4.3).
 * It never changes the URL.
 */
export class DeepLinkController implements ReactiveController {
  private readonly said = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly prefix: string,
    /** Opens the item; returns its heading or control (focusable), or `undefined` for an unknown id. */
    private readonly open: (id: string) => Promise<HTMLElement | undefined>,
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
    const id = this.idFrom(window.location.hash.slice(1));
    if (id === undefined) return;
    const target = await this.open(id);
    if (!target) return;
    target.focus({ preventScroll: true });
    scrollGently(target, 'start');
  };

  /**
   * The id a fragment names for this host, or `undefined`. A fragment of ours that is too
   * long or badly percent-encoded (`#faq-%E0%A4%A`) is warned about once and ignored; other
   * fragments (`#50%off`) belong to the page and are left alone.
   */
  private idFrom(raw: string): string | undefined {
    const start = `${this.prefix}-`;
    let problem: string | undefined;
    let hash = raw;
    if (raw.length > MAX_FRAGMENT) problem = `is longer than ${MAX_FRAGMENT} characters`;
    else {
      try {
        hash = decodeURIComponent(raw);
      } catch {
        problem = 'is not valid percent-encoding';
      }
    }
    if (!hash.startsWith(start)) return undefined;
    if (problem === undefined) return hash.slice(start.length);
    const message = `<${this.host.localName}>: the link ${describe(`#${raw}`)} ${problem}; it accepts #${start}<id>. Nothing was opened.`;
    if (!this.said.has(message)) {
      this.said.add(message);
      console.warn(message);
    }
    return undefined;
  }
}

/** Scrolls an element into view: smoothly, or at once when the reader prefers reduced motion. */
export function scrollGently(target: Element, block: ScrollLogicalPosition): void {
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block });
}
