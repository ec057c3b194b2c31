/**
 * Watches the FAQ's light-DOM `<details>` children and reads them again as practice items
 * whenever the page changes them, while the element is in the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readPracticeItems, type PracticeItem } from './items.js';

export class LightDomController implements ReactiveController {
  /** The practice's items as last read; a new array after every change. */
  items: readonly PracticeItem[] = [];

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly observer = new MutationObserver(() => this.read());

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  private read(): void {
    this.items = readPracticeItems(this.host);
    this.host.requestUpdate();
  }
}
