import { css } from 'lit';

export const guideStyles = css`
  .root {
    container-type: inline-size;
  }

  /* Stage tabs: a row of numbered steps on wide screens, a stacked list on narrow ones. */
  .steps {
    display: flex;
    gap: calc(var(--_space) * 0.25);
    margin-block: var(--_space) calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_divider);
  }

  .step {
    flex: 1 1 0;
    min-width: 0;
    min-height: 2.75em;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.35em;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.25);
    border: 0;
    border-block-end: 0.2em solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
    text-align: center;
    cursor: pointer;
    transition: background-color 150ms ease;
  }

  .step:hover {
    background: var(--_surface);
  }

  .step:hover .step-title {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .step[aria-selected='true'] {
    border-block-end-color: var(--_accent);
    font-weight: 700;
  }

  .step-number {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.75em;
    height: 1.75em;
    border: 1px solid var(--_border);
    border-radius: 50%;
    font-size: 0.9em;
    font-weight: 600;
  }

  .step[aria-selected='true'] .step-number {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .step-title {
    line-height: 1.25;
  }

  @container (max-width: 36em) {
    .steps {
      flex-direction: column;
      gap: 0.15em;
      border-block-end: 0;
    }

    .step {
      flex: none;
      flex-direction: row;
      gap: 0.75em;
      border-block-end: 0;
      border-inline-start: 0.2em solid transparent;
      border-radius: 0 var(--_radius) var(--_radius) 0;
      text-align: start;
    }

    .step:dir(rtl) {
      border-radius: var(--_radius) 0 0 var(--_radius);
    }

    .step[aria-selected='true'] {
      border-inline-start-color: var(--_accent);
    }
  }

  .progress {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .panel {
    /* No padding or border: a panel hidden until found keeps its box. */
    border-radius: var(--_radius);
  }

  .stage-heading {
    font-size: 1.2em;
    line-height: 1.25;
  }

  .stage-heading:focus:not(:focus-visible) {
    outline: none;
  }

  .summary {
    color: var(--_muted);
    font-size: 1.05em;
  }

  .block h3,
  .block h4,
  .block h5,
  .block h6 {
    font-size: 1.05em;
    margin-block: calc(var(--_space) * 1.25) calc(var(--_space) * 0.5);
  }

  .block ul {
    padding-inline-start: 1.25em;
  }

  .block li + li {
    margin-block-start: 0.35em;
  }

  /* Buttons: Previous, Next, Copy and Print. */
  .pager,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin-block: var(--_space);
  }

  button[part~='button'] {
    display: inline-flex;
    flex-direction: column;
    justify-content: center;
    text-align: start;
  }

  button[part~='button']:hover {
    background: var(--_surface);
  }

  .pager .next {
    margin-inline-start: auto;
    text-align: end;
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .pager .next:hover {
    background: var(--_accent);
    text-decoration: underline;
  }

  .pager-label {
    font-size: 0.85em;
  }

  .pager-title {
    font-weight: 600;
  }

  /* The prep sheet. */
  .prep {
    margin-block: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 700;
  }

  .tick {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    padding-block: 0.3em;
    cursor: pointer;
  }

  .tick input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }

  .hopes-label {
    display: block;
    font-weight: 700;
  }

  .hint,
  .privacy {
    color: var(--_muted);
  }

  .hint {
    margin-block-end: 0.4em;
  }

  textarea {
    display: block;
    width: 100%;
    min-height: 6em;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    resize: vertical;
  }

  .privacy {
    margin-block: 0.6em 0;
    font-size: 0.95em;
  }

  .hopes-print {
    display: none;
  }

  .status {
    margin: 0;
  }

  /* The closing links. */
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.25em;
  }

  .links a {
    display: inline-block;
    min-height: 1.5em;
    padding-block: 0.1em;
  }

  .links .book {
    padding: 0.55em 1.1em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }

  .crisis-line {
    margin-block-start: var(--_space);
  }

  @media print {
    .steps,
    .progress {
      display: none !important;
    }

    .panel[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }

    .panel + .panel {
      margin-block-start: calc(var(--_space) * 2);
    }

    .prep {
      border-color: #000;
      background: none;
      break-inside: avoid;
    }

    .hopes-print {
      display: block;
      min-height: 6em;
      padding: 0.5em;
      border: 1px solid #000;
      white-space: pre-wrap;
    }

    .links .book {
      padding: 0;
      background: none;
      color: inherit;
    }
  }

  @media (forced-colors: active) {
    /* A transparent edge would be drawn in the text colour: keep it the page's colour. */
    .step {
      border-color: Canvas;
    }

    .step[aria-selected='true'] {
      border-color: Highlight;
    }

    .step-number,
    textarea {
      border-color: CanvasText;
    }

    .step[aria-selected='true'] .step-number {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }

    .pager .next,
    .links .book {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }

    .links .book {
      color: LinkText;
      border-color: LinkText;
    }
  }
`;
