/**
 * The content schema every locale satisfies. Words only: no Lit, no DOM, no HTML.
 *
 * Text may hold these placeholders, filled in by the element from the practice settings:
 * - `{practice}`: the practice name, or a neutral phrase ("your therapist's practice");
 * - `{minutes}`: the session length in minutes (a number);
 * - `{format}`: how sessions happen: "in person", "online", or "in person or online".
 */
import type { Jurisdiction } from '../core/settings.js';

export type { Jurisdiction };

/** Plain text, possibly with `{placeholders}`. Never HTML: it is always rendered as text. */
export type Text = string;

/** One block of an answer as a reader sees it: a paragraph, or a bulleted list of short lines. */
export type Block = Text | { readonly list: readonly Text[] };

/**
 * The way of meeting a piece of content belongs to. `online` and `in-person`: left out when
 * the practice meets only the other way. `both`: only when sessions may be either way (for
 * words such as "Do you see people in person, online, or both?").
 */
export type FormatTag = 'online' | 'in-person' | 'both';

/** A block that belongs to one way of meeting (see `FormatTag`). */
export interface FormatBlock {
  readonly format: FormatTag;
  readonly block: Block;
  /** The wording when sessions may be either way ("If you meet online, …"). Default: `block`. */
  readonly both?: Block;
}

/** A list line that belongs to one way of meeting (see `FormatTag`). */
export interface FormatLine {
  readonly format: FormatTag;
  readonly line: Text;
  /** The wording when sessions may be either way. Default: `line`. */
  readonly both?: Text;
}

/** A line of a list or of a stage's questions, as written: for everyone, or for one way of meeting. */
export type Line = Text | FormatLine;

/** One block as written: a paragraph, a list whose lines may be tagged, or a tagged block. */
export type SourceBlock = Text | { readonly list: readonly Line[] } | FormatBlock;

/**
 * Some paragraphs and lists, in reading order, as written. `resolveRich` (and the compose
 * layer, for the practice's `format`) turns them into the `Block`s a reader sees.
 */
export type Rich = readonly SourceBlock[];

/**
 * A value that differs by jurisdiction. `generic` must stay true everywhere; the others
 * replace it for their jurisdiction when given.
 */
export type ByJurisdiction<T> = { readonly generic: T } & {
  readonly [J in Exclude<Jurisdiction, 'generic'>]?: T;
};

/** A value that is either the same everywhere, or set per jurisdiction. */
export type Varies<T> = T | ByJurisdiction<T>;

// ---------------------------------------------------------------------------- FAQ

export interface FaqCategory {
  readonly id: string;
  readonly label: Text;
}

export interface FaqItem {
  /** Stable id, the same in every locale (used by deep links, include/exclude, light DOM). */
  readonly id: string;
  /** The id of one of the categories. */
  readonly category: string;
  readonly question: Text;
  /** The one-sentence answer shown first. */
  readonly short: Varies<Text>;
  /** The detail that follows the one-sentence answer. */
  readonly detail: Varies<Rich>;
}

export interface FaqContent {
  readonly title: Text;
  readonly intro: Text;
  readonly categories: readonly FaqCategory[];
  readonly items: readonly FaqItem[];
}

// -------------------------------------------------------------------------- Guide

export type StageId = 'before' | 'first-session' | 'early-sessions' | 'ongoing' | 'ending';

export interface GuideStage {
  readonly id: StageId;
  /** Short name for the step list, e.g. "Before you start". */
  readonly title: Text;
  /** One line. */
  readonly summary: Varies<Text>;
  readonly happens: Varies<Rich>;
  readonly therapist: Varies<Rich>;
  readonly you: Varies<Rich>;
  readonly feelings: Varies<Rich>;
  /** Questions the reader might ask at this stage. */
  readonly questions: readonly Line[];
}

export interface GuideContent {
  readonly title: Text;
  readonly intro: Text;
  readonly stages: readonly GuideStage[];
  /** Headings of the blocks inside each stage. */
  readonly blockHeadings: {
    readonly happens: Text;
    readonly therapist: Text;
    readonly you: Text;
    readonly feelings: Text;
    readonly questions: Text;
  };
  /** The "Prepare for your first session" sheet. */
  readonly prep: {
    readonly title: Text;
    readonly intro: Text;
    /** Questions to tick, each with a stable id. */
    readonly questions: readonly { readonly id: string; readonly text: Text }[];
    readonly hopesLabel: Text;
    readonly hopesHint: Text;
    /** The one reassuring line: nothing is stored or sent. */
    readonly privacyNote: Text;
  };
}

// ------------------------------------------------------------ Confidentiality

export type SectionId = 'private' | 'limits' | 'records' | 'rights' | 'supervision' | 'online';

export type Verdict = 'private' | 'usually-private' | 'may-be-shared';

export interface ConfidentialitySection {
  readonly id: SectionId;
  readonly title: Text;
  readonly body: Varies<Rich>;
}

export interface Scenario {
  readonly id: string;
  /** In the reader's voice: "I tell my therapist I used drugs." */
  readonly prompt: Text;
  readonly verdict: Varies<Verdict>;
  readonly explanation: Varies<Rich>;
}

export interface ConfidentialityContent {
  readonly title: Text;
  readonly intro: Text;
  readonly sections: readonly ConfidentialitySection[];
  readonly scenariosTitle: Text;
  readonly scenariosIntro: Text;
  readonly scenarios: readonly Scenario[];
  /** Words for each verdict, shown next to its icon. */
  readonly verdicts: { readonly [V in Verdict]: Text };
  /** "This is general information, not legal advice." */
  readonly disclaimer: Text;
  /** Invitation to ask the therapist. */
  readonly askInvite: Text;
}

// ------------------------------------------------------------------------- Common

/** Words every element shares. */
export interface CommonContent {
  /** Stands in for {practice} when no practice name is set: "our practice". */
  readonly practiceDefault: Text;
  /**
   * Fills {minutes} in a practice's own override when it gives no `session-minutes`: the
   * general range ("45 to 60"), never a length it did not state. (Default texts that name
   * {minutes} are reworded by the compose layer instead.)
   */
  readonly minutesGeneral: Text;
  /** Fills {format}. */
  readonly formats: { readonly 'in-person': Text; readonly online: Text; readonly both: Text };
  /** "Book a session", "Get in touch", "Call …", "Email …". */
  readonly book: Text;
  readonly contact: Text;
  readonly callPractice: (phone: string) => Text;
  readonly emailPractice: (email: string) => Text;
}

// ------------------------------------------------------------------------- Crisis

/** Crisis services, by id; their numbers live in `jurisdictions.ts`. */
export type CrisisServiceId =
  | 'us-988'
  | 'us-crisis-text-line'
  | 'ca-988'
  | 'ca-kids-help-phone'
  | 'uk-samaritans'
  | 'uk-shout'
  | 'uk-nhs-111'
  | 'ie-samaritans'
  | 'ie-text-50808'
  | 'au-lifeline'
  | 'au-kids-helpline'
  | 'nz-1737'
  | 'nz-lifeline';

export interface CrisisContent {
  readonly heading: Text;
  /** Calm, safe-messaging opening: who this is for, and that help is there now. */
  readonly intro: Text;
  /** Says plainly that the practice is not an emergency service. */
  readonly notEmergency: Text;
  /** The same, with the practice's own answer time (the `reply-days` sentence) in place of "may not be read straight away". */
  readonly notEmergencyReply: (reply: Text) => Text;
  /** Names the emergency line: "Emergency services". */
  readonly emergencyName: Text;
  /** When to use it: "If you or someone else is in danger right now." */
  readonly emergencyNote: Text;
  /** For `generic`: no numbers, just what to reach for. */
  readonly genericEmergency: Text;
  readonly genericLine: Text;
  readonly services: { readonly [S in CrisisServiceId]: { readonly name: Text; readonly note: Text } };
  /** Link words. */
  readonly call: (number: string) => Text;
  readonly text: (number: string, keyword?: string) => Text;
  /** "Numbers last checked: November 2026." */
  readonly lastChecked: (month: string) => Text;
  /** The one-line variant shown at the end of the guide and the explainer. */
  readonly lineLead: Text;
}
