import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { composeGuide } from '../../content/compose.js';
import { COMMON, GUIDE_CONTENT, GUIDE_UI } from '../../content/index.js';
import type { StageId } from '../../content/types.js';
import type { GuideUi } from '../../content/ui-types.js';
import { AnnouncerController } from '../../core/announcer.js';
import { DeepLinkController } from '../../core/deep-link.js';
import { emit, type TherapyStepDetail } from '../../core/events.js';
import { headingTag } from '../../core/heading.js';
import { isRtl } from '../../core/locale.js';
import { PracticeElement } from '../../core/practice-element.js';
import { oneOf, readField } from '../../core/settings.js';
import { hostStyles } from '../../core/styles.js';
import { renderClosingCrisisLine } from '../crisis/embed.js';
import { practiceLinks } from '../shared/render.js';
import { guideStyles } from './guide.styles.js';
import { chosenQuestions, prepText, type PrepQuestion } from './prep-text.js';
import { renderPanel } from './panel.js';
import { prepWords, renderPrep } from './prep.js';
import { shownStages, stageView, type StageView } from './stages.js';
import { StepLayoutController, renderPager, renderStepList } from './steps.js';

export type { TherapyStepDetail };

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
 * screen the same tab list stacks vertically, and Up/Down move too. Previous
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
  /** Says "Copied." (again on every copy) in the prep sheet's status line. */
  private readonly announcer = new AnnouncerController(this);
  /** Whether the stage list is a row or a stacked column now. */
  private readonly stepLayout = new StepLayoutController(this);

  @query('#prep-heading') private prepHeading!: HTMLElement;

  /** The stage the reader chose; `undefined` until they choose one. */
  @state() private selected?: StageId;
  @state() private ticked: ReadonlySet<string> = new Set();
  @state() private hopes = '';

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
    const all = GUIDE_CONTENT[this.locale].stages.map((stage) => stage.id);
    const include = this.idList('include', this.include, all);
    const exclude = this.idList('exclude', this.exclude, all);
    const { ids, empty } = shownStages(all, include, exclude);
    if (empty) {
      this.refuse({
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
      (refusal) => this.refuse(refusal),
    );
    const first = start ?? ids[0] ?? 'before';
    this.current = this.selected ?? first;
  }

  // Event handlers ---------------------------------------------------------------------

  private async handleCopy(): Promise<void> {
    const ui = GUIDE_UI[this.locale];
    const words = prepWords(composeGuide(this.practice), ui, this.texts());
    const text = prepText({
      title: words.title,
      questionsHeading: words.questionsToAsk,
      questions: chosenQuestions(this.prepQuestions(), this.ticked).map((question) => question.text),
      hopesLabel: words.hopesLabel,
      hopes: this.hopes,
    });
    try {
      await navigator.clipboard.writeText(text);
      this.announcer.announce(ui.copied);
    } catch {
      this.announcer.announce(ui.copyFailed);
    }
  }

  private handlePrint(): void {
    window.print();
  }

  private handleTick(id: string, checked: boolean): void {
    const ticked = new Set(this.ticked);
    if (checked) ticked.add(id);
    else ticked.delete(id);
    this.ticked = ticked;
    this.announcer.clear();
  }

  private handleHopes(text: string): void {
    this.hopes = text;
    // "Copied." no longer describes the list once it changes.
    this.announcer.clear();
  }

  // Private methods --------------------------------------------------------------------

  /**
   * Shows the stage the reader chose, then tells the page. `focus`: `heading` moves focus to
   * the stage's heading (Previous/Next, so a screen reader reads on from there); `stay`
   * leaves it on the tab the reader used.
   */
  private async showStage(id: StageId, focus: 'heading' | 'stay' = 'stay'): Promise<void> {
    if (id === this.current) return;
    this.selected = id;
    await this.updateComplete;
    if (focus === 'heading') this.renderRoot.querySelector<HTMLElement>(`#heading-${id}`)?.focus();
    emit(this, 'therapy-step', { id, index: this.shown.indexOf(id) });
  }

  /** Shows what a deep link names; returns the heading that takes focus, so reading goes on from there. */
  private async openLink(id: string): Promise<HTMLElement | undefined> {
    if (id === PREPARE) return this.prepHeading;
    const stage = this.shown.find((stage) => stage === id);
    if (!stage) return undefined;
    this.selected = stage;
    await this.updateComplete;
    return this.renderRoot.querySelector<HTMLElement>(`#heading-${stage}`) ?? undefined;
  }

  private prepQuestions(): readonly PrepQuestion[] {
    return composeGuide(this.practice).prep.questions;
  }

  // Rendering ---------------------------------------------------------------------------

  override render(): TemplateResult {
    const content = composeGuide(this.practice);
    const ui = GUIDE_UI[this.locale];
    const texts = this.texts();
    const stages = content.stages
      .filter((stage) => this.shown.includes(stage.id))
      .map((stage) => stageView(stage, content, texts));
    const tag = headingTag(this.settings.headingLevel);
    return html`<div class=${this.rootClass} lang=${this.locale}>
      ${staticHtml`<${tag} part="heading">${texts.text('guide.title', content.title)}</${tag}>`}
      <p part="intro">${texts.text('guide.intro', content.intro)}</p>
      ${this.renderStages(stages, ui)}
      ${renderPrep({
        heading: headingTag(this.settings.headingLevel, 1),
        words: prepWords(content, ui, texts),
        questions: this.prepQuestions(),
        ticked: this.ticked,
        hopes: this.hopes,
        status: this.announcer.render('status no-print'),
        onTick: (id, checked) => this.handleTick(id, checked),
        onHopes: (text) => this.handleHopes(text),
        onCopy: () => void this.handleCopy(),
        onPrint: () => this.handlePrint(),
      })}
      ${this.renderClosing(ui)}
      ${renderClosingCrisisLine(this.crisis, this.settings, this.locale, (refusal) => this.refuse(refusal))}
    </div>`;
  }

  private renderStages(stages: readonly StageView[], ui: GuideUi): TemplateResult {
    const index = this.shown.indexOf(this.current);
    return html`<div class="stages">
      ${renderStepList({
        stages,
        current: this.current,
        label: ui.stepsLabel,
        orientation: this.stepLayout.orientation,
        rtl: () => isRtl(this),
        onChoose: (id) => void this.showStage(id),
      })}
      <p part="progress" class="progress" id="progress">${ui.progress(index + 1, stages.length)}</p>
      ${stages.map((stage) =>
        renderPanel({
          stage,
          selected: stage.id === this.current,
          headingLevel: this.settings.headingLevel,
          progressId: 'progress',
          onReveal: () => void this.showStage(stage.id),
        }),
      )}
      ${renderPager({
        previous: stages[index - 1],
        next: stages[index + 1],
        ui,
        onChoose: (id) => void this.showStage(id, 'heading'),
      })}
    </div>`;
  }

  private renderClosing(ui: GuideUi): TemplateResult | typeof nothing {
    const links = practiceLinks(this.settings, COMMON[this.locale]);
    if (links.length === 0) return nothing;
    return html`<div class="closing">
      <p>${ui.closing}</p>
      <p class="links">${links}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'therapy-guide': TherapyGuide;
  }
}
