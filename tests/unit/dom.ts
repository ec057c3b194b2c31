/// <reference types="node" />
/**
 * A browser-free DOM for the unit tests (happy-dom), installed as the globals that
 * `src/core/dom.ts` reads its standard prototypes from. Import it before the code under test.
 */
import { Window } from 'happy-dom';

const window = new Window({ url: 'https://practice.example/faq/' });

export const document = window.document as unknown as Document;

Object.assign(globalThis, {
  Node: window.Node,
  Element: window.Element,
  CharacterData: window.CharacterData,
  Document: window.Document,
  document,
});

/** Parses markup into a fresh `<div>` of the test document (the tests' own input, not ours). */
export function markup(html: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box;
}

/**
 * Gives `node` an own property `name`, as a browser does for a form field named `name`
 * (`<input name="localName">` makes `form.localName` that field).
 */
export function shadow(node: object, name: string, value: unknown): void {
  Object.defineProperty(node, name, { value, configurable: true });
}
