/**
 * The explainer's "Would this stay private?" explorer: a radio group of situations, and the
 * chosen one's answer (its words as a heading, a verdict in words and an icon, and a plain
 * explanation) in a named group the radio group points to with `aria-describedby`. Each
 * choice announces only its verdict, once the reader stops moving, so quick arrow keys never
 * queue up stale answers. In one column the answer is brought into view below the list,
 * as far as the chosen radio (where focus stays) stays on screen. Printing shows every situation's answer. This small class
 * owns the choice; the element asks it to render.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { AnnouncerController } from '../../core/announcer.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ConfidentialityContent, Scenario } from '../../content/types.js';
import type { ConfidentialityUi } from '../../content/ui-types.js';
import { scrollGently } from '../../core/deep-link.js';
import { emit } from '../../core/events.js';
import { headingTag } from '../../core/heading.js';
import type { HeadingLevel } from '../../core/settings.js';
import type { Texts } from '../../core/texts.js';
import { renderBlocks } from '../shared/render.js';
import { verdictIcon } from './verdict-icon.js';

/** The content-id prefix of the explainer's text overrides. */
export const PREFIX = 'confidentiality';

export interface ExplorerOptions {
  readonly content: ConfidentialityContent;
  readonly ui: ConfidentialityUi;
  readonly scenarios: readonly Scenario[];
  readonly texts: Texts;
  /** The element's own heading level: the explorer's title is one below it, answers two. */
  readonly headingLevel: HeadingLevel;
}

/** How long the reader may pause between arrow keys before the verdict is said. */
const VERDICT_DELAY = 250;

export class ScenarioExplorer {
  /** The situation chosen, by the reader or a deep link. */
  chosen: string | undefined;

  private readonly host: LitElement;
  private readonly announcer: AnnouncerController;
  /** The verdict words of the chosen situation, as last rendered (what a choice announces). */
  private verdictWords = '';
  /** Whether the choice being made came from a tap or a click (else from the keyboard). */
  private byPointer = false;

  constructor(host: LitElement, announcer: AnnouncerController) {
    this.host = host;
    this.announcer = announcer;
  }

  /** Chooses a situation for a deep link (no event: the page changed the URL itself). */
  choose(id: string): void {
    this.chosen = id;
    this.host.requestUpdate();
  }

  render(options: ExplorerOptions): TemplateResult {
    const chosen = options.scenarios.find((scenario) => scenario.id === this.chosen);
    this.verdictWords = chosen ? options.content.verdicts[options.texts.pick(chosen.verdict)] : '';
    const heading = headingTag(options.headingLevel, 1);
    return html`<div class="explorer">
      ${staticHtml`<${heading} class="explorer-title">${options.texts.text(`${PREFIX}.scenarios.title`, options.content.scenariosTitle)}</${heading}>`}
      <p>${options.texts.text(`${PREFIX}.scenarios.intro`, options.content.scenariosIntro)}</p>
      <div class="explorer-body">
        <fieldset
          class="choices"
          aria-describedby="scenario-answer-text"
          @pointerdown=${this.handlePointerDown}
        >
          <legend class="visually-hidden">${options.ui.scenarioLabel}</legend>
          ${options.scenarios.map(
            (scenario) =>
              html`<label class="choice" part="scenario"
                ><input
                  type="radio"
                  name="scenario"
                  value=${scenario.id}
                  .checked=${scenario.id === this.chosen}
                  @change=${this.handleChoice}
                /><span
                  >${options.texts.text(`${PREFIX}.${scenario.id}.prompt`, scenario.prompt)}</span
                ></label
              >`,
          )}
        </fieldset>
        <div
          class="result"
          part="result"
          id="scenario-answer"
          role="group"
          aria-label=${options.ui.answerLabel}
        >
          <div id="scenario-answer-text">
            ${chosen ? this.renderAnswer(options, chosen) : html`<p class="hint">${options.ui.scenarioHint}</p>`}
          </div>
        </div>
      </div>
      <div class="print-scenarios">
        ${options.scenarios.map((scenario) => this.renderAnswer(options, scenario, 'scenario'))}
      </div>
    </div>`;
  }

  private readonly handlePointerDown = (): void => {
    this.byPointer = true;
  };

  private readonly handleChoice = (event: Event): void => {
    const id = (event.target as HTMLInputElement).value;
    this.choose(id);
    emit(this.host, 'therapy-scenario', { id });
    this.announcer.announceLater(() => this.verdictWords, VERDICT_DELAY);
    // In one column the answer is below the list: bring it into view (focus stays put).
    const choice = (event.target as HTMLElement).closest('label') ?? (event.target as HTMLElement);
    const keepChoiceInView = !this.byPointer;
    this.byPointer = false;
    void this.host.updateComplete.then(() => this.bringAnswerIntoView(choice, keepChoiceInView));
  };

  /**
   * Scrolls the answer into view when it starts low on the screen. A choice made by keyboard
   * keeps its radio (where focus is) on screen: when the answer does not fit below it, the
   * chosen situation goes to the top, with as much of the answer as fits under it.
   */
  private bringAnswerIntoView(choice: Element, keepChoiceInView: boolean): void {
    const result = this.host.renderRoot.querySelector<HTMLElement>('.result');
    if (!result) return;
    const answer = result.getBoundingClientRect();
    if (answer.top <= window.innerHeight * 0.75) return;
    const fits = answer.bottom - choice.getBoundingClientRect().top <= window.innerHeight;
    if (!keepChoiceInView || fits) scrollGently(result, 'nearest');
    else scrollGently(choice, 'start');
  }

  /** A situation's answer: its words as a heading, the verdict, and the explanation. */
  private renderAnswer(options: ExplorerOptions, scenario: Scenario, part?: 'scenario'): TemplateResult {
    const verdict = options.texts.pick(scenario.verdict);
    const heading = headingTag(options.headingLevel, 2);
    return html`<div class="answer" part=${part ?? nothing} data-id=${scenario.id}>
      ${staticHtml`<${heading} class="answer-heading">${options.texts.text(`${PREFIX}.${scenario.id}.prompt`, scenario.prompt)}</${heading}>`}
      <p class="verdict" part=${`verdict verdict-${verdict}`} data-verdict=${verdict}>
        ${verdictIcon(verdict)}<span>${options.content.verdicts[verdict]}</span>
      </p>
      ${renderBlocks(options.texts.rich(`${PREFIX}.${scenario.id}.explanation`, scenario.explanation))}
    </div>`;
  }
}
