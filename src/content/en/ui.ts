import type { ConfidentialityUi, FaqUi, GuideUi } from '../ui-types.js';

export const faqUi: FaqUi = {
  searchLabel: 'Search the questions',
  searchPlaceholder: 'For example: cost, online',
  clearSearch: 'Clear search',
  results: (count) => (count === 1 ? '1 question matches' : `${count} questions match`),
  noResults: 'No questions match your search.',
  noResultsContact: 'You are welcome to ask us directly.',
  categoriesLabel: 'Show questions about',
  allCategories: 'All topics',
  otherCategory: 'More questions',
  expandAll: 'Open all answers',
  collapseAll: 'Close all answers',
  allOpened: (count) => (count === 1 ? 'The answer is open.' : `All ${count} answers are open.`),
  allClosed: 'All answers are closed.',
  showingAll: (count) => (count === 1 ? 'The question is shown.' : `All ${count} questions are shown.`),
  copyLink: 'Copy link to this question',
  linkCopied: 'Link copied.',
  copyFailed: 'Could not copy. The link is now in the address bar.',
  ctaHeading: 'Ready when you are',
  ctaText: 'There is no rush. If you have a question that is not here, you are welcome to ask.',
};

export const guideUi: GuideUi = {
  stepsLabel: 'Stages of therapy',
  previous: 'Previous stage',
  next: 'Next stage',
  progress: (index, count) => `Stage ${index} of ${count}`,
  print: 'Print the guide',
  copy: 'Copy your list',
  copied: 'Copied.',
  copyFailed: 'Could not copy. You can print your list instead, or write it down.',
  questionsToAsk: 'Questions to ask',
  closing: 'When you feel ready, you can take the next step. There is no rush.',
};

export const confidentialityUi: ConfidentialityUi = {
  lastReviewed: (month) => `Last reviewed: ${month}.`,
  policyLink: 'Read our full privacy notice',
  scenarioLabel: 'Choose a situation',
  scenarioHint: 'Choose a situation, and the answer will show here.',
  answerLabel: 'The answer',
};
