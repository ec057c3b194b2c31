/**
 * The verdict icons, drawn inline (no fetched or `data:` images, so a strict CSP keeps them).
 * Each verdict has its own shape, not only its own colour: a ticked circle (stays private),
 * a half-filled circle (usually stays private) and three linked dots (may be shared). They
 * are decoration: the verdict's words always stand next to them.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Verdict } from '../../content/types.js';

// Each `svg` template is left as written by the build (see vite.config.ts), so its shapes
// stand on one line: no indentation reaches the built file.
const SHAPES: { readonly [V in Verdict]: SVGTemplateResult } = {
  private: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" /><path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" />`,
  'usually-private': svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" /><path d="M12 2a10 10 0 0 0 0 20z" fill="currentColor" />`,
  'may-be-shared': svg`<path d="M8 12l9-6M8 12l9 6" fill="none" stroke="currentColor" stroke-width="2" /><circle cx="6" cy="12" r="3.2" fill="currentColor" /><circle cx="18" cy="5" r="3.2" fill="currentColor" /><circle cx="18" cy="19" r="3.2" fill="currentColor" />`,
};

export function verdictIcon(verdict: Verdict): TemplateResult {
  return html`<svg
    class="verdict-icon"
    data-shape=${verdict}
    viewBox="0 0 24 24"
    aria-hidden="true"
    focusable="false"
  >
    ${SHAPES[verdict]}
  </svg>`;
}
