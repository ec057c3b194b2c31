/**
 * Follows edits to config blocks: one MutationObserver per `<script>` block, shared by every
 * element that reads it, so a block a page edits after load reaches them all. A block that
 * is not in the page yet (a page builder or an app may add it after the widgets) is awaited
 * by one observer of the document, shared by every element waiting. Each observer stops, and
 * is forgotten, when the last element stops reading or waiting.
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

interface Arrivals {
  readonly observer: MutationObserver;
  /** What each waiting element rereads with, and the id it waits for. */
  readonly waiting: Map<() => void, string>;
}

const arrivals = new Map<Document, Arrivals>();

function awaitBlock(doc: Document, id: string, listener: () => void): void {
  let entry = arrivals.get(doc);
  if (!entry) {
    const waiting = new Map<() => void, string>();
    const observer = new MutationObserver(() => {
      for (const [notify, wanted] of waiting) if (getElementById(doc, wanted)) notify();
    });
    observer.observe(doc, { childList: true, subtree: true, attributeFilter: ['id'] });
    entry = { observer, waiting };
    arrivals.set(doc, entry);
  }
  entry.waiting.set(listener, id);
}

function stopAwaiting(doc: Document, listener: () => void): void {
  const entry = arrivals.get(doc);
  if (!entry?.waiting.delete(listener) || entry.waiting.size > 0) return;
  entry.observer.disconnect();
  arrivals.delete(doc);
}

/**
 * How many observers are open now: a block's or a document's (awaiting a block). None once
 * no element reads or awaits a block (tests check this).
 */
export function watchedBlocks(): number {
  return watches.size + arrivals.size;
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
    stopAwaiting(this.host.ownerDocument, this.handleEdit);
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
    const doc = this.host.ownerDocument;
    const block = id ? getElementById(doc, id) : null;
    this.follow(block);
    // A block named but not in the page yet is read when it arrives.
    if (id && !block) awaitBlock(doc, id, this.handleEdit);
    else stopAwaiting(doc, this.handleEdit);
    return { id, result: id ? readConfig(id, doc) : undefined };
  }

  private follow(block: Node | null): void {
    if (block === this.block) return;
    if (this.block) unwatch(this.block, this.handleEdit);
    this.block = block;
    if (block) watch(block, this.handleEdit);
  }
}
