/**
 * The schema of the practice-fact words every locale satisfies (a missing sentence fails the
 * typecheck), and the `format` tags that mark what belongs to one way of meeting. Words only:
 * each sentence is a function of values `facts-format.ts` has already formatted.
 */
import type { ClientGroup } from '../core/facts.js';
import type { Count, FactValues } from './facts-format.js';
import type { Block, ByJurisdiction, FaqItem, FormatTag, Rich, Text, Varies } from './types.js';

// ------------------------------------------------------------------------------ Format

/** Ids that belong to one way of meeting, per kind of content (ids are the same in every locale). */
export interface FormatTags {
  readonly faq: Readonly<Record<string, FormatTag>>;
  readonly sections: Readonly<Record<string, FormatTag>>;
  readonly scenarios: Readonly<Record<string, FormatTag>>;
  readonly prep: Readonly<Record<string, FormatTag>>;
}

// ------------------------------------------------------------------------------- Facts

/** How a text that says "if we are a HIPAA covered entity" becomes the practice's own case. */
export interface HipaaWords {
  /**
   * Matches the conditional phrase; its first group is the subject ("we are",
   * "{practice} is"). Must have the `g` flag.
   */
  readonly conditional: RegExp;
  /** The replacement when the practice is covered, from the subject: "We are a HIPAA covered entity, so ". */
  readonly covered: (subject: string) => string;
  /** The practice's case when it is not covered. */
  readonly notCovered: Text;
  /**
   * Matches the sentences that rest on being covered (the conditional sentence and what
   * follows from it), which `notCovered` replaces. Must have the `g` flag.
   */
  readonly coveredSentences: RegExp;
  /**
   * Other words that rest on HIPAA, each found by `match` (`g` flag) and replaced by the
   * practice's case: `notCovered` when it is not covered, `covered` (when given) when it is.
   * E.g. the self-pay restriction ("the practice must agree" not to tell your plan), which
   * binds covered practices only, and "If HIPAA applies, …".
   */
  readonly swaps: readonly { readonly match: RegExp; readonly covered?: Text; readonly notCovered: Text }[];
}

/** The fact sentences, per place. `{practice}` is filled in afterwards. */
export interface FactsWords {
  // Session length ----------------------------------------------------------
  /** "Sessions at {practice} last 50 minutes." */
  readonly length: (minutes: Count) => Text;
  /** Stands in for any text that names `{minutes}` when the practice gave no length. */
  readonly lengthGeneral: Text;

  // Cost -------------------------------------------------------------------
  /** "A 50-minute session costs $150." (the length only when given) */
  readonly fee: (fee: string, minutes: Count | undefined) => Text;
  readonly firstSessionFee: (fee: string) => Text;
  readonly slidingScale: { readonly yes: Text; readonly no: Text };
  /** The short answer of the `sliding-scale` question when the practice says. */
  readonly slidingScaleShort: { readonly yes: Text; readonly no: Text };
  /** Shown with a fee, where the law gives self-paying clients something (the US Good Faith Estimate). */
  readonly feeNotes: ByJurisdiction<readonly Block[]>;

  // Insurance --------------------------------------------------------------
  /** "We are in network with Aetna, Cigna and Optum." */
  readonly inNetwork: (plans: string) => Text;
  /** Receipts a client can claim with ("superbills" in the US). */
  readonly superbills: ByJurisdiction<{ readonly yes: Text; readonly no: Text }>;

  // Cancellation -----------------------------------------------------------
  /** "Please tell us at least 24 hours before if you need to cancel." */
  readonly cancellation: (hours: Count) => Text;
  /** The charge for a late cancellation; `afterNotice` when a notice time was just stated ("a later cancellation"). */
  readonly cancellationFee: {
    readonly full: (afterNotice: boolean) => Text;
    readonly amount: (fee: string, afterNotice: boolean) => Text;
  };

  // Booking ----------------------------------------------------------------
  readonly freeCall: (minutes: Count) => Text;
  /** "We can usually offer a first appointment within 2 weeks." */
  readonly wait: (weeks: Count) => Text;

  // Between sessions, online, records -----------------------------------------
  readonly replyDays: (days: Count) => Text;
  readonly videoPlatform: (name: string) => Text;
  readonly hipaa: HipaaWords;

  // Lists ------------------------------------------------------------------
  readonly clientGroups: { readonly [G in ClientGroup]: Text };
  readonly languages: (names: string) => Text;
  readonly clients: (groups: string) => Text;

  // Guide ------------------------------------------------------------------
  /** Leads into the list of facts in "Before you start" and "First session". */
  readonly guideBefore: Text;
  readonly guideFirstSession: Text;

  // Prep sheet -------------------------------------------------------------
  /** The fees-and-cancellation question, when the page already states the fees. */
  readonly prepAskCancellation: Text;
  /** The same question, when the page already states the cancellation rule. */
  readonly prepAskFees: Text;
}

// ----------------------------------------------------------------- Practice questions

/** The words of a practice question, for the facts that are set and the way sessions happen. */
export interface PracticeAnswer {
  readonly short: Varies<Text>;
  readonly detail: Varies<Rich>;
}

/**
 * A question about this practice: general words when its facts are unset, the facts when
 * set. Its id and category work like a default item's (deep links, include/exclude, overrides).
 */
export interface PracticeQuestion {
  readonly id: string;
  readonly category: FaqItem['category'];
  readonly question: Text;
  readonly answer: (facts: FactValues, format: 'in-person' | 'online' | 'both') => PracticeAnswer;
}
