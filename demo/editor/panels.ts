/**
 * The editor's right-hand panels: the live preview (the real widgets, built with DOM APIs
 * from the same plan as the snippet), the platform recipe, and the list of parts a pasted
 * snippet or opened file held that the editor did not take.
 */
import { CONFIG_ID, jsonForScript } from '../snippet.js';
import { h } from './dom.js';
import type { EditorWords, Platform } from './messages.js';
import { answerParagraphs, bodyHtml, ownAttributes, scriptLine, type EditorPlan } from './output.js';
import type { Note } from './read.js';

/** Makes the preview hold exactly what the snippet holds. */
export function applyPreview(host: HTMLElement, plan: EditorPlan): void {
  const doc = host.ownerDocument;
  const nodes: Node[] = [];
  if (plan.css) nodes.push(h(doc, 'style', {}, plan.css));
  if (plan.config) {
    const block = h(doc, 'script', { type: 'application/json', id: CONFIG_ID });
    block.textContent = jsonForScript(plan.config);
    nodes.push(block);
  }
  for (const { tag, attributes, own } of plan.tags) {
    const el = doc.createElement(tag);
    for (const [name, value] of attributes) el.setAttribute(name, value);
    for (const q of own) {
      const details = doc.createElement('details');
      for (const [name, value] of ownAttributes(q)) details.setAttribute(name, value);
      details.append(h(doc, 'summary', {}, q.question.trim()));
      for (const p of answerParagraphs(q.answer)) details.append(h(doc, 'p', {}, p));
      el.append(details);
    }
    nodes.push(el);
  }
  host.replaceChildren(...nodes);
}

function codeBox(doc: Document, id: string, label: string, text: string): HTMLElement {
  const box = h(doc, 'textarea', { id, readonly: true, rows: '6', spellcheck: 'false' });
  box.value = text;
  return h(doc, 'div', { class: 'field' }, h(doc, 'label', { for: id }, label), box);
}

/** The steps for the chosen website builder, with the snippet split where the builder needs it. */
export function showRecipe(host: HTMLElement, platform: Platform, plan: EditorPlan, w: EditorWords): void {
  const doc = host.ownerDocument;
  const steps = h(doc, 'ol', {}, ...w.output.recipes[platform].map((step) => h(doc, 'li', {}, step)));
  const split = platform === 'squarespace' || platform === 'webflow' || platform === 'wix';
  host.replaceChildren(
    steps,
    ...(split
      ? [
          codeBox(doc, 'recipe-script', w.output.scriptPart, scriptLine(plan)),
          codeBox(doc, 'recipe-rest', w.output.tagsPart, bodyHtml(plan)),
        ]
      : []),
  );
}

/** Lists what was not taken, as text. */
export function showNotes(host: HTMLElement, notes: readonly Note[], w: EditorWords): void {
  const doc = host.ownerDocument;
  if (notes.length === 0) {
    host.replaceChildren();
    return;
  }
  host.replaceChildren(
    h(doc, 'h3', { id: 'notes-heading' }, w.back.notesHeading),
    h(
      doc,
      'ul',
      { 'aria-labelledby': 'notes-heading' },
      ...notes.map((n) =>
        h(
          doc,
          'li',
          { 'data-note': n.kind },
          h(doc, 'strong', {}, w.back.notes[n.kind]),
          ': ',
          h(doc, 'code', {}, n.what),
        ),
      ),
    ),
  );
}
