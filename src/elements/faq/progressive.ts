/**
 * Progressive rendering for a long FAQ: up to `allAtOnce` items render together (every
 * default FAQ does); a longer list renders its first screens at once and the rest a batch
 * per frame, instead of blocking the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ProgressiveOptions {
  readonly allAtOnce: number;
  readonly first: number;
  readonly perFrame: number;
}

export class ProgressiveController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: ProgressiveOptions;
  private limit: number;
  /** How many items the last render had to show. */
  private wanted = 0;
  private frame = 0;

  constructor(host: ReactiveControllerHost, options: ProgressiveOptions) {
    this.host = host;
    this.options = options;
    this.limit = options.first;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.wanted > this.options.allAtOnce && this.limit < this.wanted && this.frame === 0) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.limit += this.options.perFrame;
        this.host.requestUpdate();
      });
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** How many of `count` items to render now. */
  renderCount(count: number): number {
    this.wanted = count;
    return count <= this.options.allAtOnce ? count : Math.min(count, this.limit);
  }

  /** Renders everything at the next update, e.g. before a deep link scrolls to an item. */
  showAll(): void {
    this.limit = Infinity;
    this.host.requestUpdate();
  }
}
