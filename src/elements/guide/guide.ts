import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { COMMON, GUIDE_CONTENT, GUIDE_UI, fillsFor } from '../../content/index.js';
import type { StageId } from '../../content/types.js';
import type { GuideUi } from '../../content/ui-types.js';
import { DeepLinkController } from '../../core/deep-link.js';
import { headingTag } from '../../core/heading.js';
import { moveFocus } from '../../core/keys.js';
import { isRtl } from '../../core/locale.js';
import { PracticeElement } from '../../core/practice-element.js';
import { oneOf, parseIdList, readField } from '../../core/settings.js';
import { hostStyles } from '../../core/styles.js';
import { CRISIS_FIELD, renderCrisisLine } from '../crisis/embed.js';
import { practiceLinks } from '../shared/render.js';
import { guideStyles } from './guide.styles.js';
import { chosenQuestions, prepText, questionsFor, type PrepQuestion } from './prep-text.js';
import { renderPanel } from './panel.js';
import { prepWords, renderPrep } from './prep.js';
import { overridden, shownStages, stageView, type StageView } from './stages.js';

/** The detail of `therapy-step`. */
export interface TherapyStepDetail {
  /** The stage now shown. */
  readonly id: StageId;
  /** Its 0-based position among the stages shown. */
  readonly index: number;
}

/** The deep-link id (`#guide-prepare`) of the "Prepare for your first session" sheet. */
const PREPARE = 'prepare';

/**
 * The interactive "what to expect in therapy" guide: five stages (`before`, `first-session`,
 * `early-sessions`, `ongoing`, `ending`), each with what happens, what the therapist does,
 * what the reader can do, common feelings and questions to ask; then a "Prepare for your
 * first session" sheet (questions to tick, a box for what the reader hopes will change, Copy
 * and Print), the practice's booking and contact links, and a crisis line.
 *
 * Stages follow the ARIA Authoring Practices Tabs pattern with automatic activation (the
 * panels are already in the page, so showing one costs nothing): Left/Right arrows (mirrored
 * right to left) and Home/End move between stages, with a roving tabindex. On a narrow
 * screen the same tab list stacks vertically, so Up/Down move too, at every width. Previous
 * and Next move focus to the new stage's heading, so a screen reader reads on from there.
 * Nothing advances by itself. Printing shows every stage in order and the prep sheet with
 * the reader's answers. What the reader ticks and types is never stored or sent.
 *
 * Deep links: `#guide-<stage>` shows that stage and `#guide-prepare` scrolls to the prep
 * sheet; neither changes the URL.
 *
 * Text overrides (the `config` block's `"text"` object): `guide.title`, `guide.intro`,
 * `guide.<stage>.title`, `guide.<stage>.summary`, `guide.prep.title`, `guide.prep.intro`.
 *
 * @tagname therapy-guide
 * @summary The "what to expect in therapy" guide, stage by stage.
 *
 * @fires therapy-step - The reader moved to another stage (a stage tab, the arrow keys,
 * Home/End, Previous/Next, or find-in-page revealing a stage). Detail: `{ id, index }`, the
 * stage id and its 0-based position among the stages shown. Not fired for deep links (the
 * page changed the URL, so it already knows) nor when attributes or properties change.
 * Bubbles and is composed; check `event.target` when several guides share a page.
 *
 * @csspart heading - The guide's title.
 * @csspart intro - The opening words.
 * @csspart steps - The list of stages (the tab list).
 * @csspart step - Each stage in that list (a tab).
 * @csspart panel - Each stage's content (a tab panel).
 * @csspart progress - "Stage 2 of 5".
 * @csspart button - Every button: Previous, Next, Copy and Print.
 * @csspart link - The booking and contact links, and the crisis line's links.
 * @csspart crisis - The closing crisis line.
 *
 * @cssprop --therapy-font-family - Font of all text (default: inherited).
 * @cssprop --therapy-font-size - Base size (default: inherited, at least 16px).
 * @cssprop --therapy-line-height - Line height (default 1.5).
 * @cssprop --therapy-color-text - Body text (default: inherited).
 * @cssprop --therapy-color-muted - Secondary text: the summary, progress and hints.
 * @cssprop --therapy-color-accent - Links, focus rings, the current stage, buttons.
 * @cssprop --therapy-color-on-accent - Text on the Next and booking buttons and the current stage's number.
 * @cssprop --therapy-color-surface - The prep sheet's background and hovered stages.
 * @cssprop --therapy-color-border - Borders and dividers.
 * @cssprop --therapy-radius - Corner radius.
 * @cssprop --therapy-space - Base spacing unit.
 * @cssprop --therapy-max-width - Widest the guide grows.
 */
export class TherapyGuide extends PracticeElement {
  static override styles = [hostStyles, guideStyles];

  /** Follows `#guide-<stage>` and `#guide-prepare` links. */
  protected readonly deepLinks = new DeepLinkController(this, 'guide', (id) => this.openLink(id));

  @query('.stages') private stagesSection!: HTMLElement;
  @query('.prep') private prepSection!: HTMLElement;

  /** The stage the reader chose; `undefined` until they choose one. */
  @state() private selected?: StageId;
  @state() private ticked: ReadonlySet<string> = new Set();
  @state() private hopes = '';
  @state() private status: 'copied' | 'copyFailed' | '' = '';

  /** Stages shown, in order, and the one on screen: worked out before each render. */
  private shown: StageId[] = [];
  private current: StageId = 'before';

  /** Space-separated stage ids to show (all by default). Unknown ids are ignored with a warning. */
  @property() include?: string;

  /** Space-separated stage ids to leave out. Unknown ids are ignored with a warning. */
  @property() exclude?: string;

  /** The stage shown first (default: the first stage shown). Changing it shows that stage. */
  @property() start?: string;

  /**
   * `off` leaves out the closing crisis line.
   * @type {'on' | 'off'}
   */
  @property() crisis?: string;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const refuse = this.refuse.bind(this);
    const all = GUIDE_CONTENT[this.locale].stages.map((s) => s.id);
    const include = parseIdList('include', this.include, all, refuse);
    const exclude = parseIdList('exclude', this.exclude, all, refuse);
    const { ids, empty } = shownStages(all, include, exclude);
    if (empty) {
      refuse({
        attribute: 'exclude',
        value: this.exclude ?? '',
        accepted: 'ids that leave at least one stage to show (with include, if set)',
        source: 'attribute',
      });
    }
    this.shown = ids;
    // A new start, or a chosen stage that is no longer shown, hands the choice back to start.
    if (changed.has('start') || (this.selected && !ids.includes(this.selected))) this.selected = undefined;
    const start = readField(
      { attribute: 'start', accepted: ids.join(', '), parse: oneOf(ids) },
      this.start,
      {},
      refuse,
    );
    const first = start ?? ids[0] ?? 'before';
    this.current = this.selected ?? first;
  }

  // Event handlers ---------------------------------------------------------------------

  private handleTabKeydown(event: KeyboardEvent): void {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
    const index = moveFocus(event, tabs, 'horizontal', isRtl(this)) ?? moveFocus(event, tabs, 'vertical');
    const id = index === undefined ? undefined : this.shown[index];
    if (id) void this.go(id);
  }

  private async handleCopy(): Promise<void> {
    const fills = fillsFor(this.locale, this.settings);
    const words = prepWords(GUIDE_CONTENT[this.locale], GUIDE_UI[this.locale], fills, (id) =>
      this.textOverride(id),
    );
    const text = prepText({
      title: words.title,
      questionsHeading: words.questionsToAsk,
      questions: chosenQuestions(this.prepQuestions(), this.ticked).map((q) => q.text),
      hopesLabel: words.hopesLabel,
      hopes: this.hopes,
    });
    let status: 'copied' | 'copyFailed' = 'copied';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      status = 'copyFailed';
    }
    // Empty the live region first, so the same words are announced again.
    this.status = '';
    await this.updateComplete;
    this.status = status;
  }

  private handlePrint(): void {
    window.print();
  }

  private handleTick(id: string, checked: boolean): void {
    const ticked = new Set(this.ticked);
    if (checked) ticked.add(id);
    else ticked.delete(id);
    this.ticked = ticked;
    this.status = '';
  }

  private handleHopes(text: string): void {
    this.hopes = text;
    // "Copied." no longer describes the list once it changes.
    this.status = '';
  }

  // Private methods --------------------------------------------------------------------

  /** Shows a stage the reader chose, then tells the page. `focus` says where focus goes. */
  private async go(id: StageId, focus: 'heading' | 'stay' = 'stay'): Promise<void> {
    if (id === this.current) return;
    this.selected = id;
    await this.updateComplete;
    if (focus === 'heading') this.renderRoot.querySelector<HTMLElement>(`#heading-${id}`)?.focus();
    this.dispatchEvent(
      new CustomEvent<TherapyStepDetail>('therapy-step', {
        detail: { id, index: this.shown.indexOf(id) },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private async openLink(id: string): Promise<Element | undefined> {
    if (id === PREPARE) return this.prepSection;
    const stage = this.shown.find((s) => s === id);
    if (!stage) return undefined;
    this.selected = stage;
    await this.updateComplete;
    return this.stagesSection;
  }

  private prepQuestions(): readonly PrepQuestion[] {
    return questionsFor(GUIDE_CONTENT[this.locale].prep.questions, this.settings.format);
  }

  // Rendering ---------------------------------------------------------------------------

  override render(): TemplateResult {
    const content = GUIDE_CONTENT[this.locale];
    const words = GUIDE_UI[this.locale];
    const fills = fillsFor(this.locale, this.settings);
    const override = (id: string): string | undefined => this.textOverride(id);
    const stages = content.stages
      .filter((s) => this.shown.includes(s.id))
      .map((s) => stageView(s, content, this.settings.jurisdiction, fills, override));
    const tag = headingTag(this.settings.headingLevel);
    const showCrisis = readField(CRISIS_FIELD, this.crisis, {}, this.refuse.bind(this)) !== 'off';
    return html`<div class=${this.rootClass} lang=${this.locale}>
      ${staticHtml`<${tag} part="heading">${overridden('guide.title', content.title, fills, override)}</${tag}>`}
      <p part="intro">${overridden('guide.intro', content.intro, fills, override)}</p>
      ${this.renderStages(stages, words)}
      ${renderPrep({
        heading: headingTag(this.settings.headingLevel, 1),
        words: prepWords(content, words, fills, override),
        questions: this.prepQuestions(),
        ticked: this.ticked,
        hopes: this.hopes,
        status: this.status ? words[this.status] : '',
        onTick: (id, checked) => this.handleTick(id, checked),
        onHopes: (text) => this.handleHopes(text),
        onCopy: () => void this.handleCopy(),
        onPrint: () => this.handlePrint(),
      })}
      ${this.renderClosing(words)} ${showCrisis ? renderCrisisLine(this.settings, this.locale) : nothing}
    </div>`;
  }

  private renderStages(stages: readonly StageView[], words: GuideUi): TemplateResult {
    const index = this.shown.indexOf(this.current);
    const previous = stages[index - 1];
    const next = stages[index + 1];
    return html`<div class="stages">
      <div role="tablist" part="steps" class="steps" aria-label=${words.stepsLabel}>
        ${stages.map((stage, i) => {
          const selected = stage.id === this.current;
          return html`<button
            type="button"
            role="tab"
            part="step"
            class="step"
            id=${`tab-${stage.id}`}
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls=${`panel-${stage.id}`}
            tabindex=${selected ? 0 : -1}
            @click=${() => void this.go(stage.id)}
            @keydown=${this.handleTabKeydown}
          >
            <span class="step-number" aria-hidden="true">${i + 1}</span>
            <span class="step-title">${stage.title}</span>
          </button>`;
        })}
      </div>
      <p part="progress" class="progress" id="progress">${words.progress(index + 1, stages.length)}</p>
      ${stages.map((stage) =>
        renderPanel({
          stage,
          selected: stage.id === this.current,
          headingLevel: this.settings.headingLevel,
          progressId: 'progress',
          onReveal: () => void this.go(stage.id),
        }),
      )}
      <div class="pager no-print">
        ${previous ? this.renderPagerButton(previous, words.previous, 'previous') : nothing}
        ${next ? this.renderPagerButton(next, words.next, 'next') : nothing}
      </div>
    </div>`;
  }

  private renderPagerButton(stage: StageView, label: string, which: 'previous' | 'next'): TemplateResult {
    return html`<button
      type="button"
      part="button"
      class=${which}
      @click=${() => void this.go(stage.id, 'heading')}
    >
      <span class="pager-label">${label}</span><span class="visually-hidden">: </span>
      <span class="pager-title">${stage.title}</span>
    </button>`;
  }

  private renderClosing(words: GuideUi): TemplateResult | typeof nothing {
    const links = practiceLinks(this.settings, COMMON[this.locale]);
    if (links.length === 0) return nothing;
    return html`<div class="closing">
      <p>${words.closing}</p>
      <p class="links">${links}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'therapy-guide': TherapyGuide;
  }
  interface GlobalEventHandlersEventMap {
    'therapy-step': CustomEvent<TherapyStepDetail>;
  }
}
