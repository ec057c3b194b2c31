/**
 * The editor (demo/editor.html): every setting, fact, item and word of the widgets, a live
 * preview, the snippet, and the way back (paste a snippet, open a settings file). Stores and
 * sends nothing. The entry (demo/editor.ts) passes in the integrity hash read at build time.
 */
import { resolveFacts } from '../../src/core/facts.js';
import { FIELDS, type Locale } from '../../src/core/settings.js';
import { readTokens, bindTokenRows } from '../ui.js';
import { composeInput, factAttributes } from './content.js';
import {
  contentSection,
  checkReadability,
  domId,
  ownLanguage,
  ownSection,
  showOwnNotes,
} from './content-panel.js';
import { download, h, showNote, showProblem } from './dom.js';
import { SPECS, fullAddress, refusal } from './fields.js';
import { FILE_NAME, readSettingsFile, settingsFileText } from './file.js';
import { settingValue, settingsFieldsets } from './form.js';
import { PLATFORMS, WORDS, type EditorWords, type Platform } from './messages.js';
import { editorPlan, editorSnippet } from './output.js';
import { applyPreview, showNotes, showRecipe } from './panels.js';
import { readSnippet, type ReadResult } from './read.js';
import {
  PAGE_ORDER,
  canonical,
  emptyState,
  type ContentTag,
  type EditorState,
  type OwnQuestion,
} from './state.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface Editor {
  /** The settings as the editor holds them, canonical. */
  state(): EditorState;
  /** The snippet as shown. */
  snippet(): string;
  /** Shows these settings in every field. */
  load(state: EditorState): void;
  /** Reads a snippet into the editor, as "Read the snippet" does. */
  read(text: string): ReadResult;
  /** Switches the editor's own words. */
  speak(locale: Locale): void;
}

const byId = <T extends HTMLElement>(doc: Document, id: string): T => doc.getElementById(id) as T;

export function startEditor(doc: Document, integrity: string | undefined): Editor {
  const form = byId<HTMLFormElement>(doc, 'editor');
  const output = byId<HTMLTextAreaElement>(doc, 'snippet');
  const preview = byId<HTMLElement>(doc, 'preview');
  const say = (id: string, text: string): void => void (byId(doc, id).textContent = text);
  let ui: Locale = 'en';
  let w: EditorWords = WORDS.en;
  let wording: Locale = 'en';
  let state: Mutable<EditorState> = emptyState();

  const update = (): void => {
    const plan = editorPlan(state, integrity);
    output.value = editorSnippet(plan);
    applyPreview(preview, plan);
    showRecipe(byId(doc, 'recipe'), byId<HTMLSelectElement>(doc, 'platform').value as Platform, plan, w);
  };

  /**
   * Each value the widgets refuse, a link that names a website without https://, and the
   * currency a fee needs where the country has none (said on the currency field).
   */
  const checkSettings = (): void => {
    for (const spec of SPECS) {
      const el = form.querySelector<HTMLElement>(`#f-${spec.name}`);
      const value = state.settings[spec.name] ?? '';
      const bad = refusal(spec, value);
      if (el) showProblem(el, bad === undefined ? undefined : w.problem(bad));
      if (spec.kind === 'url') {
        const full = bad === undefined ? fullAddress(value) : undefined;
        showNote(byId(doc, `f-${spec.name}-warning`), full === undefined ? undefined : w.fullAddress(full));
      }
    }
    const jurisdiction = FIELDS.jurisdiction.parse(state.settings['jurisdiction'] ?? '') ?? 'generic';
    resolveFacts(factAttributes(state), {}, jurisdiction, (r) => {
      const el = form.querySelector<HTMLElement>('#f-currency');
      const country = w.options['jurisdiction']?.[jurisdiction] ?? jurisdiction;
      if (r.attribute === 'currency' && r.value === '' && el) showProblem(el, w.noCurrency(country));
    });
  };

  /** What the default wording depends on: when it changes, the content lists are made again. */
  let contentKey = '';
  const keyNow = (): string => JSON.stringify(composeInput(state, wording));
  const renderContent = (): void => {
    const old = form.querySelector('section.content');
    const open = [...(old?.querySelectorAll<HTMLDetailsElement>('details[open]') ?? [])].map(
      (d) => d.dataset['content'] ?? d.dataset['parts'],
    );
    const fresh = contentSection(doc, state, wording, w);
    for (const d of fresh.querySelectorAll<HTMLDetailsElement>('details')) {
      if (open.includes(d.dataset['content'] ?? d.dataset['parts'])) d.open = true;
    }
    old?.replaceWith(fresh);
    contentKey = keyNow();
  };
  const renderOwn = (): void => {
    form.querySelector('section.own')?.replaceWith(ownSection(doc, state, wording, w));
  };
  const render = (): void => {
    form.replaceChildren(
      ...settingsFieldsets(doc, state, w, ui),
      contentSection(doc, state, wording, w),
      ownSection(doc, state, wording, w),
    );
    contentKey = keyNow();
    bindTokenRows(form, () => {
      state.tokens = readTokens(form);
      update();
    });
    checkSettings();
    update();
  };

  const setOwn = (i: number, key: keyof OwnQuestion, value: string): void => {
    state.own = state.own.map((q, j) => (j === i ? { ...q, [key]: value } : q));
  };

  /** Sets (or, with `undefined`, removes) changed wording in one language. */
  const setText = (locale: Locale, id: string, value: string | undefined): void => {
    const text = Object.fromEntries(Object.entries(state.text[locale]).filter(([key]) => key !== id));
    if (value !== undefined) text[id] = value;
    state.text = { ...state.text, [locale]: text };
  };

  const markChanged = (box: HTMLTextAreaElement, locale: Locale): void => {
    const summary = box.closest('details.edit')?.querySelector('summary');
    if (!summary) return;
    const boxes = [...(box.closest('details.edit')?.querySelectorAll<HTMLTextAreaElement>('textarea') ?? [])];
    const changed = boxes.some((b) => state.text[locale][b.dataset['textId'] ?? ''] !== undefined);
    summary.replaceChildren(
      w.content.edit,
      ...(changed ? [h(doc, 'span', { class: 'changed' }, ` (${w.content.changed})`)] : []),
    );
  };

  const onInput = (target: HTMLInputElement): void => {
    const { name } = target;
    const tag = target.dataset['tag'] as ContentTag | undefined;
    if (target.dataset['setting']) {
      const setting = target.dataset['setting'];
      state.settings = { ...state.settings, [setting]: settingValue(form, setting) };
      checkSettings();
      // As typed, so that leaving the field (a change event) never rebuilds what is clicked next.
      if (keyNow() !== contentKey) {
        renderContent();
        showOwnNotes(form, state, wording, w);
      }
    } else if (name === 'element') {
      state.elements = PAGE_ORDER.filter((t) => form.querySelector<HTMLInputElement>(`#el-${t}`)?.checked);
    } else if (name === 'script-url') {
      state.scriptUrl = target.value;
    } else if (name === 'on-each-tag') {
      state.onEachTag = target.checked;
    } else if (name === 'exclude' && tag) {
      const others = state.hidden[tag].filter((id) => id !== target.value);
      state.hidden = { ...state.hidden, [tag]: target.checked ? others : [...others, target.value] };
    } else if (tag && ['single', 'categories', 'start', 'crisis'].includes(name)) {
      const value =
        name === 'categories'
          ? [...form.querySelectorAll<HTMLInputElement>('input[name="categories"]:checked')]
              .map((b) => b.value)
              .join(' ')
          : name === 'start'
            ? target.value
            : target.checked
              ? target.value || name
              : '';
      state.options = { ...state.options, [tag]: { ...state.options[tag], [name]: value } };
    } else if (target.dataset['textId']) {
      const id = target.dataset['textId'];
      const value = target.value;
      // The box's own language: it may still have focus when the wording language changes.
      const locale: Locale = target.dataset['locale'] === 'es' ? 'es' : 'en';
      const same = value.trim() === '' || value.trim() === (target.dataset['fallback'] ?? '').trim();
      setText(locale, id, same ? undefined : value);
      checkReadability(target as unknown as HTMLTextAreaElement, locale, w);
      markChanged(target as unknown as HTMLTextAreaElement, locale);
    } else if (target.dataset['own'] !== undefined) {
      const i = Number(target.dataset['own']);
      const keys: Readonly<Record<string, keyof OwnQuestion>> = {
        'own-question': 'question',
        'own-answer': 'answer',
        'own-category': 'category',
        'own-id': 'id',
        'own-lang': 'lang',
      };
      const key = keys[name];
      if (key) setOwn(i, key, target.value);
      showOwnNotes(form, state, wording, w);
      if (key === 'answer' || key === 'lang') {
        const answer = doc.getElementById(`own-${i + 1}-answer`) as HTMLTextAreaElement | null;
        const question = doc.getElementById(`own-${i + 1}-question`);
        if (answer && question) ownLanguage(question, answer, state.own[i]?.lang ?? '', wording, w);
      }
    } else if (name === 'wording-lang') {
      wording = target.value === 'es' ? 'es' : 'en';
      renderContent();
      renderOwn();
      doc.getElementById('wording-lang')?.focus();
    } else {
      return;
    }
    update();
  };
  form.addEventListener('input', (e) => onInput(e.target as HTMLInputElement));
  form.addEventListener('change', (e) => onInput(e.target as HTMLInputElement));
  form.addEventListener('submit', (e) => e.preventDefault());

  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    const reset = button.dataset['reset'];
    if (reset) {
      const box = byId<HTMLTextAreaElement>(doc, domId(reset, wording));
      setText(wording, reset, undefined);
      box.value = box.dataset['fallback'] ?? '';
      checkReadability(box, wording, w);
      markChanged(box, wording);
      update();
      return;
    }
    const action = button.dataset['ownAction'];
    const i = Number(button.dataset['own']);
    let focus = '';
    if (button.id === 'own-add') {
      state.own = [...state.own, { id: '', category: '', question: '', answer: '', lang: '' }];
      focus = `own-${state.own.length}-question`;
    } else if (action === 'remove') {
      state.own = state.own.filter((_, j) => j !== i);
      focus = state.own.length > i ? `own-${i + 1}-question` : 'own-add';
    } else if (action === 'up' || action === 'down') {
      const j = action === 'up' ? i - 1 : i + 1;
      state.own = state.own.map((q, k) => (k === i ? state.own[j] : k === j ? state.own[i] : q) ?? q);
      focus = `own-${j + 1}-question`;
    } else {
      return;
    }
    renderOwn();
    doc.getElementById(focus)?.focus();
    update();
  });

  const load = (next: EditorState): void => {
    state = { ...canonical(next) };
    render();
  };

  const read = (text: string): ReadResult => {
    const result = readSnippet(text);
    showNotes(byId(doc, 'read-notes'), result.notes, w);
    if (result.found) load(result.state);
    const done = result.straightened ? w.back.readStraightened : w.back.readDone;
    say('read-status', result.found ? done : w.back.nothingFound);
    return result;
  };

  const speak = (locale: Locale): void => {
    ui = locale;
    w = WORDS[locale];
    doc.documentElement.lang = locale;
    doc.title = `${w.title}: therapy-widgets`;
    for (const el of doc.querySelectorAll<HTMLElement>('[data-w]')) {
      const words = (el.dataset['w'] ?? '')
        .split('.')
        .reduce<unknown>((table, key) => (table as Record<string, unknown>)?.[key], w);
      if (typeof words === 'string') el.textContent = words;
    }
    const platform = byId<HTMLSelectElement>(doc, 'platform');
    for (const option of platform.options) option.textContent = w.output.platforms[option.value as Platform];
    say('sri-note', integrity ? w.output.sriKnown : w.output.sriUnknown);
    render();
  };

  // The panels outside the form -------------------------------------------------------
  const platform = byId<HTMLSelectElement>(doc, 'platform');
  for (const p of PLATFORMS) platform.append(h(doc, 'option', { value: p }, p));
  platform.addEventListener('change', update);
  byId(doc, 'ui-lang').addEventListener('change', (e) =>
    speak((e.target as HTMLSelectElement).value === 'es' ? 'es' : 'en'),
  );
  for (const name of ['preview-width', 'preview-page']) {
    doc.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`).forEach((radio) =>
      radio.addEventListener('change', () => {
        preview.dataset[name === 'preview-width' ? 'width' : 'page'] = radio.value;
      }),
    );
  }
  byId<HTMLSelectElement>(doc, 'preview-lang').addEventListener('change', (e) => {
    preview.lang = (e.target as HTMLSelectElement).value;
  });
  byId(doc, 'copy').addEventListener('click', async () => {
    say('copy-status', '');
    try {
      const clipboard = doc.defaultView?.navigator.clipboard;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(output.value);
      say('copy-status', w.output.copied);
    } catch {
      output.select();
      say('copy-status', w.output.copyRefused);
    }
  });
  byId(doc, 'download').addEventListener('click', () => {
    download(doc, 'therapy-widgets-snippet.html', 'text/html', output.value);
    say('copy-status', w.output.downloaded);
  });
  byId(doc, 'read').addEventListener('click', () => void read(byId<HTMLTextAreaElement>(doc, 'paste').value));
  byId(doc, 'save').addEventListener('click', () => {
    download(doc, FILE_NAME, 'application/json', settingsFileText(canonical(state)));
    say('file-status', w.back.saved);
  });
  byId<HTMLInputElement>(doc, 'open').addEventListener('change', async (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const result = readSettingsFile(await file.text());
    showNotes(byId(doc, 'read-notes'), result.notes, w);
    if (result.found) load(result.state);
    say('file-status', result.found ? w.back.opened : w.back.openFailed);
  });

  speak(doc.documentElement.lang.startsWith('es') ? 'es' : 'en');
  return {
    state: () => canonical(state),
    snippet: () => output.value,
    load,
    read,
    speak,
  };
}
