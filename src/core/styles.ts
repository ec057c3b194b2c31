/**
 * The shared sheet every element starts from: documented `--therapy-*` tokens copied into
 * private `--_*` values, resets at the shadow boundary, themes, forced colours, reduced
 * motion and print. Element sheets use only the private values.
 */
import { css } from 'lit';

/** Dark-theme defaults, used by `theme="dark"` and by `theme="auto"` on a dark system. */
const dark = css`
  --_text: var(--therapy-color-text, #eef1f4);
  --_muted: var(--therapy-color-muted, #c3cad2);
  --_accent: var(--therapy-color-accent, #8cc8ff);
  --_on-accent: var(--therapy-color-on-accent, #0b1826);
  --_surface: var(--therapy-color-surface, #1c232b);
  --_border: var(--therapy-color-border, #6f7c89);
  --_page: #12171d;
  color-scheme: dark;
  color: var(--_text);
  background: var(--_page);
`;

export const hostStyles = css`
  :host {
    /* Inherit the host's font family and colour; never shrink below a readable size. */
    display: block;
    font-family: var(--therapy-font-family, inherit);
    font-size: var(--therapy-font-size, max(1em, 16px));
    line-height: var(--therapy-line-height, 1.5);
    /* Inherited host properties that would wreck the layout stop here. */
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    word-break: normal;
    /* "anywhere", not "break-word": a long email or name in a flex row may then shrink and
       wrap at 320 px instead of pushing the page sideways (WCAG 1.4.10). */
    overflow-wrap: anywhere;
    hyphens: manual;
    cursor: auto;
    visibility: visible;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .root {
    --_space: var(--therapy-space, 1em);
    --_radius: var(--therapy-radius, 0.5em);
    --_max-width: var(--therapy-max-width, 48em);
    --_muted: var(--therapy-color-muted, color-mix(in srgb, currentColor 78%, transparent));
    --_accent: var(--therapy-color-accent, #1a5b94);
    --_on-accent: var(--therapy-color-on-accent, #ffffff);
    --_surface: var(--therapy-color-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_border: var(--therapy-color-border, color-mix(in srgb, currentColor 58%, transparent));
    --_divider: color-mix(in srgb, var(--_border) 45%, transparent);
    /* Light: the host's text colour (when no token is set) on a transparent background. */
    color: var(--therapy-color-text);
    max-width: var(--_max-width);
  }

  .root.dark {
    ${dark}
    padding: var(--_space);
    border-radius: var(--_radius);
  }

  @media (prefers-color-scheme: dark) {
    .root.auto {
      ${dark}
      padding: var(--_space);
      border-radius: var(--_radius);
    }
  }

  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol {
    margin-block: 0 calc(var(--_space) * 0.75);
  }

  [part~='heading'] {
    font-size: 1.35em;
    line-height: 1.25;
    font-weight: 700;
  }

  a,
  [part~='link'] {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 0.15em;
  }

  /* Controls take the widget's own text (browsers give them a smaller font and reset spacing). */
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-transform: none;
  }

  /*
   * The outlined buttons every element shares (FAQ tools and copy link; Previous, Next, Copy
   * and Print), not the accordions' question buttons. :where() keeps it weightless, so an
   * element's own rule for a button always wins.
   */
  :where(button[part~='button']:not(.disclosure-button)) {
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.4em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }

  :focus-visible {
    outline: max(2px, 0.15em) solid var(--_accent);
    outline-offset: 0.15em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      scroll-behavior: auto !important;
    }
  }

  @media print {
    .root,
    .root.dark {
      color: #000;
      background: none;
    }

    .no-print {
      display: none !important;
    }
  }

  @media (forced-colors: active) {
    .root {
      --_accent: LinkText;
      --_border: CanvasText;
      --_divider: CanvasText;
      --_surface: Canvas;
    }

    :focus-visible {
      outline-color: Highlight;
    }

    button {
      border-color: ButtonText;
    }
  }
`;
