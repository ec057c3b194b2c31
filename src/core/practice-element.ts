import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { readConfig, textOverrides } from './config.js';
import { VERSION } from './version.js';
import { observeLang, inheritedLang, unobserveLang } from './locale.js';
import {
  DEFAULT_SETTINGS,
  LANG_FIELD,
  readField,
  resolveSettings,
  type Locale,
  type Refusal,
  type Settings,
} from './settings.js';

const NO_CONFIG: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The base of every therapy-widgets element: reads the shared practice attributes and the
 * `config` block, resolves language and jurisdiction, and warns once for each bad value.
 * Subclasses read `settings`, `locale`, `configValues` and `textOverride()` while rendering.
 */
export abstract class PracticeElement extends LitElement {
  /** Marks our classes, so a second copy of the module recognises them. */
  static readonly therapyWidgets = true;

  /** The version of therapy-widgets this element came with, such as `0.1.0`. */
  static readonly version: string = VERSION;

  // Documented public properties --------------------------------------------------------

  /** The practice's name, shown as plain text. Default: a neutral phrase such as "our practice". */
  @property({ attribute: 'practice-name' }) practiceName?: string;

  /** `generic`, `us`, `uk`, `ca`, `au`, `ie` or `nz` (any case): the rules and numbers to show. */
  @property() jurisdiction?: string;

  /** `en` or `es`, with any region subtag. When absent, read from the closest ancestor with `lang`. */
  @property() override lang!: string;

  /** Session length in minutes, a whole number from 15 to 180. Default 50. */
  @property({ attribute: 'session-minutes' }) sessionMinutes?: string | number;

  /** How sessions happen: `in-person`, `online` or `both` (default). */
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

  /** Level of the element's top heading, 2 to 6, to fit the page's outline. Default 2. */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;

  /** `light` (default: the host's text colour, no background), `dark`, or `auto` (follows the system). */
  @property() theme?: string;

  /** The `id` of a `<script type="application/json">` holding settings and text overrides for every widget on the page. */
  @property() config?: string;

  // State -------------------------------------------------------------------------------

  /** The settings in force: attribute, then config block, then default. */
  protected settings: Settings = DEFAULT_SETTINGS;

  /** The language the element speaks. */
  protected locale: Locale = 'en';

  /** The config block's values, or an empty object without one. */
  protected configValues: Readonly<Record<string, unknown>> = NO_CONFIG;

  private overrides: ReadonlyMap<string, string> = new Map();
  /** The last config block read, so an unchanged block is not parsed again on every update. */
  private configCache:
    { id: string; text: string | null; values: Readonly<Record<string, unknown>> } | undefined;
  private readonly said = new Set<string>();

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
    this.configValues = this.loadConfig();
    this.overrides = textOverrides(this.configValues);
    const refuse = (refusal: Refusal): void => this.refuse(refusal);
    this.settings = resolveSettings(
      {
        practiceName: this.practiceName,
        jurisdiction: this.jurisdiction,
        sessionMinutes: this.sessionMinutes?.toString(),
        format: this.format,
        bookingUrl: this.bookingUrl,
        contactUrl: this.contactUrl,
        policyUrl: this.policyUrl,
        phone: this.phone,
        email: this.email,
        headingLevel: this.headingLevel?.toString(),
        theme: this.theme,
      },
      this.configValues,
      refuse,
    );
    this.locale = this.resolveLocale(refuse);
  }

  // Methods for subclasses --------------------------------------------------------------

  /** Writes one `console.warn` per distinct bad value, naming the element and the attribute. */
  protected refuse({ attribute, value, accepted, source }: Refusal): void {
    const where =
      source === 'config' ? `config "${this.config}" key "${attribute}"` : `attribute "${attribute}"`;
    const message = `${this.tag}: ${where} got ${source === 'config' ? value : JSON.stringify(value)}; it accepts ${accepted}. Using the default instead.`;
    this.sayOnce(message, () => console.warn(message));
  }

  /** A config-block text override for this content id, if the practice set one. */
  protected textOverride(id: string): string | undefined {
    return this.overrides.get(id);
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

  private loadConfig(): Readonly<Record<string, unknown>> {
    const id = this.config?.trim();
    if (!id) return NO_CONFIG;
    const text = this.ownerDocument.getElementById(id)?.textContent ?? null;
    if (this.configCache?.id === id && this.configCache.text === text) return this.configCache.values;
    const result = readConfig(id, this.ownerDocument);
    const values = result.ok ? result.values : NO_CONFIG;
    this.configCache = { id, text, values };
    if (!result.ok) {
      const message = `${this.tag}: config "${id}": ${result.reason}. Showing the default settings.`;
      this.sayOnce(message, () => console.error(message));
    }
    return values;
  }

  private resolveLocale(refuse: (refusal: Refusal) => void): Locale {
    const own = this.getAttribute('lang');
    const fromElement = readField(LANG_FIELD, own, this.configValues, refuse);
    if (fromElement) return fromElement;
    const inherited = own?.trim() ? '' : inheritedLang(this);
    if (inherited.trim() === '') return 'en';
    return readField(LANG_FIELD, inherited, {}, refuse) ?? 'en';
  }
}
