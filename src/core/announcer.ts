/**
 * The one polite live region each element speaks through. It renders a `role="status"`
 * region and puts each message in a fresh node, so a message equal to the last one ("Link
 * copied." twice) is still an addition that screen readers announce, in every engine, with
 * no timing tricks. Results are said only when they differ from what the region says, so a
 * keystroke that leaves the count unchanged says nothing again.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

export class AnnouncerController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  /** The message on show; `serial` keys its node, so each announcement gets a new one. */
  private message = { text: '', serial: 0 };
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** What the region says now. */
  get text(): string {
    return this.message.text;
  }

  /** Says `text`, even when it is what the region already says. */
  announce(text: string): void {
    clearTimeout(this.timer);
    this.message = { text, serial: this.message.serial + 1 };
    this.host.requestUpdate();
  }

  /** Says `text` only if the region says something else; an empty text clears the region. */
  announceChange(text: string): void {
    clearTimeout(this.timer);
    if (text === this.message.text) return;
    if (text === '') this.clear();
    else this.announce(text);
  }

  /**
   * Says what `compute` returns once the reader pauses for `delay` ms, even when it repeats
   * what the region says: each choice is confirmed, and quick moves say only the last one.
   */
  announceLater(compute: () => string, delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.announce(compute()), delay);
  }

  /**
   * Says what `compute` returns once the reader pauses for `delay` ms (typing restarts the
   * wait), only if it differs from what the region says: a count read on every key is noise.
   */
  announceChangeLater(compute: () => string, delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.announceChange(compute()), delay);
  }

  /** Empties the region, e.g. when "Copied." no longer describes what is on screen. */
  clear(): void {
    clearTimeout(this.timer);
    if (this.message.text === '') return;
    this.message = { text: '', serial: this.message.serial + 1 };
    this.host.requestUpdate();
  }

  /** The live region; `className` defaults to visually hidden. */
  render(className = 'visually-hidden'): TemplateResult {
    const shown = this.message.text === '' ? [] : [this.message];
    // No white space around the message: the region's text is exactly what is said.
    const messages = repeat(
      shown,
      (message) => message.serial,
      (message) => html`<span>${message.text}</span>`,
    );
    return html`<div class=${className} role="status" aria-live="polite">${messages}</div>`;
  }
}
