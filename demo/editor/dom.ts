/**
 * Small DOM builders for the editor: every element made with DOM APIs, every text set as
 * text (never HTML from a string).
 */

type Attrs = Readonly<Record<string, string | boolean | undefined>>;

/** An element with attributes (`true`: present, `false`/`undefined`: absent) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}

/** A labelled field: label, control, hint and the problem line the control points to. */
export function field(
  doc: Document,
  id: string,
  label: string,
  control: HTMLElement,
  hint?: string,
): HTMLDivElement {
  const described = [hint ? `${id}-hint` : '', `${id}-problem`].filter(Boolean).join(' ');
  control.id = id;
  control.setAttribute('aria-describedby', described);
  return h(
    doc,
    'div',
    { class: 'field' },
    h(doc, 'label', { for: id }, label),
    control,
    hint ? h(doc, 'p', { class: 'hint', id: `${id}-hint` }, hint) : undefined,
    h(doc, 'p', { class: 'problem', id: `${id}-problem`, hidden: true }),
  );
}

/** A checkbox or radio with its label. */
export function check(
  doc: Document,
  attrs: Attrs & { readonly id: string },
  label: string,
  checked: boolean,
): HTMLDivElement {
  const input = h(doc, 'input', { type: 'checkbox', ...attrs });
  input.checked = checked;
  return h(doc, 'div', { class: 'check' }, input, h(doc, 'label', { for: attrs.id }, label));
}

/** A select with these options (value → words), the value chosen. */
export function select(
  doc: Document,
  attrs: Attrs,
  options: readonly (readonly [value: string, words: string])[],
  value: string,
): HTMLSelectElement {
  const el = h(doc, 'select', attrs);
  for (const [v, words] of options) {
    const option = h(doc, 'option', { value: v }, words);
    if (v === 'es' && words === 'Español') option.lang = 'es';
    if (v === 'en' && words === 'English') option.lang = 'en';
    el.append(option);
  }
  el.value = value;
  return el;
}

/** Shows or hides a field's problem line, and marks the control invalid with it. */
export function showProblem(control: HTMLElement, text: string | undefined): void {
  const problem = control.ownerDocument.getElementById(`${control.id}-problem`);
  if (!problem) return;
  problem.hidden = text === undefined;
  problem.textContent = text ?? '';
  if (text === undefined) control.removeAttribute('aria-invalid');
  else control.setAttribute('aria-invalid', 'true');
}

/** Shows a note (a warning or a gentle word under a control) with this text, or hides it. */
export function showNote(note: HTMLElement | null | undefined, text: string | undefined): void {
  if (!note) return;
  note.hidden = text === undefined;
  note.textContent = text ?? '';
}

/** Offers text as a file download, made in the page (Blob + object URL; nothing is sent). */
export function download(doc: Document, name: string, type: string, text: string): void {
  const view = doc.defaultView ?? window;
  const url = view.URL.createObjectURL(new view.Blob([text], { type }));
  const link = h(doc, 'a', { href: url, download: name, hidden: true });
  doc.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), 0);
}
