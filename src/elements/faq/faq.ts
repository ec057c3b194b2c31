import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { COMMON, FAQ_CONTENT, FAQ_UI, fillsFor } from '../../content/index.js';
import type { FaqUi } from '../../content/ui-types.js';
import { DeepLinkController } from '../../core/deep-link.js';
import { disclosureStyles, renderDisclosure } from '../../core/disclosure.js';
import { headingTag } from '../../core/heading.js';
import { moveFocus } from '../../core/keys.js';
import { PracticeElement } from '../../core/practice-element.js';
import { parseIdList } from '../../core/settings.js';
import { hostStyles } from '../../core/styles.js';
import { renderCrisisLine } from '../crisis/embed.js';
import { practiceLinks, renderBlocks } from '../shared/render.js';
import { faqStyles } from './faq.styles.js';
import { renderTools } from './tools.js';
import { buildEntries, readPracticeItems, type FaqEntry, type PracticeItem } from './items.js';
import { matchesAll, queryWords, segments } from './search.js';

/** Detail of `therapy-toggle`. */
export interface TherapyToggleDetail {
  readonly id: string;
  readonly open: boolean;
}

/** How long the result count waits for typing to pause before it is announced. */
const ANNOUNCE_DELAY = 500;

/**
 * Up to ALL_AT_ONCE items render together (every default FAQ does). A longer FAQ renders its
 * first screens at once and the rest per frame after it, instead of blocking the page.
 */
const ALL_AT_ONCE = 100;
const FIRST_ITEMS = 20;
const ITEMS_PER_FRAME = 150;

/**
 * The first-session FAQ: a searchable, filterable accordion of the questions people are
 * afraid to ask, answered warmly and plainly, with deep links (`#faq-<id>`) and a closing
 * call to action.
 *
 * Practices add or replace items with light-DOM `<details id="…"><summary>Question</summary>
 * answer…</details>` children (an id equal to a default id replaces that item; `data-category`
 * files it under a topic). Without JavaScript they still read as a native list. The `config`
 * block can override text by id: `faq.<id>.question`, `faq.<id>.answer` (blank lines split
 * paragraphs).
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

  private readonly deepLinks = new DeepLinkController(this, 'faq', (id) => this.reveal(id));

  @state() private openIds = new Set<string>();
  @state() private query = '';
  @state() private topic: string | undefined;
  /** What the live region says: the result count, or that a link was copied. */
  @state() private status = '';
  @state() private practiceItems: readonly PracticeItem[] = [];
  @state() private renderLimit = FIRST_ITEMS;

  /** Every item before filters, rebuilt only when what it depends on changes. */
  private allEntries: FaqEntry[] = [];
  private allEntriesKey: readonly unknown[] = [];
  private entries: FaqEntry[] = [];
  private shown: FaqEntry[] = [];
  private words: string[] = [];
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private moreFrame = 0;
  private readonly lightDom = new MutationObserver(() => this.readLightDom());

  /** Space-separated ids of the only items to show. */
  @property() include?: string;

  /** Space-separated ids of items to leave out. */
  @property() exclude?: string;

  /** Space-separated category ids to show: getting-started, cost, sessions, privacy, online, feelings-fit. */
  @property() categories?: string;

  /** Only one answer open at a time. */
  @property({ type: Boolean }) single = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLightDom();
    this.lightDom.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightDom.disconnect();
    clearTimeout(this.announceTimer);
    cancelAnimationFrame(this.moreFrame);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const content = FAQ_CONTENT[this.locale];
    const fills = fillsFor(this.locale, this.settings);
    const key = [
      content,
      this.settings.jurisdiction,
      fills.practice,
      fills.minutes,
      fills.format,
      this.practiceItems,
      this.configValues,
    ];
    if (key.some((part, i) => part !== this.allEntriesKey[i])) {
      this.allEntriesKey = key;
      this.allEntries = buildEntries({
        content,
        jurisdiction: this.settings.jurisdiction,
        fills,
        practice: this.practiceItems,
        override: (id) => this.textOverride(id),
      });
    }
    const all = this.allEntries;
    const refuse = this.refuse.bind(this);
    const ids = all.map((e) => e.id);
    // Element-specific settings come from attributes only: the config block is page-wide.
    const list = (
      attribute: string,
      value: string | undefined,
      known: readonly string[],
    ): string[] | undefined => parseIdList(attribute, value, known, refuse);
    const include = list('include', this.include, ids);
    const exclude = list('exclude', this.exclude, ids) ?? [];
    const topics = list(
      'categories',
      this.categories,
      content.categories.map((c) => c.id),
    );
    this.entries = all.filter(
      (e) =>
        (!include || include.includes(e.id)) &&
        !exclude.includes(e.id) &&
        (!topics || e.category === undefined || topics.includes(e.category)),
    );
    if (this.topic && !this.visibleTopics().some((c) => c.id === this.topic)) this.topic = undefined;
    this.words = queryWords(this.query);
    this.shown = this.entries.filter(
      (e) =>
        (!this.topic || e.category === this.topic) &&
        (this.words.length === 0 || matchesAll(e.searchText, this.words)),
    );
  }

  protected override updated(): void {
    if (this.shown.length > ALL_AT_ONCE && this.renderLimit < this.shown.length && this.moreFrame === 0) {
      this.moreFrame = requestAnimationFrame(() => {
        this.moreFrame = 0;
        this.renderLimit += ITEMS_PER_FRAME;
      });
    }
  }

  // Event handlers ---------------------------------------------------------------------

  private handleToggle(id: string): void {
    this.setOpen(id, !this.isOpen(id));
    this.dispatchEvent(
      new CustomEvent<TherapyToggleDetail>('therapy-toggle', {
        detail: { id, open: this.openIds.has(id) },
        bubbles: true,
        composed: true,
      }),
    );
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
    const changed = this.shown.filter((e) => this.openIds.has(e.id) !== open);
    const next = new Set(this.openIds);
    for (const e of changed) {
      if (open) next.add(e.id);
      else next.delete(e.id);
    }
    this.openIds = next;
    for (const e of changed) {
      this.dispatchEvent(
        new CustomEvent<TherapyToggleDetail>('therapy-toggle', {
          detail: { id: e.id, open },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  private async handleCopyLink(id: string): Promise<void> {
    const fragment = this.deepLinks.fragment(id);
    const url = new URL(fragment, window.location.href).href;
    const words = FAQ_UI[this.locale];
    // The reader asked for a link: the address bar shows it too.
    history.replaceState(history.state, '', fragment);
    try {
      await navigator.clipboard.writeText(url);
      this.status = words.linkCopied;
    } catch {
      this.status = words.copyFailed;
    }
  }

  // Public methods ----------------------------------------------------------------------

  /** Opens the item with this id (clearing a search or topic that hides it) and returns it. */
  async reveal(id: string): Promise<Element | undefined> {
    if (!this.entries.some((e) => e.id === id)) return undefined;
    if (!this.shown.some((e) => e.id === id)) {
      this.setQuery('');
      this.topic = undefined;
    }
    this.setOpen(id, true);
    this.renderLimit = Infinity;
    await this.updateComplete;
    const item = this.renderRoot.querySelector(`#faq-${CSS.escape(id)}`) ?? undefined;
    item?.querySelector<HTMLElement>('.disclosure-button')?.focus({ preventScroll: true });
    return item;
  }

  // Rendering ---------------------------------------------------------------------------

  override render(): TemplateResult {
    const content = FAQ_CONTENT[this.locale];
    const words = FAQ_UI[this.locale];
    const tag = headingTag(this.settings.headingLevel);
    return html`<div class=${this.rootClass} lang=${this.locale}>
      ${staticHtml`<${tag} part="heading">${content.title}</${tag}>`}
      <p part="intro" class="intro">${content.intro}</p>
      ${renderTools({
        words,
        topics: this.visibleTopics(),
        topic: this.topic,
        searching: this.query !== '',
        single: this.single,
        onSearchInput: (event) => this.handleSearchInput(event),
        onSearchKeydown: (event) => this.handleSearchKeydown(event),
        onClear: this.clearSearch,
        onTopic: (id) => this.handleTopic(id),
        onAll: (open) => this.handleAll(open),
      })}
      <p class="count" aria-hidden="true">
        ${this.words.length > 0 || this.topic ? words.results(this.shown.length) : ''}
      </p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.status}</div>
      ${this.shown.length === 0 ? this.renderNoResults(words) : this.renderGroups()}
      ${this.renderCallToAction(words)}
    </div>`;
  }

  private renderGroups(): TemplateResult {
    const content = FAQ_CONTENT[this.locale];
    const words = FAQ_UI[this.locale];
    const limit = this.shown.length <= ALL_AT_ONCE ? this.shown.length : this.renderLimit;
    const rendered = new Set(this.shown.slice(0, limit));
    const known = new Set(content.categories.map((c) => c.id));
    const groups = [...content.categories, { id: undefined, label: words.otherCategory }]
      .map((c) => ({
        ...c,
        items: this.shown.filter(
          (e) => rendered.has(e) && (e.category && known.has(e.category) ? e.category : undefined) === c.id,
        ),
      }))
      .filter((g) => g.items.length > 0);
    const tag = headingTag(this.settings.headingLevel, 1);
    return html`${groups.map(
      (group) =>
        html`<section class="group" aria-labelledby=${`topic-${group.id ?? 'other'}`}>
          ${staticHtml`<${tag} class="topic" id=${`topic-${group.id ?? 'other'}`}>${group.label}</${tag}>`}
          ${group.items.map((e) => this.renderItem(e, words))}
        </section>`,
    )}`;
  }

  private renderItem(e: FaqEntry, words: FaqUi): TemplateResult {
    const open = this.isOpen(e.id);
    return renderDisclosure({
      key: `faq-${e.id}`,
      open,
      heading: headingTag(this.settings.headingLevel, 2),
      label: this.renderMarked(e.question),
      parts: { item: 'item', button: 'button question', panel: 'answer' },
      onToggle: () => this.handleToggle(e.id),
      onKeydown: (event) => this.handleQuestionKeydown(event),
      onReveal: () => this.setOpen(e.id, true),
      body: html`${e.short ? html`<p class="short">${this.renderMarked(e.short)}</p>` : nothing}
      ${renderBlocks(e.blocks, (text) => this.renderMarked(text))}
      ${e.nodes ? html`<div class="practice">${e.nodes()}</div>` : nothing}
      ${e.id === 'crisis' ? renderCrisisLine(this.settings, this.locale) : nothing}`,
      // Only an open answer needs its "copy link" button.
      extra: open
        ? html`<button
            type="button"
            part="button"
            class="copy-link no-print"
            @click=${() => this.handleCopyLink(e.id)}
          >
            ${words.copyLink}<span class="visually-hidden">: ${e.question}</span>
          </button>`
        : nothing,
    });
  }

  private renderMarked(text: string): TemplateResult | string {
    if (this.words.length === 0) return text;
    return html`${segments(text, this.words).map((s) => (s.match ? html`<mark>${s.text}</mark>` : s.text))}`;
  }

  private renderNoResults(words: FaqUi): TemplateResult {
    return html`<div class="empty">
      <p>${words.noResults}</p>
      <p>${words.noResultsContact} ${practiceLinks(this.settings, COMMON[this.locale], false)}</p>
      ${
        this.query
          ? html`<button type="button" part="button" class="no-print" @click=${this.clearSearch}>
              ${words.clearSearch}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderCallToAction(words: FaqUi): TemplateResult | typeof nothing {
    const links = practiceLinks(this.settings, COMMON[this.locale]);
    if (links.length === 0) return nothing;
    const tag = headingTag(this.settings.headingLevel, 1);
    return html`<section class="cta" aria-labelledby="cta-heading">
      ${staticHtml`<${tag} id="cta-heading">${words.ctaHeading}</${tag}>`}
      <p>${words.ctaText}</p>
      <p class="cta-links">${links}</p>
    </section>`;
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

  private visibleTopics(): { id: string; label: string }[] {
    const used = new Set(this.entries.map((e) => e.category));
    return FAQ_CONTENT[this.locale].categories.filter((c) => used.has(c.id));
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const words = FAQ_UI[this.locale];
      const filtering = this.words.length > 0 || this.topic !== undefined;
      this.status = !filtering
        ? ''
        : this.shown.length === 0
          ? words.noResults
          : words.results(this.shown.length);
    }, ANNOUNCE_DELAY);
  }

  private readLightDom(): void {
    this.practiceItems = readPracticeItems(this);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'therapy-faq': TherapyFaq;
  }
  interface GlobalEventHandlersEventMap {
    'therapy-toggle': CustomEvent<TherapyToggleDetail>;
  }
}
