/**
 * Rendering that several elements share: content blocks (paragraphs and lists) and the
 * practice's own links (booking, contact, phone, email), built only from parsed settings.
 */
import { html, type TemplateResult } from 'lit';
import type { Block, CommonContent } from '../../content/types.js';
import type { Settings } from '../../core/settings.js';
import { mailtoHref, telHref } from '../../core/safe-url.js';

/** Paragraphs and bulleted lists; `mark` may wrap text, e.g. to highlight search matches. */
export function renderBlocks(
  blocks: readonly Block[],
  mark: (text: string) => TemplateResult | string = (text) => text,
): TemplateResult {
  return html`${blocks.map((block) =>
    typeof block === 'string'
      ? html`<p>${mark(block)}</p>`
      : html`<ul>
          ${block.list.map((line) => html`<li>${mark(line)}</li>`)}
        </ul>`,
  )}`;
}

/**
 * The practice's links that are set, in one order: book (when `book` is true), contact, call,
 * email. Each is a `link` part; the booking link also has the class `book`.
 */
export function practiceLinks(settings: Settings, words: CommonContent, book = true): TemplateResult[] {
  const { bookingUrl, contactUrl, phone, email } = settings;
  const links: TemplateResult[] = [];
  if (book && bookingUrl) links.push(html`<a part="link" class="book" href=${bookingUrl}>${words.book}</a>`);
  if (contactUrl) links.push(html`<a part="link" href=${contactUrl}>${words.contact}</a>`);
  if (phone) links.push(html`<a part="link" href=${telHref(phone)}>${words.callPractice(phone)}</a>`);
  if (email) links.push(html`<a part="link" href=${mailtoHref(email)}>${words.emailPractice(email)}</a>`);
  return links;
}
