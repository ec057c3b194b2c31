/**
 * The words of each element's controls (buttons, labels, announcements), per locale. Plurals
 * and values come in as functions, so every locale words them its own way.
 */
import type { Text } from './types.js';

export interface FaqUi {
  readonly searchLabel: Text;
  readonly searchPlaceholder: Text;
  readonly clearSearch: Text;
  /** Announced and shown while searching: "3 questions match". */
  readonly results: (count: number) => Text;
  readonly noResults: Text;
  /** Offered with the contact link when nothing matches. */
  readonly noResultsContact: Text;
  readonly categoriesLabel: Text;
  readonly allCategories: Text;
  /** Heading for a practice's own items that name no topic. */
  readonly otherCategory: Text;
  readonly expandAll: Text;
  readonly collapseAll: Text;
  /** Announced after "open all": "All 31 answers are open." */
  readonly allOpened: (count: number) => Text;
  /** Announced after "close all". */
  readonly allClosed: Text;
  /** Announced when a search or topic is cleared: "All 31 questions are shown." */
  readonly showingAll: (count: number) => Text;
  readonly copyLink: Text;
  readonly linkCopied: Text;
  readonly copyFailed: Text;
  /** Heading of the closing call to action. */
  readonly ctaHeading: Text;
  readonly ctaText: Text;
}

export interface GuideUi {
  /** Accessible name of the stage list. */
  readonly stepsLabel: Text;
  /** The Previous and Next buttons; each is followed by the name of the stage it goes to. */
  readonly previous: Text;
  readonly next: Text;
  /** "Stage 2 of 5". */
  readonly progress: (index: number, count: number) => Text;
  /** Prints every stage and the reader's prep sheet. */
  readonly print: Text;
  /** Copies the prep sheet as plain text. */
  readonly copy: Text;
  /** Announced after Copy worked. */
  readonly copied: Text;
  /** Announced when the browser refused to copy. */
  readonly copyFailed: Text;
  /** Names the prep sheet's checklist, and heads the questions in the copied text. */
  readonly questionsToAsk: Text;
  /** Shown before the booking and contact links: no pressure. */
  readonly closing: Text;
}

export interface ConfidentialityUi {
  /** "Last reviewed: November 2026". */
  readonly lastReviewed: (month: string) => Text;
  /** Link text for the practice's own notice. */
  readonly policyLink: Text;
  /** Label of the scenario chooser. */
  readonly scenarioLabel: Text;
  /** Shown where the answer will appear, before a situation is chosen. */
  readonly scenarioHint: Text;
  /** Accessible name of the box where the chosen situation's answer shows. */
  readonly answerLabel: Text;
}
