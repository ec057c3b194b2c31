/**
 * One accordion item per the ARIA Authoring Practices: a heading holding a button with
 * `aria-expanded` and `aria-controls`, and the panel it shows. Collapsed panels use
 * `hidden="until-found"` where the browser supports it, so find-in-page still reaches them
 * (the browser fires `beforematch` and the element opens the item).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';

/** Whether collapsed content can be found by the browser's find-in-page. */
export const UNTIL_FOUND = typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;

export interface DisclosureOptions {
  /** Prefix + id give the element ids, e.g. `faq-cost`, `faq-cost-button`, `faq-cost-panel`. */
  readonly key: string;
  readonly open: boolean;
  readonly heading: StaticValue;
  readonly label: TemplateResult | string;
  readonly body: TemplateResult;
  /** Part names for the item, its button and its panel. */
  readonly parts: { readonly item: string; readonly button: string; readonly panel: string };
  readonly onToggle: (event: Event) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
  /** Called when find-in-page reveals the collapsed panel. */
  readonly onReveal: (event: Event) => void;
  /** Extra controls after the panel's body, e.g. "copy link". */
  readonly extra?: TemplateResult | typeof nothing;
}

export function renderDisclosure(options: DisclosureOptions): TemplateResult {
  return html`<div class="disclosure" part=${options.parts.item} id=${options.key} ?data-open=${options.open}>
    ${staticHtml`<${options.heading} class="disclosure-heading">
      <button
        type="button"
        class="disclosure-button"
        part=${options.parts.button}
        id=${`${options.key}-button`}
        aria-expanded=${options.open ? 'true' : 'false'}
        aria-controls=${`${options.key}-panel`}
        @click=${options.onToggle}
        @keydown=${options.onKeydown}
      ><span class="disclosure-label">${options.label}</span><span class="chevron" aria-hidden="true"></span></button>
    </${options.heading}>`}
    <div
      class="disclosure-panel"
      part=${options.parts.panel}
      id=${`${options.key}-panel`}
      hidden=${options.open ? nothing : UNTIL_FOUND ? 'until-found' : ''}
      @beforematch=${options.onReveal}
    >
      ${options.body} ${options.extra ?? nothing}
    </div>
  </div>`;
}

export const disclosureStyles = css`
  .disclosure {
    border-block-end: 1px solid var(--_divider);
  }

  .disclosure-heading {
    margin: 0;
    font-size: 1em;
    line-height: inherit;
  }

  .disclosure-button {
    display: flex;
    width: 100%;
    min-height: 2.75em;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.25);
    border: 0;
    background: none;
    text-align: start;
    font-weight: 600;
    cursor: pointer;
  }

  /* The ring inside the button: an FAQ item paints nothing outside its own box (it has
     content-visibility: auto), so a ring drawn outside would be cut to a line. */
  .disclosure-button:focus-visible {
    outline-offset: calc(-1 * max(2px, 0.15em));
  }

  .disclosure-button:hover .disclosure-label {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .chevron {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.25em;
    /* Physical sides: the rotated corner points down (open: up) in either direction. */
    border-right: 0.14em solid currentColor;
    border-bottom: 0.14em solid currentColor;
    transform: rotate(45deg);
    transition: transform 150ms ease;
  }

  [aria-expanded='true'] .chevron {
    transform: rotate(-135deg);
  }

  .disclosure-panel {
    padding: 0 calc(var(--_space) * 0.25) var(--_space);
  }

  .disclosure-panel[hidden]:not([hidden='until-found']) {
    display: none;
  }

  @media print {
    .disclosure-panel[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }

    .chevron {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .chevron {
      border-color: ButtonText;
    }
  }
`;
