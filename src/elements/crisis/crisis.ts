import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { property } from 'lit/decorators.js';
import { composeCrisis } from '../../content/compose.js';
import { fillsFor, monthName } from '../../content/index.js';
import { CRISIS, CRISIS_LAST_CHECKED, inLocale, type Contact } from '../../content/jurisdictions.js';
import { fill } from '../../content/resolve.js';
import type { CrisisContent } from '../../content/types.js';
import { headingTag } from '../../core/heading.js';
import { insideLandmark } from '../../core/landmarks.js';
import { PracticeElement } from '../../core/practice-element.js';
import { oneOf, readField } from '../../core/settings.js';
import { smsHref, telHref } from '../../core/safe-url.js';
import { hostStyles } from '../../core/styles.js';
import { crisisStyles } from './crisis.styles.js';

const VARIANTS = ['notice', 'line'] as const;
type Variant = (typeof VARIANTS)[number];

/**
 * A calm "if you need help right now" notice with the emergency number and crisis lines of
 * the jurisdiction, as `tel:` and `sms:` links. It says plainly that the practice is not an
 * emergency service, and when the numbers were last checked. `generic` names no numbers.
 *
 * @tagname therapy-crisis
 * @summary A small crisis notice with the right local numbers.
 *
 * @csspart crisis - The notice (or the one-line variant).
 * @csspart heading - The notice's heading.
 * @csspart intro - The opening words.
 * @csspart link - Each call or text link.
 *
 * @cssprop --therapy-font-family - Font of all text (default: inherited).
 * @cssprop --therapy-font-size - Base size (default: inherited, at least 16px).
 * @cssprop --therapy-line-height - Line height (default 1.5).
 * @cssprop --therapy-color-text - Body text (default: inherited).
 * @cssprop --therapy-color-muted - Secondary text: notes and the "last checked" line.
 * @cssprop --therapy-color-accent - Links, focus rings and the notice's edge.
 * @cssprop --therapy-color-surface - The notice's background.
 * @cssprop --therapy-color-border - The notice's border.
 * @cssprop --therapy-radius - Corner radius.
 * @cssprop --therapy-space - Base spacing unit.
 * @cssprop --therapy-max-width - Widest the notice grows.
 */
export class TherapyCrisis extends PracticeElement {
  static override styles = [hostStyles, crisisStyles];

  /**
   * `notice` (default): the full notice. `line`: one short line, as other elements end with.
   * @type {'notice' | 'line'}
   */
  @property() variant?: string;

  private get shownVariant(): Variant {
    return (
      readField(
        { attribute: 'variant', accepted: VARIANTS.join(', '), parse: oneOf(VARIANTS) },
        this.variant,
        {},
        (refusal) => this.refuse(refusal),
      ) ?? 'notice'
    );
  }

  override render(): TemplateResult {
    // The practice's facts: the notice states how soon it answers, and a bad fact is warned
    // about here too (every element takes every fact).
    const words = composeCrisis(this.practice);
    return html`<div class=${this.rootClass} lang=${this.locale}>
      ${this.shownVariant === 'line' ? this.renderLine(words) : this.renderNotice(words)}
    </div>`;
  }

  private renderNotice(words: CrisisContent): TemplateResult {
    const { jurisdiction, headingLevel } = this.settings;
    const facts = CRISIS[jurisdiction];
    const tag = headingTag(headingLevel);
    // A region of its own only where the page has none around it (then it is a plain section).
    const named = insideLandmark(this) ? nothing : 'crisis-heading';
    return html`<section class="notice" part="crisis" aria-labelledby=${named}>
      ${staticHtml`<${tag} id="crisis-heading" part="heading">${words.heading}</${tag}>`}
      <p part="intro">${words.intro}</p>
      ${
        facts.emergency.length === 0
          ? html`<p>${words.genericEmergency}</p>
              <p>${words.genericLine}</p>`
          : html`<ul class="services">
              <li>
                <span class="service-name">${words.emergencyName}</span>
                ${this.renderContacts(
                  facts.emergency.map((number) => ({ kind: 'call', number })),
                  words,
                )}
                <span class="note">${words.emergencyNote}</span>
              </li>
              ${facts.services.map(
                (service) =>
                  html`<li>
                    <span class="service-name">${words.services[service.id].name}</span>
                    ${this.renderContacts(service.contacts, words)}
                    <span class="note">${words.services[service.id].note}</span>
                  </li>`,
              )}
            </ul>`
      }
      <p>${fill(words.notEmergency, fillsFor(this.locale, this.settings))}</p>
      <p class="checked">${words.lastChecked(monthName(CRISIS_LAST_CHECKED, this.locale))}</p>
    </section>`;
  }

  private renderLine(words: CrisisContent): TemplateResult {
    const facts = CRISIS[this.settings.jurisdiction];
    const first = facts.services[0];
    if (!first) return html`<p class="line" part="crisis">${words.genericEmergency}</p>`;
    const emergency: Contact[] = facts.emergency.map((number) => ({ kind: 'call', number }));
    return html`<p class="line" part="crisis">
      ${words.lineLead} <span class="service-name">${words.services[first.id].name}</span>
      ${this.renderContacts(first.contacts, words)}. ${words.emergencyName}:
      ${this.renderContacts(emergency, words)}.
    </p>`;
  }

  private renderContacts(contacts: readonly Contact[], words: CrisisContent): TemplateResult {
    // No white space at the span's edges: in the one-line variant a full stop follows it.
    const links = contacts
      .map((c) => inLocale(c, this.locale))
      .map((contact) =>
        contact.kind === 'call'
          ? html`<a part="link" href=${telHref(contact.number)}>${words.call(contact.number)}</a>`
          : html`<a part="link" href=${smsHref(contact.number, contact.keyword)}
              >${words.text(contact.number, contact.keyword)}</a
            >`,
      );
    return html`<span class="contacts">${links}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'therapy-crisis': TherapyCrisis;
  }
}
