import { css } from 'lit';

export const confidentialityStyles = css`
  .reviewed,
  .disclaimer,
  .hint {
    color: var(--_muted);
  }

  .reviewed,
  .disclaimer {
    font-size: 0.9em;
  }

  .sections {
    margin-block: var(--_space) calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_divider);
  }

  /* The explorer: situations to choose, and the answer beside them when there is room. */
  .explorer {
    container-type: inline-size;
    margin-block-end: calc(var(--_space) * 2);
  }

  .explorer-title {
    font-size: 1.15em;
    line-height: 1.3;
  }

  .explorer-body {
    display: grid;
    gap: var(--_space);
  }

  @container (min-width: 34em) {
    .explorer-body {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr);
      align-items: start;
    }

    .result {
      position: sticky;
      top: var(--_space);
    }
  }

  .choices {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }

  .choice:hover {
    border-color: var(--_accent);
  }

  .choice:has(:checked) {
    border-color: var(--_accent);
    border-inline-start-width: 0.3em;
    padding-inline-start: calc(0.75em - 0.3em + 1px);
    font-weight: 600;
  }

  .choice input {
    flex: none;
    width: 1.15em;
    height: 1.15em;
    margin: 0.2em 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .result {
    min-height: 4em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .hint {
    margin: 0;
  }

  .answer > :last-child {
    margin-block-end: 0;
  }

  .answer-heading {
    font-size: 1em;
    line-height: inherit;
  }

  .verdict {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    padding: 0.2em 0.8em 0.2em 0.45em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-weight: 700;
  }

  .verdict-icon {
    flex: none;
    width: 1.3em;
    height: 1.3em;
    color: var(--_accent);
  }

  /* Every situation's answer, for print only (on screen the reader chooses one). */
  .print-scenarios {
    display: none;
  }

  .ask-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    padding: 0;
    list-style: none;
  }

  .ask-links a {
    display: inline-block;
    min-height: 1.5em;
    padding-block: 0.1em;
    font-weight: 600;
  }

  .crisis-line {
    margin-block-start: var(--_space);
  }

  @media print {
    .explorer {
      container-type: normal;
    }

    .explorer-body {
      display: none;
    }

    .print-scenarios {
      display: grid;
      gap: var(--_space);
    }

    .print-scenarios .answer {
      break-inside: avoid;
    }

    .verdict {
      border-color: currentColor;
    }

    .verdict-icon {
      color: inherit;
    }
  }

  @media (forced-colors: active) {
    .choice {
      border-color: ButtonText;
    }

    .choice:has(:checked) {
      border-color: Highlight;
    }

    .result,
    .verdict {
      border-color: CanvasText;
    }

    .verdict-icon {
      color: CanvasText;
    }
  }
`;
