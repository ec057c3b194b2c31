import { css } from 'lit';

export const crisisStyles = css`
  .notice {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .services {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .service-name {
    font-weight: 700;
  }

  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin-block: 0.15em;
  }

  .contacts a {
    display: inline-block;
    min-height: 1.5em;
    padding-block: 0.1em;
    font-weight: 600;
  }

  .note,
  .checked {
    color: var(--_muted);
  }

  .checked {
    font-size: 0.9em;
    margin-block-end: 0;
  }

  .line {
    margin: 0;
  }

  /* Inside another widget, the line sits on that widget's own surface. */
  :host([variant='line']) .root.dark,
  :host([variant='line']) .root.auto {
    padding: 0;
    background: none;
  }

  .line .contacts {
    display: inline;
  }

  .line a {
    margin-inline-start: 0.5em;
  }

  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
    }
  }
`;
