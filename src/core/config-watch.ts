/**
 * Follows edits to config blocks: one MutationObserver per `<script>` block, shared by every
 * element that reads it, so a block a page edits after load reaches them all. The observer
 * stops, and is forgotten, when the last element stops reading the block.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readConfig, type ConfigResult } from './config.js';
import { getElementById } from './dom.js';

interface Watch {
  readonly observer: MutationObserver;
  readonly listeners: Set<() => void>;
}

const watches = new Map<Node, Watch>();

function watch(block: Node, listener: () => void): void {
  let entry = watches.get(block);
  if (!entry) {
    const listeners = new Set<() => void>();
    const observer = new MutationObserver(() => {
      for (const notify of listeners) notify();
    });
    observer.observe(block, { childList: true, characterData: true, subtree: true, attributes: true });
    entry = { observer, listeners };
    watches.set(block, entry);
  }
  entry.listeners.add(listener);
}

function unwatch(block: Node, listener: () => void): void {
  const entry = watches.get(block);
  if (!entry) return;
  entry.listeners.delete(listener);
  if (entry.listeners.size === 0) {
    entry.observer.disconnect();
    watches.delete(block);
  }
}

/** How many blocks are watched now: none once no element reads one (tests check this). */
export function watchedBlocks(): number {
  return watches.size;
}

/**
 * Reads one element's config block: again only when its id changes or the block is edited,
 * not on every update.
 */
export class ConfigController implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element;
  private readonly readId: () => string | undefined;
  private id: string | undefined;
  private block: Node | null = null;
  private stale = true;
  private readonly handleEdit = (): void => {
    this.stale = true;
    this.host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost & Element, readId: () => string | undefined) {
    this.host = host;
    this.readId = readId;
    host.addController(this);
  }

  hostConnected(): void {
    // The block may have changed while the element was out of the page.
    this.stale = true;
  }

  hostDisconnected(): void {
    this.follow(null);
  }

  /**
   * The block's id and what reading it gave, when that may have changed since the last call;
   * `undefined` when nothing changed. An element without `config` gets `{ id: undefined }`.
   */
  read(): { id: string | undefined; result: ConfigResult | undefined } | undefined {
    const id = this.readId()?.trim() || undefined;
    if (!this.stale && id === this.id) return undefined;
    this.stale = false;
    this.id = id;
    if (!id) {
      this.follow(null);
      return { id, result: undefined };
    }
    this.follow(getElementById(this.host.ownerDocument, id));
    return { id, result: readConfig(id, this.host.ownerDocument) };
  }

  private follow(block: Node | null): void {
    if (block === this.block) return;
    if (this.block) unwatch(this.block, this.handleEdit);
    this.block = block;
    if (block) watch(block, this.handleEdit);
  }
}
