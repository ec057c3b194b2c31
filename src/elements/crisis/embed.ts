/**
 * The crisis line that the guide and the explainer end with: a `<therapy-crisis
 * variant="line">` that speaks the host's language and follows its resolved settings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Field, Locale, Refusal, Settings } from '../../core/settings.js';
import { oneOf, readField } from '../../core/settings.js';

/** The `crisis` attribute: `off` leaves the closing crisis line out. */
export const CRISIS_FIELD: Field<'on' | 'off'> = {
  attribute: 'crisis',
  accepted: 'on, off',
  parse: oneOf(['on', 'off'] as const),
};

export function renderCrisisLine(settings: Settings, locale: Locale): TemplateResult {
  return html`<therapy-crisis
    class="crisis-line"
    exportparts="crisis, link"
    variant="line"
    lang=${locale}
    jurisdiction=${settings.jurisdiction}
    theme=${settings.theme}
    practice-name=${settings.practiceName ?? nothing}
  ></therapy-crisis>`;
}

/**
 * The guide's and the explainer's closing crisis line, unless their `crisis` attribute is
 * `off` (attribute only: the config block is page-wide, and this is per element).
 */
export function renderClosingCrisisLine(
  crisis: string | undefined,
  settings: Settings,
  locale: Locale,
  refuse: (refusal: Refusal) => void,
): TemplateResult | typeof nothing {
  return readField(CRISIS_FIELD, crisis, {}, refuse) === 'off' ? nothing : renderCrisisLine(settings, locale);
}
