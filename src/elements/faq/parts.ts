/**
 * Smaller pieces of the FAQ: an open answer's "copy link" button, what shows when nothing
 * matches, and the closing call to action. The element owns the state; these only render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { FaqUi } from '../../content/ui-types.js';

export function renderCopyLink(ui: FaqUi, question: string, onCopy: () => void): TemplateResult {
  // The name is set whole, so no engine adds a space before the colon.
  return html`<button
    type="button"
    part="button"
    class="copy-link no-print"
    aria-label=${`${ui.copyLink}: ${question}`}
    @click=${onCopy}
  >
    ${ui.copyLink}
  </button>`;
}

export interface NoResultsOptions {
  readonly ui: FaqUi;
  /** The practice's contact links (no booking link: the reader has a question first). */
  readonly links: readonly TemplateResult[];
  /** Whether a query is typed (then a "clear search" button shows). */
  readonly searching: boolean;
  readonly onClear: () => void;
}

export function renderNoResults(options: NoResultsOptions): TemplateResult {
  return html`<div class="empty">
    <p>${options.ui.noResults}</p>
    <p>${options.ui.noResultsContact} ${options.links}</p>
    ${
      options.searching
        ? html`<button type="button" part="button" class="no-print" @click=${options.onClear}>
            ${options.ui.clearSearch}
          </button>`
        : nothing
    }
  </div>`;
}

/** "Ready when you are", with the practice's links; nothing when none is set. */
export function renderCallToAction(
  ui: FaqUi,
  links: readonly TemplateResult[],
  heading: StaticValue,
): TemplateResult | typeof nothing {
  if (links.length === 0) return nothing;
  return html`<div class="cta">
    ${staticHtml`<${heading} id="cta-heading">${ui.ctaHeading}</${heading}>`}
    <p>${ui.ctaText}</p>
    <p class="cta-links">${links}</p>
  </div>`;
}
