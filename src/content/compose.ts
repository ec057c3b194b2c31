/**
 * The content for one practice: the default words for the locale and jurisdiction with the
 * practice's facts stated where they belong, the questions about the practice added, and what
 * does not fit its way of meeting (`format`) left out. Pure: no DOM, no Lit.
 *
 * Each function returns content of the type the elements already read (`FaqContent`,
 * `GuideContent`, `ConfidentialityContent`), already resolved for the jurisdiction, so an
 * element switches to it by replacing `FAQ_CONTENT[locale]` with `composeFaq(…)`.
 * `{practice}` and `{format}` are still filled in by the element; `{minutes}` only remains
 * where the practice gave a length.
 */
import type { Facts } from '../core/facts.js';
import type { Format, Jurisdiction, Locale, Settings } from '../core/settings.js';
import { factValues, type FactValues } from './facts-format.js';
import type { FactsWords, PracticeQuestion } from './facts-types.js';
import { FORMAT_TAGS } from './format-tags.js';
import {
  CONFIDENTIALITY_CONTENT,
  CRISIS_CONTENT,
  FACTS_WORDS,
  FAQ_CONTENT,
  FAQ_PRACTICE,
  GUIDE_CONTENT,
} from './index.js';
import { fitsFormat, formatLines, formatRich, pick } from './resolve.js';
import type {
  Block,
  ConfidentialityContent,
  CrisisContent,
  FaqContent,
  FaqItem,
  GuideContent,
  GuideStage,
  Text,
} from './types.js';

/** What the content depends on. */
export interface ComposeInput {
  readonly locale: Locale;
  readonly settings: Pick<Settings, 'jurisdiction' | 'format' | 'sessionMinutes'>;
  readonly facts: Facts;
}

interface Context {
  readonly jurisdiction: Jurisdiction;
  readonly format: Format;
  readonly words: FactsWords;
  readonly values: FactValues;
  /** Whether the practice is a HIPAA covered entity; only said in the US. */
  readonly hipaa: boolean | undefined;
}

// --------------------------------------------------------------------- Text passes

const SENTENCE_END = /(?<=[.!?])\s+/;

/** A sentence that names `{minutes}` becomes the general words when no length was given. */
function withoutUngivenLength(text: Text, c: Context): Text {
  if (c.values.minutes || !text.includes('{minutes}')) return text;
  const sentences = text
    .split(SENTENCE_END)
    .map((s) => (s.includes('{minutes}') ? c.words.lengthGeneral : s));
  return sentences.filter((s, i) => sentences.indexOf(s) === i).join(' ');
}

/** "If we are a HIPAA covered entity" becomes the practice's own case (US only). */
function withHipaa(text: Text, c: Context): Text {
  if (c.jurisdiction !== 'us' || c.hipaa === undefined) return text;
  const { hipaa } = c.words;
  const swapped = hipaa.swaps.reduce(
    (t, swap) => t.replace(swap.match, (match) => (c.hipaa ? (swap.covered ?? match) : swap.notCovered)),
    text,
  );
  if (!c.hipaa) return swapped.replace(hipaa.coveredSentences, hipaa.notCovered);
  return swapped.replace(hipaa.conditional, (match: string, subject: string) => {
    const words = hipaa.covered(subject);
    return /^\p{Lu}/u.test(match) ? words.charAt(0).toLocaleUpperCase() + words.slice(1) : words;
  });
}

function textPass(text: Text, c: Context): Text {
  return withoutUngivenLength(withHipaa(text, c), c);
}

/** Every text of the blocks through the passes; a list whose lead-in was replaced goes with it. */
function richPass(blocks: readonly Block[], c: Context): Block[] {
  const out: Block[] = [];
  let dropList = false;
  for (const block of blocks) {
    if (typeof block === 'string') {
      const text = textPass(block, c);
      dropList = block.trimEnd().endsWith(':') && !text.trimEnd().endsWith(':');
      out.push(text);
    } else {
      if (!dropList) out.push({ list: block.list.map((line) => textPass(line, c)) });
      dropList = false;
    }
  }
  return out;
}

// ------------------------------------------------------------------- Fact sentences

/** The fee sentences, in reading order: fee, first-session fee, lower fees. */
function feeLines(c: Context): Text[] {
  const { values: v, words: w } = c;
  const lines: Text[] = [];
  if (v.fee) lines.push(w.fee(v.fee, v.minutes));
  if (v.firstSessionFee) lines.push(w.firstSessionFee(v.firstSessionFee));
  if (v.slidingScale !== undefined) lines.push(v.slidingScale ? w.slidingScale.yes : w.slidingScale.no);
  return lines;
}

/** The cancellation rule: notice, then the fee for a later cancellation. */
function cancellationLines(c: Context): Text[] {
  const { values: v, words: w } = c;
  const lines: Text[] = [];
  const notice = v.cancellationHours !== undefined && v.cancellationHours.n > 0;
  if (v.cancellationHours) lines.push(w.cancellation(v.cancellationHours));
  if (v.cancellationFull) lines.push(w.cancellationFee.full(notice));
  else if (v.cancellationFee) lines.push(w.cancellationFee.amount(v.cancellationFee, notice));
  return lines;
}

function yesNo(
  value: boolean | undefined,
  words: { readonly yes: Text; readonly no: Text },
): Text | undefined {
  return value === undefined ? undefined : value ? words.yes : words.no;
}

/** The short answer to put first and the sentences to lead the detail with, for a default FAQ item. */
interface Placement {
  readonly short?: Text | undefined;
  readonly lead?: readonly Block[];
}

const FAQ_PLACES: Readonly<Record<string, (c: Context) => Placement>> = {
  cost: (c) => {
    const [first, ...rest] = feeLines(c);
    const notes = c.values.fee || c.values.firstSessionFee ? pick(c.words.feeNotes, c.jurisdiction) : [];
    return c.values.fee
      ? { short: first, lead: [...rest, ...notes] }
      : { lead: [...(first ? [first] : []), ...rest, ...notes] };
  },
  insurance: (c) => ({
    short: c.values.insurance ? c.words.inNetwork(c.values.insurance) : undefined,
    lead: [yesNo(c.values.superbills, pick(c.words.superbills, c.jurisdiction))].filter(
      (t): t is Text => !!t,
    ),
  }),
  superbills: (c) => ({ short: yesNo(c.values.superbills, pick(c.words.superbills, c.jurisdiction)) }),
  'sliding-scale': (c) => ({ short: yesNo(c.values.slidingScale, c.words.slidingScaleShort) }),
  cancellation: (c) => {
    const [first, ...rest] = cancellationLines(c);
    return { short: first, lead: rest };
  },
  booking: (c) => ({
    lead: [
      ...(c.values.freeCall ? [c.words.freeCall(c.values.freeCall)] : []),
      ...(c.values.waitWeeks ? [c.words.wait(c.values.waitWeeks)] : []),
    ],
  }),
  'session-length': (c) => ({
    short: c.values.minutes ? c.words.length(c.values.minutes) : c.words.lengthGeneral,
  }),
  online: (c) => ({ lead: c.values.videoPlatform ? [c.words.videoPlatform(c.values.videoPlatform)] : [] }),
  records: (c) => ({ lead: notCoveredLead(c) }),
};

/** Texts that rest wholly on HIPAA: a practice that is not covered gets the general text and its own case. */
const HIPAA_GENERAL = { faq: ['records'], sections: ['rights'] } as const;

function notCovered(c: Context): boolean {
  return c.jurisdiction === 'us' && c.hipaa === false;
}

function notCoveredLead(c: Context): Text[] {
  return notCovered(c) ? [c.words.hipaa.notCovered] : [];
}

function variantFor(c: Context, kind: keyof typeof HIPAA_GENERAL, id: string): Jurisdiction {
  return notCovered(c) && (HIPAA_GENERAL[kind] as readonly string[]).includes(id)
    ? 'generic'
    : c.jurisdiction;
}

// ------------------------------------------------------------------------- Compose

function context(input: ComposeInput): Context {
  const words = FACTS_WORDS[input.locale];
  const { jurisdiction, format, sessionMinutes } = input.settings;
  return {
    jurisdiction,
    format,
    words,
    values: factValues(input.facts, sessionMinutes, input.locale, jurisdiction, words.clientGroups),
    hipaa: input.facts.hipaa,
  };
}

const cache = new Map<string, unknown>();

/** One result per distinct input: elements compose on every update, the work happens once. */
function memo<T>(kind: string, input: ComposeInput, make: (c: Context) => T): T {
  const { jurisdiction, format, sessionMinutes } = input.settings;
  const key = JSON.stringify([kind, input.locale, jurisdiction, format, sessionMinutes ?? null, input.facts]);
  let result = cache.get(key) as T | undefined;
  if (result === undefined) {
    if (cache.size > 64) cache.clear();
    result = make(context(input));
    cache.set(key, result);
  }
  return result;
}

function faqItem(item: FaqItem, c: Context): FaqItem {
  const variant = variantFor(c, 'faq', item.id);
  const place = FAQ_PLACES[item.id]?.(c) ?? {};
  return {
    ...item,
    question: textPass(item.question, c),
    short: textPass(place.short ?? pick(item.short, variant), c),
    detail: richPass([...(place.lead ?? []), ...formatRich(pick(item.detail, variant), c.format)], c),
  };
}

function practiceItem(q: PracticeQuestion, c: Context): FaqItem {
  const answer = q.answer(c.values, c.format);
  return {
    id: q.id,
    category: q.category,
    question: q.question,
    short: textPass(pick(answer.short, c.jurisdiction), c),
    detail: richPass(formatRich(pick(answer.detail, c.jurisdiction), c.format), c),
  };
}

/** The FAQ: defaults with the facts stated, then each practice question after its category's last item. */
export function composeFaq(input: ComposeInput): FaqContent {
  return memo('faq', input, (c) => {
    const base = FAQ_CONTENT[input.locale];
    const fits = (id: string): boolean => fitsFormat(FORMAT_TAGS.faq[id], c.format);
    const items = base.items.filter((item) => fits(item.id)).map((item) => faqItem(item, c));
    for (const q of FAQ_PRACTICE[input.locale]) {
      if (!fits(q.id)) continue;
      const last = items.map((item) => item.category).lastIndexOf(q.category);
      items.splice(last === -1 ? items.length : last + 1, 0, practiceItem(q, c));
    }
    return { ...base, items };
  });
}

/** Every FAQ id in this locale, whatever the `format` leaves out: the ids `include` and `exclude` may name. */
export function faqIds(locale: Locale): readonly string[] {
  return [...FAQ_CONTENT[locale].items, ...FAQ_PRACTICE[locale]].map((item) => item.id);
}

/** Facts as a lead-in and a list, or nothing when none is set. */
function factList(lead: Text, lines: readonly Text[]): Block[] {
  return lines.length > 0 ? [lead, { list: lines }] : [];
}

function guideStage(stage: GuideStage, c: Context): GuideStage {
  const rich = (value: GuideStage['happens'], extra: readonly Block[] = []): Block[] =>
    richPass([...formatRich(pick(value, c.jurisdiction), c.format), ...extra], c);
  const { values: v, words: w } = c;
  const before = stage.id === 'before';
  const first = stage.id === 'first-session';
  return {
    ...stage,
    summary: textPass(pick(stage.summary, c.jurisdiction), c),
    happens: rich(
      stage.happens,
      before
        ? factList(w.guideBefore, [
            ...(v.freeCall ? [w.freeCall(v.freeCall)] : []),
            ...(v.waitWeeks ? [w.wait(v.waitWeeks)] : []),
            ...feeLines(c),
          ])
        : [],
    ),
    therapist: rich(
      stage.therapist,
      first
        ? factList(w.guideFirstSession, [
            ...(v.fee ? [w.fee(v.fee, v.minutes)] : v.minutes ? [w.length(v.minutes)] : []),
            ...(v.firstSessionFee ? [w.firstSessionFee(v.firstSessionFee)] : []),
            ...cancellationLines(c),
          ])
        : [],
    ),
    you: rich(stage.you),
    feelings: rich(stage.feelings),
    questions: formatLines(stage.questions, c.format).map((q) => textPass(q, c)),
  };
}

/** The prep sheet's questions, less what the page already answers. */
function prepQuestions(
  questions: GuideContent['prep']['questions'],
  c: Context,
): GuideContent['prep']['questions'] {
  const fees = !!(c.values.fee || c.values.firstSessionFee);
  const cancelling = cancellationLines(c).length > 0;
  return questions.flatMap((q) => {
    if (!fitsFormat(FORMAT_TAGS.prep[q.id], c.format)) return [];
    if (q.id === 'contact-between' && c.values.replyDays) return [];
    if (q.id === 'fees-cancellation' && (fees || cancelling)) {
      if (fees && cancelling) return [];
      return [{ ...q, text: fees ? c.words.prepAskCancellation : c.words.prepAskFees }];
    }
    return [q];
  });
}

/** The guide: stages with the facts, and a prep sheet that skips what the page answers. */
export function composeGuide(input: ComposeInput): GuideContent {
  return memo('guide', input, (c) => {
    const base = GUIDE_CONTENT[input.locale];
    return {
      ...base,
      stages: base.stages.map((stage) => guideStage(stage, c)),
      prep: { ...base.prep, questions: prepQuestions(base.prep.questions, c) },
    };
  });
}

/** The explainer: HIPAA as the practice's own case, the video service, and only what fits `format`. */
export function composeConfidentiality(input: ComposeInput): ConfidentialityContent {
  return memo('confidentiality', input, (c) => {
    const base = CONFIDENTIALITY_CONTENT[input.locale];
    const platform = c.values.videoPlatform ? [c.words.videoPlatform(c.values.videoPlatform)] : [];
    return {
      ...base,
      sections: base.sections
        .filter((s) => fitsFormat(FORMAT_TAGS.sections[s.id], c.format))
        .map((s) => ({
          ...s,
          body: richPass(
            [
              ...(HIPAA_GENERAL.sections.some((id) => id === s.id) ? notCoveredLead(c) : []),
              ...formatRich(pick(s.body, variantFor(c, 'sections', s.id)), c.format),
              ...(s.id === 'online' ? platform : []),
            ],
            c,
          ),
        })),
      scenarios: base.scenarios
        .filter((s) => fitsFormat(FORMAT_TAGS.scenarios[s.id], c.format))
        .map((s) => ({
          ...s,
          verdict: pick(s.verdict, c.jurisdiction),
          explanation: richPass(formatRich(pick(s.explanation, c.jurisdiction), c.format), c),
        })),
    };
  });
}

/**
 * The crisis notice: when the practice says how soon it answers messages, the notice says so
 * where it would only say that messages may not be read straight away.
 */
export function composeCrisis(input: ComposeInput): CrisisContent {
  return memo('crisis', input, (c) => {
    const base = CRISIS_CONTENT[input.locale];
    const reply = c.values.replyDays;
    return reply ? { ...base, notEmergency: base.notEmergencyReply(c.words.replyDays(reply)) } : base;
  });
}
