import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { property, query, queryAll, state } from 'lit/decorators.js';
import {
  COMMON,
  CONFIDENTIALITY_CONTENT,
  CONFIDENTIALITY_UI,
  fillsFor,
  monthName,
} from '../../content/index.js';
import { CONFIDENTIALITY_LAST_REVIEWED } from '../../content/jurisdictions.js';
import { fill, paragraphs, pick, resolveRich, type Fills } from '../../content/resolve.js';
import type {
  Block,
  ConfidentialityContent,
  ConfidentialitySection,
  Rich,
  Scenario,
  Varies,
} from '../../content/types.js';
import { DeepLinkController, scrollGently } from '../../core/deep-link.js';
import { disclosureStyles, renderDisclosure } from '../../core/disclosure.js';
import { headingTag } from '../../core/heading.js';
import { moveFocus } from '../../core/keys.js';
import { PracticeElement } from '../../core/practice-element.js';
import { parseIdList, readField } from '../../core/settings.js';
import { hostStyles } from '../../core/styles.js';
import { CRISIS_FIELD, renderCrisisLine } from '../crisis/embed.js';
import { practiceLinks, renderBlocks } from '../shared/render.js';
import { confidentialityStyles } from './confidentiality.styles.js';
import { knownIds, shownItems, type Shown } from './shown.js';
import { verdictIcon } from './verdict-icon.js';

const PREFIX = 'confidentiality';

/** The detail of `therapy-scenario`: the id of the scenario the reader chose. */
export interface TherapyScenarioDetail {
  readonly id: string;
}

/** The `therapy-scenario` event. */
export type TherapyScenarioEvent = CustomEvent<TherapyScenarioDetail>;

/**
 * The confidentiality explainer: what stays private in therapy and where the limits are, for
 * the reader's jurisdiction, as an accordion of sections (Up/Down/Home/End move between
 * them), then a "Would this stay private?" explorer: a radio group of situations whose
 * answer (a verdict in words and an icon, and a plain explanation) is announced politely.
 * It shows when the content was last reviewed, says it is general information and not legal
 * advice, links to the practice's own notice (`policy-url`), invites questions (with the
 * contact and booking links that are set) and ends with the crisis line. Printing shows every
 * section and every situation's answer.
 *
 * Ids (for links, `include`, `exclude` and text overrides): sections `private`, `limits`,
 * `records`, `rights`, `supervision`, `online`; situations `drugs`, `suicidal-thoughts`,
 * `harm-others`, `child-harm`, `past-abuse`, `past-crime`, `family-member`, `employer`,
 * `parent`, `doctor`, `insurer`, `court`, `supervision`, `online-session`.
 * `#confidentiality-<section>` links open that section and scroll to it;
 * `#confidentiality-<situation>` chooses that situation (`supervision` opens the section).
 *
 * Text overrides in the `config` block's `"text"` (plain text; `{practice}` is filled in; a
 * blank line starts a new paragraph): `confidentiality.title`, `confidentiality.intro`,
 * `confidentiality.<section>.title`, `confidentiality.<section>.body`,
 * `confidentiality.scenarios.title`, `confidentiality.scenarios.intro`,
 * `confidentiality.<scenario>.prompt`, `confidentiality.<scenario>.explanation`,
 * `confidentiality.disclaimer`, `confidentiality.ask`.
 *
 * @tagname therapy-confidentiality
 * @summary The confidentiality explainer, with a "would this stay private?" explorer.
 *
 * @fires therapy-scenario - The reader chose a situation (never when set from outside). `detail: { id }`; listeners should check `event.target`.
 *
 * @csspart heading - The explainer's title.
 * @csspart intro - The opening words.
 * @csspart section - Each section (a heading with its button, and its panel).
 * @csspart button - Each section's open/close button.
 * @csspart section-body - Each section's panel.
 * @csspart scenario - Each situation to choose, and each situation's answer in print.
 * @csspart result - The box where the chosen situation's answer shows.
 * @csspart verdict - A verdict: its icon and words.
 * @csspart verdict-private - A "stays private" verdict (also has part `verdict`).
 * @csspart verdict-usually-private - A "usually stays private" verdict (also has part `verdict`).
 * @csspart verdict-may-be-shared - A "may be shared" verdict (also has part `verdict`).
 * @csspart link - The privacy-notice, contact and booking links, and the crisis line's links.
 * @csspart crisis - The closing crisis line.
 *
 * @cssprop --therapy-font-family - Font of all text (default: inherited).
 * @cssprop --therapy-font-size - Base size (default: inherited, at least 16px).
 * @cssprop --therapy-line-height - Line height (default 1.5).
 * @cssprop --therapy-color-text - Body text (default: inherited).
 * @cssprop --therapy-color-muted - Secondary text: the review date, the disclaimer and hints.
 * @cssprop --therapy-color-accent - Links, focus rings, icons and the chosen situation.
 * @cssprop --therapy-color-surface - Background of the situations and the answer box.
 * @cssprop --therapy-color-border - Borders and dividers.
 * @cssprop --therapy-radius - Corner radius.
 * @cssprop --therapy-space - Base spacing unit.
 * @cssprop --therapy-max-width - Widest the explainer grows.
 */
export class TherapyConfidentiality extends PracticeElement {
  static override styles = [hostStyles, disclosureStyles, confidentialityStyles];

  private readonly deepLink = new DeepLinkController(this, PREFIX, (id) => this.reveal(id));

  @queryAll('.sections .disclosure-button') private sectionButtons!: NodeListOf<HTMLButtonElement>;
  @query('.result') private result?: HTMLElement;
  @query('.explorer') private explorer?: HTMLElement;

  @state() private openIds: ReadonlySet<string> = new Set();
  @state() private chosen?: string;
  private shown: Shown = { sections: [], scenarios: [] };
  private crisisLine = true;
  private choosingByPointer = false;

  /**
   * Space-separated section and situation ids to show (ids above); the others are left out.
   * A list that names no section keeps every section, and one that names no situation keeps
   * every situation. `supervision` names both the section and the situation.
   */
  @property() include?: string;

  /** Space-separated section and situation ids to leave out. */
  @property() exclude?: string;

  /**
   * `off` leaves out the closing crisis line. Default `on`.
   * @type {'on' | 'off'}
   */
  @property() crisis?: string;

  // Lifecycle ---------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const content = CONFIDENTIALITY_CONTENT[this.locale];
    const known = knownIds(content);
    const refuse = this.refuse.bind(this);
    // Element-specific settings come from attributes only: the config block is page-wide.
    const list = (attribute: 'include' | 'exclude'): string[] | undefined =>
      parseIdList(attribute, this[attribute], known, refuse);
    this.shown = shownItems(content, list('include'), list('exclude'));
    this.crisisLine = readField(CRISIS_FIELD, this.crisis, {}, refuse) !== 'off';
  }

  // Event handlers ----------------------------------------------------------------------

  private handleToggle(event: Event): void {
    const id = this.idOf(event);
    const next = new Set(this.openIds);
    if (!next.delete(id)) next.add(id);
    this.openIds = next;
  }

  private handleReveal(event: Event): void {
    this.openIds = new Set([...this.openIds, this.idOf(event)]);
  }

  private handleSectionKeydown(event: KeyboardEvent): void {
    moveFocus(event, [...this.sectionButtons], 'vertical');
  }

  private handlePointerDown(): void {
    this.choosingByPointer = true;
  }

  private handleChoiceKeydown(): void {
    this.choosingByPointer = false;
  }

  private handleChoice(event: Event): void {
    const id = (event.target as HTMLInputElement).value;
    this.chosen = id;
    this.dispatchEvent(
      new CustomEvent('therapy-scenario', { detail: { id }, bubbles: true, composed: true }),
    );
    // A tap on a phone: bring the answer below the list into view (keyboard focus stays put).
    if (this.choosingByPointer) void this.updateComplete.then(() => this.bringAnswerIntoView());
  }

  // Helpers -----------------------------------------------------------------------------

  /** Opens a section, or chooses a situation, for a deep link; returns what to scroll to. */
  private async reveal(id: string): Promise<Element | undefined> {
    if (this.shown.sections.some((s) => s.id === id)) {
      this.openIds = new Set([...this.openIds, id]);
      await this.updateComplete;
      return this.renderRoot.querySelector(`#${this.keyOf(id)}`) ?? undefined;
    }
    if (this.shown.scenarios.some((s) => s.id === id)) {
      this.chosen = id;
      await this.updateComplete;
      return this.explorer;
    }
    return undefined;
  }

  private bringAnswerIntoView(): void {
    const top = this.result?.getBoundingClientRect().top;
    if (this.result && top !== undefined && top > window.innerHeight * 0.75) {
      scrollGently(this.result, 'nearest');
    }
  }

  /** The section id of the disclosure an event came from. */
  private idOf(event: Event): string {
    const item = (event.currentTarget as Element).closest('.disclosure');
    return item?.id.slice(PREFIX.length + 1) ?? '';
  }

  /** The element id of a section: the same as its link fragment, e.g. `confidentiality-limits`. */
  private keyOf(id: string): string {
    return this.deepLink.fragment(id).slice(1);
  }

  /** Plain text: the practice's override for this id, or the default, with `{practice}` filled in. */
  private text(id: string, fallback: string, fills: Fills): string {
    return fill(this.textOverride(`${PREFIX}.${id}`) ?? fallback, fills);
  }

  /** Rich text: the practice's override (paragraphs), or the jurisdiction's default. */
  private rich(id: string, fallback: Varies<Rich>, fills: Fills): Block[] {
    const override = this.textOverride(`${PREFIX}.${id}`);
    return override
      ? paragraphs(fill(override, fills))
      : resolveRich(fallback, this.settings.jurisdiction, fills);
  }

  // Rendering ---------------------------------------------------------------------------

  override render(): TemplateResult {
    const content = CONFIDENTIALITY_CONTENT[this.locale];
    const ui = CONFIDENTIALITY_UI[this.locale];
    const fills = fillsFor(this.locale, this.settings);
    const title = headingTag(this.settings.headingLevel);
    const { policyUrl } = this.settings;
    return html`<div class=${this.rootClass} lang=${this.locale}>
      ${staticHtml`<${title} class="title" part="heading">${this.text('title', content.title, fills)}</${title}>`}
      <p part="intro">${this.text('intro', content.intro, fills)}</p>
      <p class="reviewed">${ui.lastReviewed(monthName(CONFIDENTIALITY_LAST_REVIEWED, this.locale))}</p>
      ${
        this.shown.sections.length > 0
          ? html`<div class="sections">${this.shown.sections.map((s) => this.renderSection(s, fills))}</div>`
          : nothing
      }
      ${this.shown.scenarios.length > 0 ? this.renderExplorer(content, fills) : nothing}
      <p class="disclaimer">
        ${this.text('disclaimer', content.disclaimer, fills)}
        ${policyUrl ? html`<a part="link" href=${policyUrl}>${ui.policyLink}</a>` : nothing}
      </p>
      ${this.renderAsk(content, fills)}
      ${this.crisisLine ? renderCrisisLine(this.settings, this.locale) : nothing}
    </div>`;
  }

  private renderSection(section: ConfidentialitySection, fills: Fills): TemplateResult {
    return renderDisclosure({
      key: this.keyOf(section.id),
      open: this.openIds.has(section.id),
      heading: headingTag(this.settings.headingLevel, 1),
      label: this.text(`${section.id}.title`, section.title, fills),
      body: renderBlocks(this.rich(`${section.id}.body`, section.body, fills)),
      parts: { item: 'section', button: 'button', panel: 'section-body' },
      onToggle: this.handleToggle,
      onKeydown: this.handleSectionKeydown,
      onReveal: this.handleReveal,
    });
  }

  private renderExplorer(content: ConfidentialityContent, fills: Fills): TemplateResult {
    const ui = CONFIDENTIALITY_UI[this.locale];
    const scenarios = this.shown.scenarios;
    const chosen = scenarios.find((s) => s.id === this.chosen);
    const heading = headingTag(this.settings.headingLevel, 1);
    return html`<div class="explorer">
      ${staticHtml`<${heading} class="explorer-title">${this.text('scenarios.title', content.scenariosTitle, fills)}</${heading}>`}
      <p>${this.text('scenarios.intro', content.scenariosIntro, fills)}</p>
      <div class="explorer-body">
        <fieldset class="choices" @pointerdown=${this.handlePointerDown} @keydown=${this.handleChoiceKeydown}>
          <legend class="visually-hidden">${ui.scenarioLabel}</legend>
          ${scenarios.map(
            (s) =>
              html`<label class="choice" part="scenario"
                ><input
                  type="radio"
                  name="scenario"
                  value=${s.id}
                  .checked=${s.id === this.chosen}
                  @change=${this.handleChoice}
                /><span>${this.text(`${s.id}.prompt`, s.prompt, fills)}</span></label
              >`,
          )}
        </fieldset>
        <div class="result" part="result" aria-live="polite" aria-atomic="true">
          ${chosen ? this.renderScenario(content, chosen, fills) : html`<p class="hint">${ui.scenarioHint}</p>`}
        </div>
      </div>
      <div class="print-scenarios">
        ${scenarios.map((s) => this.renderScenario(content, s, fills, 'scenario'))}
      </div>
    </div>`;
  }

  /** A situation's answer: its words as a heading, the verdict, and the explanation. */
  private renderScenario(
    content: ConfidentialityContent,
    scenario: Scenario,
    fills: Fills,
    part?: 'scenario',
  ): TemplateResult {
    const verdict = pick(scenario.verdict, this.settings.jurisdiction);
    const heading = headingTag(this.settings.headingLevel, 2);
    return html`<div class="answer" part=${part ?? nothing} data-id=${scenario.id}>
      ${staticHtml`<${heading} class="answer-heading">${this.text(`${scenario.id}.prompt`, scenario.prompt, fills)}</${heading}>`}
      <p class="verdict" part=${`verdict verdict-${verdict}`} data-verdict=${verdict}>
        ${verdictIcon(verdict)}<span>${content.verdicts[verdict]}</span>
      </p>
      ${renderBlocks(this.rich(`${scenario.id}.explanation`, scenario.explanation, fills))}
    </div>`;
  }

  private renderAsk(content: ConfidentialityContent, fills: Fills): TemplateResult {
    const links = practiceLinks(this.settings, COMMON[this.locale]);
    return html`<div class="ask">
      <p>${this.text('ask', content.askInvite, fills)}</p>
      ${
        links.length > 0
          ? html`<ul class="ask-links">
              ${links.map((link) => html`<li>${link}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'therapy-confidentiality': TherapyConfidentiality;
  }
  interface GlobalEventHandlersEventMap {
    'therapy-scenario': TherapyScenarioEvent;
  }
}
