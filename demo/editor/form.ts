/**
 * The settings part of the editor: the widgets to use, every setting and fact grouped the way
 * an owner thinks, the look, and the Advanced area. Built from the field definitions
 * (fields.ts); each control's `name` is the attribute it writes.
 */
import { FAQ_CONTENT, GUIDE_CONTENT } from '../../src/content/index.js';
import type { Locale } from '../../src/core/settings.js';
import { FONTS, type TokenName } from '../tokens.js';
import { check, field, h, select } from './dom.js';
import { GROUPS, SPECS, refusal, type FieldSpec, type GroupId } from './fields.js';
import type { EditorWords } from './messages.js';
import { PAGE_ORDER, type EditorState } from './state.js';

const COLOUR_ROWS: readonly (readonly [TokenName, 'accent' | 'text' | 'surface', string])[] = [
  ['--therapy-color-accent', 'accent', '#235e6f'],
  ['--therapy-color-text', 'text', '#1f2a30'],
  ['--therapy-color-surface', 'surface', '#eef4f3'],
];

function optionWords(spec: FieldSpec, w: EditorWords): (value: string) => string {
  const table = w.options[spec.options?.includes('yes') ? 'yesNo' : spec.name] ?? {};
  return (value) => table[value] ?? value;
}

function control(doc: Document, spec: FieldSpec, state: EditorState, w: EditorWords): HTMLElement {
  const value = state.settings[spec.name] ?? '';
  const id = `f-${spec.name}`;
  const words = w.fields[spec.name] ?? { label: spec.name };
  if (spec.kind === 'choices') {
    const chosen = value.split(/\s+/);
    const words2 = w.options[spec.name] ?? {};
    return h(
      doc,
      'fieldset',
      { class: 'inline', id },
      h(doc, 'legend', {}, words.label),
      ...(spec.options ?? []).map((option) =>
        check(
          doc,
          { id: `${id}-${option}`, name: spec.name, value: option, 'data-setting': spec.name },
          words2[option] ?? option,
          chosen.includes(option),
        ),
      ),
    );
  }
  let input: HTMLElement;
  if (spec.kind === 'select') {
    const name = optionWords(spec, w);
    const options = spec.options ?? [];
    const offered = options.includes('') || spec.fallback ? options : ['', ...options];
    input = select(
      doc,
      { name: spec.name, 'data-setting': spec.name },
      offered.map((o) => [o, o === '' && !options.includes('') ? w.notSet : name(o)] as const),
      value || (spec.fallback ?? ''),
    );
  } else if (spec.kind === 'long') {
    input = h(doc, 'textarea', { name: spec.name, rows: '2', 'data-setting': spec.name });
    (input as HTMLTextAreaElement).value = value;
  } else {
    const type = spec.kind === 'tel' || spec.kind === 'email' ? spec.kind : 'text';
    const mode = spec.kind === 'number' ? 'numeric' : spec.kind === 'url' ? 'url' : undefined;
    input = h(doc, 'input', {
      type,
      name: spec.name,
      inputmode: mode,
      placeholder: spec.kind === 'url' ? 'https://' : undefined,
      'data-setting': spec.name,
    });
    (input as HTMLInputElement).value = value;
  }
  const row = field(doc, id, words.label, input, words.hint);
  if (spec.kind === 'url') {
    // Said when a link names a website without https:// (see `fullAddress`).
    row.append(h(doc, 'p', { class: 'warning', id: `${id}-warning`, hidden: true }));
    input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') ?? ''} ${id}-warning`);
  }
  const problem = refusal(spec, value);
  if (problem) {
    const p = row.querySelector<HTMLElement>('.problem');
    if (p) {
      p.hidden = false;
      p.textContent = w.problem(problem);
      input.setAttribute('aria-invalid', 'true');
    }
  }
  return row;
}

function lookRows(doc: Document, state: EditorState, w: EditorWords): HTMLElement[] {
  const rows: HTMLElement[] = COLOUR_ROWS.map(([token, key, fallback]) => {
    const value = state.tokens[token];
    const input = h(doc, 'input', { type: 'color', id: `t-${key}`, 'data-value': true });
    input.value = value ?? fallback;
    return h(
      doc,
      'div',
      { class: 'token', 'data-token-row': token },
      check(
        doc,
        { id: `use-${key}`, 'data-use': true },
        `${w.useOwn}: ${w.colours[key]}`,
        value !== undefined,
      ),
      h(doc, 'label', { for: `t-${key}` }, w.colours[key]),
      input,
    );
  });
  const font = select(
    doc,
    { id: 't-font', 'data-value': true },
    [['', w.colours.samePage], ...FONTS.map((f) => [f.value, f.label] as const)],
    state.tokens['--therapy-font-family'] ?? '',
  );
  rows.push(
    h(
      doc,
      'div',
      { class: 'field', 'data-token-row': '--therapy-font-family' },
      h(doc, 'label', { for: 't-font' }, w.colours.font),
      font,
    ),
  );
  return rows;
}

function advanced(doc: Document, state: EditorState, w: EditorWords, locale: Locale): HTMLElement[] {
  const url = h(doc, 'input', { type: 'text', inputmode: 'url', name: 'script-url' });
  url.value = state.scriptUrl;
  const faq = state.options['therapy-faq'];
  const guide = state.options['therapy-guide'];
  const topics = (faq['categories'] ?? '').split(/\s+/);
  return [
    field(doc, 'f-script-url', w.scriptUrl.label, url, w.scriptUrl.hint),
    check(
      doc,
      { id: 'f-on-each-tag', name: 'on-each-tag', 'aria-describedby': 'f-on-each-tag-hint' },
      w.onEachTag.label,
      state.onEachTag,
    ),
    h(doc, 'p', { class: 'hint', id: 'f-on-each-tag-hint' }, w.onEachTag.hint),
    check(
      doc,
      { id: 'o-single', name: 'single', 'data-tag': 'therapy-faq' },
      w.widgetOptions.single,
      !!faq['single'],
    ),
    h(
      doc,
      'fieldset',
      { class: 'inline' },
      h(doc, 'legend', {}, w.widgetOptions.categories),
      ...FAQ_CONTENT[locale].categories.map((c) =>
        check(
          doc,
          { id: `o-categories-${c.id}`, name: 'categories', value: c.id, 'data-tag': 'therapy-faq' },
          c.label,
          topics.includes(c.id),
        ),
      ),
    ),
    field(
      doc,
      'o-start',
      w.widgetOptions.start,
      select(
        doc,
        { name: 'start', 'data-tag': 'therapy-guide' },
        [['', w.allStagesFirst], ...GUIDE_CONTENT[locale].stages.map((s) => [s.id, s.title] as const)],
        guide['start'] ?? '',
      ),
    ),
    check(
      doc,
      { id: 'o-crisis-guide', name: 'crisis', value: 'off', 'data-tag': 'therapy-guide' },
      `${w.widgets['therapy-guide']}: ${w.widgetOptions.crisis}`,
      guide['crisis'] === 'off',
    ),
    check(
      doc,
      { id: 'o-crisis-confidentiality', name: 'crisis', value: 'off', 'data-tag': 'therapy-confidentiality' },
      `${w.widgets['therapy-confidentiality']}: ${w.widgetOptions.crisis}`,
      state.options['therapy-confidentiality']['crisis'] === 'off',
    ),
  ];
}

/** The settings fieldsets, for this state, in the editor's language `locale`. */
export function settingsFieldsets(
  doc: Document,
  state: EditorState,
  w: EditorWords,
  locale: Locale,
): HTMLElement[] {
  const widgets = h(
    doc,
    'fieldset',
    {},
    h(doc, 'legend', {}, w.widgetsLegend),
    ...PAGE_ORDER.map((tag) =>
      check(
        doc,
        { id: `el-${tag}`, name: 'element', value: tag },
        w.widgets[tag],
        state.elements.includes(tag),
      ),
    ),
  );
  const groups = GROUPS.map((group: GroupId) => {
    const set = h(doc, 'fieldset', { 'data-group': group }, h(doc, 'legend', {}, w.groups[group]));
    for (const spec of SPECS.filter((s) => s.group === group)) set.append(control(doc, spec, state, w));
    if (group === 'look') set.append(...lookRows(doc, state, w));
    if (group === 'advanced') set.append(...advanced(doc, state, w, locale));
    return set;
  });
  return [widgets, ...groups];
}

/** A setting control's value: the text, the choice, or the ticked choices joined by spaces. */
export function settingValue(form: HTMLFormElement, name: string): string {
  const boxes = [
    ...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][data-setting="${name}"]`),
  ];
  if (boxes.length > 0)
    return boxes
      .filter((b) => b.checked)
      .map((b) => b.value)
      .join(' ');
  const el = form.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    `[data-setting="${name}"]`,
  );
  return el?.value ?? '';
}
