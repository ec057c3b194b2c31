import { css } from 'lit';

export const faqStyles = css`
  .intro,
  .count {
    color: var(--_muted);
  }

  .tools {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .search label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }

  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  input[type='search'] {
    flex: 1 1 12em;
    min-width: 0;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  input[type='search']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  /* One way to clear the field: the "Clear search" button, not the engine's own cross too. */
  input[type='search']::-webkit-search-cancel-button {
    appearance: none;
  }

  .filters,
  .all {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .filters [aria-pressed='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }

  .copy-link {
    min-height: 2.25em;
    font-size: 0.9em;
    color: var(--_accent);
  }

  /* Room for the count kept while it is empty, so the list does not jump at the first key. */
  .count {
    min-height: 1.5em;
    margin-block: 0.25em 0;
  }

  .topic {
    font-size: 1.1em;
    margin-block: calc(var(--_space) * 1.5) calc(var(--_space) * 0.25);
  }

  .short {
    font-weight: 600;
  }

  /*
   * A long FAQ is all in the page at once; items off screen skip layout and paint. Until an
   * item has been seen it holds the height measured for a closed one-line item (the button's
   * line and padding, and the hidden panel's padding: 65px at 16px in all three engines);
   * after that, its own remembered height.
   */
  .disclosure {
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(1lh + var(--_space) * 2.5);
  }

  ::highlight(therapy-faq-match) {
    color: inherit;
    background-color: color-mix(in srgb, var(--_accent) 22%, transparent);
  }

  mark {
    color: inherit;
    background: color-mix(in srgb, var(--_accent) 22%, transparent);
    border-radius: 0.15em;
    outline: 1px solid color-mix(in srgb, var(--_accent) 40%, transparent);
  }

  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .cta {
    margin-block-start: calc(var(--_space) * 2);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .cta-links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.25em;
    margin: 0;
  }

  .cta-links a,
  .empty a {
    display: inline-block;
    padding-block: 0.35em;
  }

  .book {
    padding: 0.6em 1.1em !important;
    border-radius: var(--_radius);
    color: var(--_on-accent);
    background: var(--_accent);
    text-decoration: none;
    font-weight: 600;
  }

  @media print {
    .disclosure {
      content-visibility: visible;
    }

    .cta .book {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .filters [aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }

    mark {
      color: MarkText;
      background: Mark;
    }

    /* Its own rule: an engine without ::highlight() drops only this one. */
    ::highlight(therapy-faq-match) {
      color: MarkText;
      background-color: Mark;
    }

    .book {
      border: 1px solid LinkText;
      color: LinkText;
      background: Canvas;
    }
  }
`;
