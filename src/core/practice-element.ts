import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_LOCALE, availableLocale, fillsFor } from '../content/index.js';
import { CONFIG_FIELD, textOverrides } from './config.js';
import { ConfigController } from './config-watch.js';
import { factAttributes, resolveFacts, type Facts } from './facts.js';
import { VERSION } from './version.js';
import { observeLang, inheritedLang, unobserveLang } from './locale.js';
import {
  DEFAULT_SETTINGS,
  describe,
  LANG_FIELD,
  parseIdList,
  readField,
  resolveSettings,
  type Locale,
  type Refusal,
  type Settings,
} from './settings.js';
import { Texts, type Override } from './texts.js';

const NO_CONFIG: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The base of every therapy-widgets element: reads the shared practice attributes and the
 * `config` block, resolves language and jurisdiction, and warns once for each bad value.
 * Subclasses read `settings`, `locale`, `configValues`, `textOverride` and `texts()` while
 * rendering, and `idList()` for their own id lists.
 */
export abstract class PracticeElement extends LitElement {
  /** Marks our classes, so a second copy of the module recognises them. */
  static readonly therapyWidgets = true;

  /** The version of therapy-widgets this element came with, such as `0.1.0`. */
  static readonly version: string = VERSION;

  /** Reads the config block when its id changes or the page edits it, not on every update. */
  private readonly configBlock = new ConfigController(this, () =>
    readField(CONFIG_FIELD, this.config, NO_CONFIG, (refusal) => this.refuse(refusal)),
  );

  // State -------------------------------------------------------------------------------

  /** The settings in force: attribute, then config block, then default. */
  protected settings: Settings = DEFAULT_SETTINGS;

  /** The language the element speaks. */
  protected locale: Locale = DEFAULT_LOCALE;

  /** The config block's values, or an empty object without one. */
  protected configValues: Readonly<Record<string, unknown>> = NO_CONFIG;

  /**
   * A config-block text override for this content id, if the practice set one. A new
   * function each time the block is read, so work keyed on it is redone only then.
   */
  protected textOverride: Override = () => undefined;

  private readonly said = new Set<string>();

  // Documented public properties --------------------------------------------------------

  /** The practice's name, shown as plain text. Default: a neutral phrase such as "our practice". */
  @property({ attribute: 'practice-name' }) practiceName?: string;

  /**
   * `generic`, `us`, `uk`, `ca`, `au`, `ie` or `nz` (any case): the rules and numbers to show.
   * @type {'generic' | 'us' | 'uk' | 'ca' | 'au' | 'ie' | 'nz'}
   */
  @property() jurisdiction?: string;

  /** `en` or `es`, with any region subtag. When absent, read from the closest ancestor with `lang`. */
  @property() override lang!: string;

  /** Session length in minutes, a whole number from 15 to 180. Without it, the text never states a length. */
  @property({ attribute: 'session-minutes' }) sessionMinutes?: string | number;

  /**
   * How sessions happen: `in-person`, `online` or `both` (default).
   * @type {'in-person' | 'online' | 'both'}
   */
  @property() format?: string;

  /** Where to book: an `https:`, `http:` or relative URL. Without it no booking link shows. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** Where to get in touch: an `https:`, `http:` or relative URL. */
  @property({ attribute: 'contact-url' }) contactUrl?: string;

  /** The practice's own privacy or confidentiality notice: an `https:`, `http:` or relative URL. */
  @property({ attribute: 'policy-url' }) policyUrl?: string;

  /** The practice's phone number; shown as a `tel:` link. */
  @property() phone?: string;

  /** The practice's email address; shown as a `mailto:` link. */
  @property() email?: string;

  /**
   * Level of the element's top heading, 2 to 6, to fit the page's outline. Default 2.
   * @type {2 | 3 | 4 | 5 | 6 | '2' | '3' | '4' | '5' | '6'}
   */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;

  /**
   * `light` (default: the host's text colour, no background), `dark`, or `auto` (follows the system).
   * @type {'light' | 'dark' | 'auto'}
   */
  @property() theme?: string;

  /** The `id` of a `<script type="application/json">` holding settings and text overrides for every widget on the page. */
  @property() config?: string;

  // Practice facts (PRODUCT.md, "Practice facts"): each an attribute and a config key ---

  /** The session fee: an amount from 0 to 100000 with up to 2 decimals (`150`, `95.50`), in `currency`. */
  @property() fee?: string | number;

  /** The first session's fee, when it differs: an amount like `fee`. */
  @property({ attribute: 'first-session-fee' }) firstSessionFee?: string | number;

  /** ISO 4217 code of the fees (`USD`, `GBP`, `EUR`). Default by jurisdiction: us USD, uk GBP, ca CAD, au AUD, ie EUR, nz NZD; `generic` has none, so fees need it. */
  @property() currency?: string;

  /** `yes` if the practice keeps lower-fee places for people on low incomes, `no` if not. */
  @property({ attribute: 'sliding-scale' }) slidingScale?: string | boolean;

  /** Length of a free first call, in minutes: a whole number from 5 to 60. */
  @property({ attribute: 'free-call' }) freeCall?: string | number;

  /** Plans or insurers the practice is in network with: comma-separated (an array in the config block or as a property). */
  @property() insurance?: string | readonly string[];

  /** `yes` if the practice gives receipts clients can claim back with ("superbills" in the US), `no` if not. */
  @property() superbills?: string | boolean;

  /** US: `yes` if the practice is a HIPAA covered entity, `no` if not. Replaces "if we are a covered entity" with the practice's own case. */
  @property() hipaa?: string | boolean;

  /** Notice needed to cancel without a fee, in hours: a whole number from 0 to 168. */
  @property({ attribute: 'cancellation-hours' }) cancellationHours?: string | number;

  /** The fee for a later cancellation: an amount like `fee`, or `full` (the session fee). */
  @property({ attribute: 'cancellation-fee' }) cancellationFee?: string | number;

  /** Where sessions take place: plain text of up to 200 characters, shown as text. */
  @property() address?: string;

  /** Getting there: parking, step-free access, transport. Plain text of up to 300 characters. */
  @property() access?: string;

  /** When sessions are offered: plain text of up to 200 characters (`Mon–Thu 9:00–19:00`). */
  @property() hours?: string;

  /** The video service used for online sessions: plain text of up to 60 characters, shown as text (never a link). */
  @property({ attribute: 'video-platform' }) videoPlatform?: string;

  /** Working days to answer a message: a whole number from 1 to 14. */
  @property({ attribute: 'reply-days' }) replyDays?: string | number;

  /** Languages sessions are offered in: BCP 47 tags, space-separated (`en es vi`); shown as names in the reader's language. */
  @property() languages?: string | readonly string[];

  /** Who the practice sees: any of `adults couples families teens children`, space-separated. */
  @property() clients?: string | readonly string[];

  /** How soon a first appointment usually is, in weeks: a whole number from 0 to 52. */
  @property({ attribute: 'wait-weeks' }) waitWeeks?: string | number;

  /** The practice facts in force (attribute, then config block, then unset), parsed once per update that reads them. */
  protected get facts(): Facts {
    const refuse = (refusal: Refusal): void => this.refuse(refusal);
    const attributes = factAttributes((key) => this[key], refuse);
    const key = JSON.stringify([attributes, this.settings.jurisdiction]);
    if (this.factsCache?.key !== key || this.factsCache.config !== this.configValues) {
      const facts = resolveFacts(attributes, this.configValues, this.settings.jurisdiction, refuse);
      this.factsCache = { key, config: this.configValues, facts };
    }
    return this.factsCache.facts;
  }

  private factsCache: { key: string; config: Readonly<Record<string, unknown>>; facts: Facts } | undefined;

  /** What this practice's content is composed from (`content/compose.ts`): language, settings, facts. */
  protected get practice(): { readonly locale: Locale; readonly settings: Settings; readonly facts: Facts } {
    return { locale: this.locale, settings: this.settings, facts: this.facts };
  }

  // End of practice facts -----------------------------------------------------------------

  /** The tag name, as warnings show it. */
  protected get tag(): string {
    return `<${this.localName}>`;
  }

  // Lifecycle ---------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    observeLang(this);
    // A new place in the page may mean a new inherited language.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveLang(this);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.loadConfig();
    const refuse = (refusal: Refusal): void => this.refuse(refusal);
    this.settings = resolveSettings(
      {
        practiceName: this.practiceName,
        jurisdiction: this.jurisdiction,
        sessionMinutes: this.sessionMinutes,
        format: this.format,
        bookingUrl: this.bookingUrl,
        contactUrl: this.contactUrl,
        policyUrl: this.policyUrl,
        phone: this.phone,
        email: this.email,
        headingLevel: this.headingLevel,
        theme: this.theme,
      },
      this.configValues,
      refuse,
    );
    this.locale = availableLocale(this.resolveLocale(refuse), this.tag);
  }

  // Methods for subclasses --------------------------------------------------------------

  /** Writes one `console.warn` per distinct bad value, naming the element and the attribute. */
  protected refuse({ attribute, value, accepted, source }: Refusal): void {
    const where =
      source === 'config' ? `config "${this.config}" key "${attribute}"` : `attribute "${attribute}"`;
    const message = `${this.tag}: ${where} got ${describe(value)}; it accepts ${accepted}. Using the default instead.`;
    this.sayOnce(message, () => console.warn(message));
  }

  /** The words by content id: overrides, then defaults, with the practice's values filled in. */
  protected texts(): Texts {
    return new Texts(this.textOverride, fillsFor(this.locale, this.settings), this.settings.jurisdiction);
  }

  /**
   * An element's own id list (`include`, `exclude`, `categories`): the known ids it names, or
   * `undefined` when it names none; unknown ids get a warning. Attributes only: the config
   * block is page-wide, and these lists are per element.
   */
  protected idList(
    attribute: string,
    value: string | undefined,
    known: readonly string[],
  ): string[] | undefined {
    return parseIdList(attribute, value, known, (refusal) => this.refuse(refusal));
  }

  /** CSS classes of the shadow root's wrapper: `root` and the theme. */
  protected get rootClass(): string {
    return `root ${this.settings.theme}`;
  }

  private sayOnce(message: string, say: () => void): void {
    if (this.said.has(message)) return;
    this.said.add(message);
    say();
  }

  private loadConfig(): void {
    const read = this.configBlock.read();
    if (!read) return;
    const { id, result } = read;
    this.configValues = result?.ok ? result.values : NO_CONFIG;
    // Per-language wording (`"text": { "es": {…} }`) follows the language in force when read.
    const values = this.configValues;
    const byLocale = new Map<string, ReadonlyMap<string, string>>();
    this.textOverride = (key) => {
      let overrides = byLocale.get(this.locale);
      if (!overrides) byLocale.set(this.locale, (overrides = textOverrides(values, this.locale)));
      return overrides.get(key);
    };
    if (result && !result.ok) {
      const message = `${this.tag}: config "${id}": ${result.reason}. Showing the default settings.`;
      this.sayOnce(message, () => console.error(message));
    }
    for (const note of result?.ok ? result.notes : []) {
      const message = `${this.tag}: config "${id}": ${note}`;
      this.sayOnce(message, () => console.warn(message));
    }
  }

  private resolveLocale(refuse: (refusal: Refusal) => void): Locale {
    const own = this.getAttribute('lang');
    const fromElement = readField(LANG_FIELD, own, this.configValues, refuse);
    if (fromElement) return fromElement;
    const inherited = own?.trim() ? '' : inheritedLang(this);
    if (inherited.trim() === '') return DEFAULT_LOCALE;
    return readField(LANG_FIELD, inherited, {}, refuse) ?? DEFAULT_LOCALE;
  }
}
