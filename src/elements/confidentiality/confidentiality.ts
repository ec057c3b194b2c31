import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { property, queryAll, state } from 'lit/decorators.js';
import { composeConfidentiality } from '../../content/compose.js';
import { COMMON, CONFIDENTIALITY_CONTENT, CONFIDENTIALITY_UI, monthName } from '../../content/index.js';
import { CONFIDENTIALITY_LAST_REVIEWED } from '../../content/jurisdictions.js';
import type { ConfidentialityContent, ConfidentialitySection } from '../../content/types.js';
import { AnnouncerController } from '../../core/announcer.js';
import { DeepLinkController } from '../../core/deep-link.js';
import { disclosureStyles, renderDisclosure } from '../../core/disclosure.js';
import type { TherapyScenarioDetail } from '../../core/events.js';
import { headingTag } from '../../core/heading.js';
import { moveFocus } from '../../core/keys.js';
import { PracticeElement } from '../../core/practice-element.js';
import { hostStyles } from '../../core/styles.js';
import type { Texts } from '../../core/texts.js';
import { renderClosingCrisisLine } from '../crisis/embed.js';
import { practiceLinks, renderBlocks } from '../shared/render.js';
import { confidentialityStyles } from './confidentiality.styles.js';
import { ScenarioExplorer, PREFIX } from './explorer.js';
import { knownIds, shownItems, type Shown } from './shown.js';

export type { TherapyScenarioDetail };

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
  /** Says the chosen situation's verdict. */
  private readonly announcer = new AnnouncerController(this);
  private readonly explorer = new ScenarioExplorer(this, this.announcer);

  @queryAll('.sections .disclosure-button') private sectionButtons!: NodeListOf<HTMLButtonElement>;

  @state() private openIds: ReadonlySet<string> = new Set();
  private shown: Shown = { sections: [], scenarios: [] };

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
    // Ids another `format` would show are still known ids: naming one is no mistake.
    const known = knownIds(CONFIDENTIALITY_CONTENT[this.locale]);
    this.shown = shownItems(
      composeConfidentiality(this.practice),
      this.idList('include', this.include, known),
      this.idList('exclude', this.exclude, known),
    );
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

  // Helpers -----------------------------------------------------------------------------

  /** Opens a section, or chooses a situation, for a deep link; returns the control that takes focus. */
  private async reveal(id: string): Promise<HTMLElement | undefined> {
    if (this.shown.sections.some((section) => section.id === id)) {
      this.openIds = new Set([...this.openIds, id]);
      await this.updateComplete;
      return this.renderRoot.querySelector<HTMLElement>(`#${this.keyOf(id)}-button`) ?? undefined;
    }
    if (this.shown.scenarios.some((scenario) => scenario.id === id)) {
      this.explorer.choose(id);
      await this.updateComplete;
      return (
        [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
          (radio) => radio.value === id,
        ) ?? undefined
      );
    }
    return undefined;
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

  // Rendering ---------------------------------------------------------------------------

  override render(): TemplateResult {
    const content = composeConfidentiality(this.practice);
    const ui = CONFIDENTIALITY_UI[this.locale];
    const texts = this.texts();
    const title = headingTag(this.settings.headingLevel);
    const { policyUrl } = this.settings;
    const { sections, scenarios } = this.shown;
    return html`<div class=${this.rootClass} lang=${this.locale}>
      ${staticHtml`<${title} class="title" part="heading">${texts.text(`${PREFIX}.title`, content.title)}</${title}>`}
      <p part="intro">${texts.text(`${PREFIX}.intro`, content.intro)}</p>
      <p class="reviewed">${ui.lastReviewed(monthName(CONFIDENTIALITY_LAST_REVIEWED, this.locale))}</p>
      ${
        sections.length > 0
          ? html`<div class="sections">${sections.map((section) => this.renderSection(section, texts))}</div>`
          : nothing
      }
      ${
        scenarios.length > 0
          ? this.explorer.render({ content, ui, scenarios, texts, headingLevel: this.settings.headingLevel })
          : nothing
      }
      ${this.announcer.render()}
      <p class="disclaimer">
        ${texts.text(`${PREFIX}.disclaimer`, content.disclaimer)}
        ${policyUrl ? html`<a part="link" href=${policyUrl}>${ui.policyLink}</a>` : nothing}
      </p>
      ${this.renderAsk(content, texts)}
      ${renderClosingCrisisLine(this.crisis, this.settings, this.locale, (refusal) => this.refuse(refusal))}
    </div>`;
  }

  private renderSection(section: ConfidentialitySection, texts: Texts): TemplateResult {
    return renderDisclosure({
      key: this.keyOf(section.id),
      open: this.openIds.has(section.id),
      heading: headingTag(this.settings.headingLevel, 1),
      label: texts.text(`${PREFIX}.${section.id}.title`, section.title),
      body: renderBlocks(texts.rich(`${PREFIX}.${section.id}.body`, section.body)),
      parts: { item: 'section', button: 'button', panel: 'section-body' },
      onToggle: this.handleToggle,
      onKeydown: this.handleSectionKeydown,
      onReveal: this.handleReveal,
    });
  }

  private renderAsk(content: ConfidentialityContent, texts: Texts): TemplateResult {
    const links = practiceLinks(this.settings, COMMON[this.locale]);
    return html`<div class="ask">
      <p>${texts.text(`${PREFIX}.ask`, content.askInvite)}</p>
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
}
