import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { composeFaq, faqIds } from '../../content/compose.js';
import { COMMON, FAQ_CONTENT, FAQ_UI, fillsFor } from '../../content/index.js';
import type { Fills } from '../../content/resolve.js';
import type { FaqContent } from '../../content/types.js';
import type { FaqUi } from '../../content/ui-types.js';
import { AnnouncerController } from '../../core/announcer.js';
import { DeepLinkController } from '../../core/deep-link.js';
import { disclosureStyles, renderDisclosure } from '../../core/disclosure.js';
import { emit, type TherapyToggleDetail } from '../../core/events.js';
import { headingTag } from '../../core/heading.js';
import { moveFocus } from '../../core/keys.js';
import { memoizeLast } from '../../core/memo.js';
import { PracticeElement } from '../../core/practice-element.js';
import type { Jurisdiction, Locale } from '../../core/settings.js';
import { hostStyles } from '../../core/styles.js';
import type { Override } from '../../core/texts.js';
import { renderCrisisLine } from '../crisis/embed.js';
import { practiceLinks, renderBlocks } from '../shared/render.js';
import { faqStyles } from './faq.styles.js';
import { createFilter, groupByTopic, type FilterResult } from './filter.js';
import { buildEntries, foldWhenIdle, type FaqEntry, type PracticeItem } from './items.js';
import { LightDomController } from './light-dom.js';
import { HIGHLIGHTS, HighlightController, marksTerms } from './highlight.js';
import { segments } from './search.js';
import { renderCallToAction, renderCopyLink, renderNoResults } from './parts.js';
import { renderTools } from './tools.js';

export type { TherapyToggleDetail };

/** How long the result count waits for typing to pause before it is announced. */
const ANNOUNCE_DELAY = 500;

/**
 * The first-session FAQ: a searchable, filterable accordion of the questions people are
 * afraid to ask, answered warmly and plainly, with deep links (`#faq-<id>`) and a closing
 * call to action.
 *
 * Practices add or replace items with light-DOM `<details id="…"><summary>Question</summary>
 * answer…</details>` children (an id equal to a default id replaces that item; `data-category`
 * files it under a topic; `lang="es"` shows it only when the FAQ speaks that language).
 * Without JavaScript they still read as a native list. The `config` block can override text
 * by id: `faq.<id>.question`, `faq.<id>.answer` (blank lines split paragraphs).
 *
 * @tagname therapy-faq
 * @summary A searchable first-session FAQ.
 *
 * @fires therapy-toggle - `{ id, open }` when the reader opens or closes an answer (never when
 * a property or deep link does). Bubbles and is composed: check `event.target`.
 *
 * @csspart heading - The FAQ's title.
 * @csspart intro - The opening words.
 * @csspart search - The search field.
 * @csspart filter - Each topic filter button.
 * @csspart button - Every button: questions, filters, open/close all, copy link.
 * @csspart item - Each question and its answer.
 * @csspart question - The button that opens an answer.
 * @csspart answer - The answer panel.
 * @csspart link - Links: booking, contact, and links in practice answers.
 * @csspart crisis - The crisis line inside the `crisis` answer (the numbers for the jurisdiction).
 *
 * @cssprop --therapy-font-family - Font of all text (default: inherited).
 * @cssprop --therapy-font-size - Base size (default: inherited, at least 16px).
 * @cssprop --therapy-line-height - Line height (default 1.5).
 * @cssprop --therapy-color-text - Body text (default: inherited).
 * @cssprop --therapy-color-muted - Secondary text: the intro and the result count.
 * @cssprop --therapy-color-accent - Links, focus rings, pressed filters, the booking button.
 * @cssprop --therapy-color-on-accent - Text on the booking button and pressed filters.
 * @cssprop --therapy-color-surface - Background of the search area and the call to action.
 * @cssprop --therapy-color-border - Borders of fields and buttons; dividers.
 * @cssprop --therapy-radius - Corner radius.
 * @cssprop --therapy-space - Base spacing unit.
 * @cssprop --therapy-max-width - Widest the FAQ grows.
 */
export class TherapyFaq extends PracticeElement {
  static override styles = [hostStyles, disclosureStyles, faqStyles];

  private readonly deepLinks = new DeepLinkController(
    this,
    'faq',
    async (id) => (await this.reveal(id))?.querySelector<HTMLElement>('.disclosure-button') ?? undefined,
  );
  private readonly announcer = new AnnouncerController(this);
  private readonly lightDom = new LightDomController(this);
  /** Paints the search matches (CSS Custom Highlight API), so typing changes no DOM. */
  protected readonly highlighter = new HighlightController(
    this,
    () => this.filtered.terms,
    () => this.listRenders,
  );
  /** How many times the list of items has rendered: the highlighter finds them again after each. */
  private listRenders = 0;

  @state() private openIds = new Set<string>();
  @state() private query = '';
  @state() private topic: string | undefined;

  /** Every item before filters, built again only when what it depends on changes. */
  private readonly buildAll = memoizeLast(
    (
      locale: Locale,
      content: FaqContent,
      jurisdiction: Jurisdiction,
      practice: readonly PracticeItem[],
      override: Override,
      fills: Fills,
    ) => {
      const entries = buildEntries({ locale, content, jurisdiction, practice, override, fills });
      foldWhenIdle(entries);
      return entries;
    },
  );
  private readonly filter = createFilter();
  private filtered: FilterResult = { available: [], shown: [], terms: [] };

  /** Space-separated ids of the only items to show. */
  @property() include?: string;

  /** Space-separated ids of items to leave out. */
  @property() exclude?: string;

  /** Space-separated category ids to show: getting-started, cost, sessions, privacy, online, feelings-fit. */
  @property() categories?: string;

  /** Only one answer open at a time. */
  @property({ type: Boolean }) single = false;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const content = composeFaq(this.practice);
    const entries = this.buildAll(
      this.locale,
      content,
      this.settings.jurisdiction,
      this.lightDom.items,
      this.textOverride,
      fillsFor(this.locale, this.settings),
    );
    const ids = [...new Set([...faqIds(this.locale), ...entries.map((entry) => entry.id)])];
    const input = {
      entries,
      include: this.idList('include', this.include, ids),
      exclude: this.idList('exclude', this.exclude, ids),
      categories: this.idList(
        'categories',
        this.categories,
        content.categories.map((category) => category.id),
      ),
      topic: this.topic,
      query: this.query,
    };
    this.filtered = this.filter(input);
    // A topic the practice's lists no longer show hands the choice back to "All topics".
    if (this.topic && !this.visibleTopics().some((category) => category.id === this.topic)) {
      this.topic = undefined;
      this.filtered = this.filter({ ...input, topic: undefined });
    }
    // No list on show: the highlighter lets go of the items it had.
    if (this.filtered.shown.length === 0) this.listRenders++;
  }

  // Event handlers ---------------------------------------------------------------------

  private handleToggle(id: string): void {
    this.setOpen(id, !this.isOpen(id));
    emit(this, 'therapy-toggle', { id, open: this.openIds.has(id) });
  }

  private handleQuestionKeydown(event: KeyboardEvent): void {
    moveFocus(event, [...this.renderRoot.querySelectorAll<HTMLElement>('.disclosure-button')], 'vertical');
  }

  private handleSearchInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.scheduleAnnouncement();
  }

  private handleSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.query !== '') {
      event.preventDefault();
      this.clearSearch();
    }
  }

  private handleTopic(id: string | undefined): void {
    this.topic = id;
    this.scheduleAnnouncement();
  }

  private handleAll(open: boolean): void {
    const changed = this.filtered.shown.filter((entry) => this.openIds.has(entry.id) !== open);
    const next = new Set(this.openIds);
    for (const entry of changed) {
      if (open) next.add(entry.id);
      else next.delete(entry.id);
    }
    this.openIds = next;
    for (const entry of changed) emit(this, 'therapy-toggle', { id: entry.id, open });
    const ui = FAQ_UI[this.locale];
    // Said every time, even when nothing changed: the reader pressed a button and waits to hear.
    this.announcer.announce(open ? ui.allOpened(this.filtered.shown.length) : ui.allClosed);
  }

  private async handleCopyLink(id: string): Promise<void> {
    const fragment = this.deepLinks.fragment(id);
    const url = new URL(fragment, window.location.href).href;
    const ui = FAQ_UI[this.locale];
    // The reader asked for a link: the address bar shows it too.
    history.replaceState(history.state, '', fragment);
    try {
      await navigator.clipboard.writeText(url);
      this.announcer.announce(ui.linkCopied);
    } catch {
      this.announcer.announce(ui.copyFailed);
    }
  }

  // Public methods ----------------------------------------------------------------------

  /** Opens the item with this id (clearing a search or topic that hides it) and returns it. */
  async reveal(id: string): Promise<Element | undefined> {
    if (!this.filtered.available.some((entry) => entry.id === id)) return undefined;
    if (!this.filtered.shown.some((entry) => entry.id === id)) {
      this.setQuery('');
      this.topic = undefined;
    }
    this.setOpen(id, true);
    await this.updateComplete;
    const item = this.renderRoot.querySelector(`#faq-${CSS.escape(id)}`) ?? undefined;
    item?.querySelector<HTMLElement>('.disclosure-button')?.focus({ preventScroll: true });
    return item;
  }

  // Rendering ---------------------------------------------------------------------------

  override render(): TemplateResult {
    const content = FAQ_CONTENT[this.locale];
    const ui = FAQ_UI[this.locale];
    const tag = headingTag(this.settings.headingLevel);
    const common = COMMON[this.locale];
    const { shown } = this.filtered;
    const searching = this.query !== '';
    return html`<div class=${this.rootClass} lang=${this.locale}>
      ${staticHtml`<${tag} part="heading">${content.title}</${tag}>`}
      <p part="intro" class="intro">${content.intro}</p>
      ${renderTools({
        words: ui,
        topics: this.visibleTopics(),
        topic: this.topic,
        searching,
        count: this.filtering() ? ui.results(shown.length) : '',
        single: this.single,
        onSearchInput: (event) => this.handleSearchInput(event),
        onSearchKeydown: (event) => this.handleSearchKeydown(event),
        onClear: this.clearSearch,
        onTopic: (id) => this.handleTopic(id),
        onAll: (open) => this.handleAll(open),
      })}
      ${this.announcer.render()}
      ${
        shown.length === 0
          ? renderNoResults({
              ui,
              links: practiceLinks(this.settings, common, false),
              searching,
              onClear: this.clearSearch,
            })
          : this.renderGroups(ui)
      }
      ${renderCallToAction(ui, practiceLinks(this.settings, common), headingTag(this.settings.headingLevel, 1))}
    </div>`;
  }

  private renderGroups(ui: FaqUi): unknown {
    // An item renders again only when what it shows changes: typing (highlights paint
    // without the DOM) leaves a thousand unchanged items alone, and a key that shows the
    // same items (the filter keeps the same list then) skips the whole list.
    const settings = JSON.stringify(this.settings);
    const terms = HIGHLIGHTS ? undefined : this.filtered.terms;
    const { shown } = this.filtered;
    return guard([shown, this.openIds, ui, settings, terms], () => {
      this.listRenders++;
      // Every item is in the page at once (End, find-in-page and deep links reach them all);
      // items off screen cost little: the styles give them `content-visibility: auto`.
      const groups = groupByTopic(shown, FAQ_CONTENT[this.locale].categories, ui.otherCategory);
      const tag = headingTag(this.settings.headingLevel, 1);
      const item = (entry: FaqEntry): unknown =>
        guard([entry, this.isOpen(entry.id), ui, settings, terms], () => this.renderItem(entry, ui));
      return html`${groups.map(
        (group) =>
          // A heading per topic, not a region: a long FAQ would flood the page's landmark list.
          html`<div class="group">
            ${staticHtml`<${tag} class="topic" id=${`topic-${group.id ?? 'other'}`}>${group.label}</${tag}>`}
            ${repeat(group.entries, (entry) => entry.id, item)}
          </div>`,
      )}`;
    });
  }

  private renderItem(entry: FaqEntry, ui: FaqUi): TemplateResult {
    const open = this.isOpen(entry.id);
    return renderDisclosure({
      key: `faq-${entry.id}`,
      open,
      heading: headingTag(this.settings.headingLevel, 2),
      label: this.renderMarked(entry.question, true),
      parts: { item: 'item', button: 'button question', panel: 'answer' },
      onToggle: () => this.handleToggle(entry.id),
      onKeydown: (event) => this.handleQuestionKeydown(event),
      onReveal: () => this.setOpen(entry.id, true),
      body: html`${entry.short ? html`<p class="short">${this.renderMarked(entry.short, open)}</p>` : nothing}
      ${renderBlocks(entry.blocks, (text) => this.renderMarked(text, open))}
      ${entry.nodes ? html`<div class="practice">${entry.nodes()}</div>` : nothing}
      ${entry.id === 'crisis' ? renderCrisisLine(this.settings, this.locale) : nothing}`,
      // Only an open answer needs its "copy link" button.
      extra: open ? renderCopyLink(ui, entry.question, () => this.handleCopyLink(entry.id)) : nothing,
    });
  }

  /**
   * The text with the search terms in `<mark>`s, only where the engine has no CSS Custom
   * Highlight API (there `HighlightController` paints the matches without touching the DOM),
   * and only where the reader can see it.
   */
  private renderMarked(text: string, visible: boolean): TemplateResult | string {
    const { terms } = this.filtered;
    if (!visible || !marksTerms(terms)) return text;
    return html`${segments(text, terms).map((segment) =>
      segment.match ? html`<mark>${segment.text}</mark>` : segment.text,
    )}`;
  }

  // Helpers -----------------------------------------------------------------------------

  private isOpen(id: string): boolean {
    return this.openIds.has(id);
  }

  private setOpen(id: string, open: boolean): void {
    const next = new Set(this.single && open ? [] : this.openIds);
    if (open) next.add(id);
    else next.delete(id);
    this.openIds = next;
  }

  private readonly clearSearch = (): void => {
    this.setQuery('');
    this.scheduleAnnouncement();
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  };

  /**
   * The field owns what the reader types (no value binding, so no re-render can ever undo a
   * keystroke); the code writes to it only to clear it.
   */
  private setQuery(query: string): void {
    this.query = query;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#search');
    if (input) input.value = query;
  }

  /** Whether the reader is narrowing the list, by search terms or a topic. */
  private filtering(): boolean {
    return this.filtered.terms.length > 0 || this.topic !== undefined;
  }

  private visibleTopics(): { id: string; label: string }[] {
    const used = new Set(this.filtered.available.map((entry) => entry.category));
    return FAQ_CONTENT[this.locale].categories.filter((category) => used.has(category.id));
  }

  /**
   * Says the result once typing pauses, and what clearing did ("All 31 questions are
   * shown."); a result already said is not said again.
   */
  private scheduleAnnouncement(): void {
    this.announcer.announceChangeLater(() => {
      const ui = FAQ_UI[this.locale];
      const count = this.filtered.shown.length;
      if (!this.filtering()) return ui.showingAll(count);
      return count === 0 ? ui.noResults : ui.results(count);
    }, ANNOUNCE_DELAY);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'therapy-faq': TherapyFaq;
  }
}
