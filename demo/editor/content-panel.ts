/**
 * The content part of the editor: per widget, every item with Show (→ `exclude`) and its
 * words (→ the settings block's `text`, per language), each with "Reset to our wording" and a
 * readability warning as it is typed; then the practice's own FAQ questions.
 */
import { FAQ_CONTENT } from '../../src/content/index.js';
import { LOCALES, type Locale } from '../../src/core/settings.js';
import { contentItems, type ContentItem, type TextPart } from './content.js';
import { check, h, select, showNote } from './dom.js';
import type { EditorWords } from './messages.js';
import { answerParagraphs, ownIds } from './output.js';
import { tooHard, tooHardSpanish } from './readability.js';
import { CONTENT_TAGS, type ContentTag, type EditorState } from './state.js';

/** A content id as an element id. */
export const domId = (id: string, locale: Locale): string => `t-${locale}-${id.replace(/\./g, '-')}`;

/** Shows or clears the readability warning under a wording box. */
export function checkReadability(box: HTMLTextAreaElement, locale: Locale, w: EditorWords): void {
  // The note sits beside the box, so a box built before it joins the page is checked too.
  const note = box.parentElement?.querySelector<HTMLElement>(`[id="${box.id}-grade"]`);
  showNote(note, readabilityNote(box.value, locale, w));
}

/**
 * An own question's boxes in its language: `lang` for spelling and screen readers, and the
 * answer scored in it (in the wording language when the question is for every language).
 */
export function ownLanguage(
  question: HTMLElement,
  answer: HTMLTextAreaElement,
  lang: '' | Locale,
  wording: Locale,
  w: EditorWords,
): void {
  question.lang = lang;
  answer.lang = lang;
  checkReadability(answer, lang || wording, w);
}

/**
 * The notes under each own question: a question or an answer still missing, a link name the
 * FAQ cannot use as typed (and the one it uses), and one of our questions it takes the place
 * of, named in the question's language (the wording language when it is for every language).
 */
export function showOwnNotes(root: ParentNode, state: EditorState, wording: Locale, w: EditorWords): void {
  const named = new Map<Locale, { ours: Map<string, string>; ids: (string | undefined)[] }>();
  const namesIn = (locale: Locale): { ours: Map<string, string>; ids: (string | undefined)[] } => {
    const known = named.get(locale);
    if (known) return known;
    const items = contentItems('therapy-faq', state, locale);
    const ours = new Map(
      items.flatMap((item) => (item.id === undefined ? [] : [[item.id, item.label] as const])),
    );
    const fresh = { ours, ids: ownIds(state.own, locale, new Set(ours.keys())) };
    named.set(locale, fresh);
    return fresh;
  };
  state.own.forEach((q, i) => {
    const note = (part: string): HTMLElement | null => root.querySelector(`[id="own-${i + 1}-${part}-note"]`);
    const asked = q.question.trim() !== '';
    const answered = answerParagraphs(q.answer).length > 0;
    showNote(note('question'), answered && !asked ? w.own.noQuestion : undefined);
    showNote(note('answer'), asked && !answered ? w.own.noAnswer : undefined);
    const { ours, ids } = namesIn(q.lang || wording);
    const id = ids[i];
    const typed = q.id.trim().toLowerCase().replace(/^faq-/, '');
    const replaced = id === undefined ? undefined : ours.get(id);
    const words = [
      id !== undefined && typed !== '' && id !== typed ? w.own.idUsed(id) : '',
      replaced === undefined ? '' : w.own.replaces(replaced),
    ].filter((s) => s !== '');
    showNote(note('id'), words.length > 0 ? words.join(' ') : undefined);
  });
}

/** Each language by its own measure: Flesch–Kincaid grade for English, INFLESZ for Spanish. */
function readabilityNote(text: string, locale: Locale, w: EditorWords): string | undefined {
  if (locale === 'en') {
    const grade = tooHard(text);
    return grade === undefined ? undefined : w.content.readability(grade);
  }
  const score = tooHardSpanish(text);
  return score === undefined ? undefined : w.content.readabilitySpanish(score);
}

function partEditor(
  doc: Document,
  p: TextPart,
  state: EditorState,
  locale: Locale,
  w: EditorWords,
): HTMLElement {
  const id = domId(p.id, locale);
  const value = state.text[locale][p.id] ?? p.fallback;
  const box = h(doc, 'textarea', {
    id,
    name: p.id,
    rows: p.rich ? '5' : '2',
    lang: locale,
    'data-text-id': p.id,
    'data-locale': locale,
    'aria-describedby': `${id}-hint ${id}-grade`,
  });
  box.value = value;
  box.dataset['fallback'] = p.fallback;
  const wrap = h(
    doc,
    'div',
    { class: 'field wording' },
    h(doc, 'label', { for: id, id: `${id}-label` }, w.content.roles[p.role]),
    box,
    h(doc, 'p', { class: 'hint', id: `${id}-hint` }, w.content.placeholders),
    h(doc, 'p', { class: 'warning', id: `${id}-grade`, hidden: true }),
    h(
      doc,
      'button',
      { type: 'button', class: 'secondary', 'data-reset': p.id, 'aria-describedby': `${id}-label` },
      w.content.reset,
    ),
  );
  checkReadability(box, locale, w);
  return wrap;
}

function itemRow(
  doc: Document,
  tag: ContentTag,
  item: ContentItem,
  state: EditorState,
  locale: Locale,
  w: EditorWords,
): HTMLElement {
  const changed = item.parts.some((p) => state.text[locale][p.id] !== undefined);
  const key = `${tag}-${item.id ?? 'general'}`;
  const label = item.id === undefined ? w.content.general : item.label;
  const edit = h(
    doc,
    'details',
    { class: 'edit', 'data-parts': key },
    h(
      doc,
      'summary',
      {},
      `${w.content.edit}`,
      changed ? h(doc, 'span', { class: 'changed' }, ` (${w.content.changed})`) : undefined,
    ),
  );
  // The boxes are made when the owner opens them: a long FAQ stays quick to show.
  edit.addEventListener('toggle', () => {
    if (!edit.open || edit.querySelector('textarea')) return;
    for (const p of item.parts) edit.append(partEditor(doc, p, state, locale, w));
  });
  const head =
    item.id === undefined
      ? h(doc, 'p', { class: 'item-label', id: `${key}-label` }, label)
      : check(
          doc,
          { id: `show-${key}`, name: 'exclude', value: item.id, 'data-tag': tag },
          item.practice ? `${label} (${w.content.practice})` : label,
          !state.hidden[tag].includes(item.id),
        );
  return h(doc, 'li', { class: 'item' }, head, edit);
}

/** The content section: a disclosure per widget with its items, in the wording language. */
export function contentSection(
  doc: Document,
  state: EditorState,
  locale: Locale,
  w: EditorWords,
): HTMLElement {
  const lang = select(
    doc,
    { id: 'wording-lang', name: 'wording-lang' },
    [
      ['en', 'English'],
      ['es', 'Español'],
    ],
    locale,
  );
  const section = h(
    doc,
    'section',
    { class: 'content', 'aria-labelledby': 'content-heading' },
    h(doc, 'h2', { id: 'content-heading' }, w.content.heading),
    h(doc, 'p', { class: 'hint' }, w.content.intro),
    h(
      doc,
      'div',
      { class: 'field' },
      h(doc, 'label', { for: 'wording-lang' }, w.content.wordingLanguage),
      lang,
    ),
  );
  for (const tag of CONTENT_TAGS) {
    const list = h(doc, 'ul', { class: 'items', lang: locale });
    for (const item of contentItems(tag, state, locale))
      list.append(itemRow(doc, tag, item, state, locale, w));
    section.append(
      h(
        doc,
        'details',
        { class: 'widget-content', 'data-content': tag },
        h(doc, 'summary', {}, w.widgets[tag]),
        list,
      ),
    );
  }
  return section;
}

/** The practice's own questions: add, edit, remove, reorder. */
export function ownSection(doc: Document, state: EditorState, locale: Locale, w: EditorWords): HTMLElement {
  const section = h(
    doc,
    'section',
    { class: 'own', 'aria-labelledby': 'own-heading' },
    h(doc, 'h2', { id: 'own-heading' }, w.own.heading),
    h(doc, 'p', { class: 'hint' }, w.own.intro),
  );
  const list = h(doc, 'ol', { class: 'own-list' });
  const categories = FAQ_CONTENT[locale].categories;
  /** A labelled field, with what follows its control (hints, the readability warning). */
  const field = (label: string, control: HTMLElement, ...after: HTMLElement[]): HTMLElement =>
    h(doc, 'div', { class: 'field' }, h(doc, 'label', { for: control.id }, label), control, ...after);
  const note = (id: string): HTMLElement => h(doc, 'p', { class: 'warning', id, hidden: true });
  state.own.forEach((q, i) => {
    const n = i + 1;
    const question = h(doc, 'input', {
      type: 'text',
      id: `own-${n}-question`,
      name: 'own-question',
      'data-own': String(i),
      'aria-describedby': `own-${n}-question-note`,
    });
    question.value = q.question;
    const answer = h(doc, 'textarea', {
      id: `own-${n}-answer`,
      name: 'own-answer',
      rows: '4',
      'data-own': String(i),
      'aria-describedby': `own-${n}-answer-hint own-${n}-answer-grade own-${n}-answer-note`,
    });
    answer.value = q.answer;
    const id = h(doc, 'input', {
      type: 'text',
      id: `own-${n}-id`,
      name: 'own-id',
      'data-own': String(i),
      'aria-describedby': `own-${n}-id-hint own-${n}-id-note`,
    });
    id.value = q.id;
    const category = select(
      doc,
      { id: `own-${n}-category`, name: 'own-category', 'data-own': String(i) },
      [['', w.own.noCategory], ...categories.map((c) => [c.id, c.label] as const)],
      q.category,
    );
    const lang = select(
      doc,
      {
        id: `own-${n}-lang`,
        name: 'own-lang',
        'data-own': String(i),
        'aria-describedby': `own-${n}-lang-hint`,
      },
      [['', w.own.everyLanguage], ...LOCALES.map((l) => [l, w.own.onlyIn[l]] as const)],
      q.lang,
    );
    const button = (action: string, words: string, disabled = false): HTMLButtonElement =>
      h(
        doc,
        'button',
        {
          type: 'button',
          class: 'secondary',
          'data-own-action': action,
          'data-own': String(i),
          disabled,
          'aria-describedby': `own-${n}-legend`,
        },
        words,
      );
    list.append(
      h(
        doc,
        'li',
        {},
        h(
          doc,
          'fieldset',
          {},
          h(doc, 'legend', { id: `own-${n}-legend` }, w.own.item(n)),
          field(w.own.question, question, note(`own-${n}-question-note`)),
          field(
            w.own.answer,
            answer,
            h(doc, 'p', { class: 'hint', id: `own-${n}-answer-hint` }, w.own.answerHint),
            h(doc, 'p', { class: 'warning', id: `own-${n}-answer-grade`, hidden: true }),
            note(`own-${n}-answer-note`),
          ),
          field(w.own.category, category),
          field(w.own.lang, lang, h(doc, 'p', { class: 'hint', id: `own-${n}-lang-hint` }, w.own.langHint)),
          field(
            w.own.id,
            id,
            h(doc, 'p', { class: 'hint', id: `own-${n}-id-hint` }, w.own.idHint),
            note(`own-${n}-id-note`),
          ),
          h(
            doc,
            'div',
            { class: 'button-row' },
            button('up', w.own.up, i === 0),
            button('down', w.own.down, i === state.own.length - 1),
            button('remove', w.own.remove),
          ),
        ),
      ),
    );
    ownLanguage(question, answer, q.lang, locale, w);
  });
  showOwnNotes(list, state, locale, w);
  section.append(state.own.length > 0 ? list : h(doc, 'p', {}, w.own.none));
  section.append(h(doc, 'button', { type: 'button', id: 'own-add' }, w.own.add));
  return section;
}
