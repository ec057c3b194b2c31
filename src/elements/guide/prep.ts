/**
 * The "Prepare for your first session" sheet: questions to tick, a labelled box for what the
 * reader hopes will change, the privacy line, Copy and Print, and a polite live region. The
 * element owns the state; this only renders it.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { GuideContent } from '../../content/types.js';
import type { GuideUi } from '../../content/ui-types.js';
import type { PrepQuestion } from './prep-text.js';
import type { Texts } from '../../core/texts.js';

/** The sheet's words, resolved. Overrides: `guide.prep.title`, `guide.prep.intro`. */
export interface PrepWords {
  readonly title: string;
  readonly intro: string;
  readonly questionsToAsk: string;
  readonly hopesLabel: string;
  readonly hopesHint: string;
  readonly privacyNote: string;
  readonly copy: string;
  readonly print: string;
}

export function prepWords(content: GuideContent, ui: GuideUi, texts: Texts): PrepWords {
  const { prep } = content;
  return {
    title: texts.text('guide.prep.title', prep.title),
    intro: texts.text('guide.prep.intro', prep.intro),
    questionsToAsk: ui.questionsToAsk,
    hopesLabel: prep.hopesLabel,
    hopesHint: prep.hopesHint,
    privacyNote: prep.privacyNote,
    copy: ui.copy,
    print: ui.print,
  };
}

export interface PrepOptions {
  readonly heading: StaticValue;
  readonly words: PrepWords;
  readonly questions: readonly PrepQuestion[];
  readonly ticked: ReadonlySet<string>;
  readonly hopes: string;
  /** The live region that says "Copied." (or the fallback). */
  readonly status: TemplateResult;
  readonly onTick: (id: string, checked: boolean) => void;
  readonly onHopes: (text: string) => void;
  readonly onCopy: () => void;
  readonly onPrint: () => void;
}

export function renderPrep(options: PrepOptions): TemplateResult {
  const { words } = options;
  return html`<div class="prep">
    ${staticHtml`<${options.heading} id="prep-heading" tabindex="-1">${words.title}</${options.heading}>`}
    <p>${words.intro}</p>
    <fieldset>
      <legend>${words.questionsToAsk}</legend>
      ${options.questions.map(
        (question) =>
          html`<label class="tick">
            <input
              type="checkbox"
              name="prep-question"
              value=${question.id}
              .checked=${live(options.ticked.has(question.id))}
              @change=${(event: Event) => options.onTick(question.id, (event.target as HTMLInputElement).checked)}
            />
            <span>${question.text}</span>
          </label>`,
      )}
    </fieldset>
    <label class="hopes-label" for="hopes">${words.hopesLabel}</label>
    <p class="hint" id="hopes-hint">${words.hopesHint}</p>
    <textarea
      id="hopes"
      class="no-print"
      rows="4"
      aria-describedby="hopes-hint privacy-note"
      .value=${live(options.hopes)}
      @input=${(event: Event) => options.onHopes((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hopes-print" aria-hidden="true">${options.hopes}</p>
    <p class="privacy no-print" id="privacy-note">${words.privacyNote}</p>
    <div class="actions no-print">
      <button type="button" part="button" @click=${options.onCopy}>${words.copy}</button>
      <button type="button" part="button" @click=${options.onPrint}>${words.print}</button>
    </div>
    ${options.status}
  </div>`;
}
