/**
 * Shared test helpers: mounting with settings, capturing console warnings, and reading text
 * the way a reader sees it.
 */
import { fixture } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';

/** Mounts a template and waits until the element has rendered. */
export async function mount<T extends LitElement>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  await element.updateComplete;
  return element;
}

export interface Captured {
  warnings: string[];
  errors: string[];
  restore(): void;
}

/** Records console.warn and console.error calls until `restore()`. */
export function captureConsole(): Captured {
  const originalWarn = console.warn;
  const originalError = console.error;
  const captured: Captured = {
    warnings: [],
    errors: [],
    restore() {
      console.warn = originalWarn;
      console.error = originalError;
    },
  };
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    // Lit's own development-build warnings are not the element's: they go on to the page,
    // where the Lit development pass fails the test on them (tests/support/lit-dev-warnings.ts).
    if (text.includes('lit.dev/msg/')) originalWarn(...args);
    else captured.warnings.push(text);
  };
  console.error = (...args: unknown[]) => captured.errors.push(args.map(String).join(' '));
  return captured;
}

/** The visible text of a shadow root (or element), whitespace folded. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  if (!node) return '';
  const root = node instanceof ShadowRoot ? node : (node.shadowRoot ?? node);
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Shorthand for querying inside an element's shadow root. */
export function $<E extends Element = HTMLElement>(element: Element, selector: string): E {
  const found = element.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`No ${selector} in <${element.localName}>'s shadow root`);
  return found;
}

export function $$<E extends Element = HTMLElement>(element: Element, selector: string): E[] {
  return [...(element.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** Scores of these texts by a readability command of scripts/readability-plugin.mjs, in Node. */
async function scores(command: 'fk-grade' | 'inflesz', texts: readonly string[]): Promise<number[]> {
  const result = await executeServerCommand<number[], { texts: readonly string[] }>(command, { texts });
  if (!result) throw new Error(`The readability command ${command} is not available`);
  return result;
}

/** Flesch–Kincaid grades of these English texts, computed in Node by text-readability. */
export const fkGrades = (texts: readonly string[]): Promise<number[]> => scores('fk-grade', texts);

/** Szigriszt-Pazos (INFLESZ) scores of these Spanish texts, computed in Node. */
export const infleszScores = (texts: readonly string[]): Promise<number[]> => scores('inflesz', texts);

/**
 * Rich content as prose for scoring: each paragraph and each list line is its own sentence
 * (a list line without end punctuation gets a full stop, as a reader pauses there).
 */
export function prose(blocks: readonly (string | { readonly list: readonly string[] })[]): string {
  const sentence = (t: string) => (/[.!?:;]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`);
  return blocks
    .map((b) => (typeof b === 'string' ? b : b.list.map(sentence).join(' ')))
    .join(' ')
    .replace(/\{practice\}/g, 'our practice')
    .replace(/\{minutes\}/g, '50')
    .replace(/\{format\}/g, 'in person or online');
}

/** The rules inside the element's `@media print` blocks, as one sheet's text. */
export function printRules(el: Element): string {
  const root = el.shadowRoot!;
  const sheets = [
    ...root.adoptedStyleSheets,
    ...[...root.querySelectorAll('style')].map((s) => s.sheet).filter((s): s is CSSStyleSheet => !!s),
  ];
  return sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText))
    .join('\n');
}

/**
 * Shows the element as it prints: the browser's print emulation where the engine offers it,
 * otherwise the element's own print rules applied as a screen sheet. Returns the undo.
 */
export async function asPrinted(el: Element): Promise<() => Promise<void>> {
  try {
    await emulateMedia({ media: 'print' });
    if (matchMedia('print').matches) return () => emulateMedia({ media: 'screen' });
  } catch {
    // Not offered by this engine's driver.
  }
  const root = el.shadowRoot!;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(printRules(el));
  const before = [...root.adoptedStyleSheets];
  root.adoptedStyleSheets = [...before, sheet];
  return async () => {
    root.adoptedStyleSheets = before;
  };
}

/**
 * Switches a media feature or type where the engine's driver can, and says whether it did
 * (and, given `query`, whether the page now matches it: some drivers ignore a feature silently).
 */
export async function emulated(media: Parameters<typeof emulateMedia>[0], query?: string): Promise<boolean> {
  try {
    await emulateMedia(media);
  } catch {
    return false;
  }
  return query === undefined || window.matchMedia(query).matches;
}

/** The style rules inside `@media <condition>` blocks of the element's shadow styles. */
export function mediaRules(el: Element, condition: string): CSSStyleRule[] {
  const root = el.shadowRoot!;
  const sheets = [
    ...root.adoptedStyleSheets,
    ...[...root.querySelectorAll('style')].map((s) => s.sheet!).filter(Boolean),
  ];
  return sheets.flatMap((sheet) =>
    [...sheet.cssRules]
      .filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && rule.conditionText.includes(condition),
      )
      .flatMap((rule) => [...rule.cssRules].filter((r): r is CSSStyleRule => r instanceof CSSStyleRule)),
  );
}

/** Puts `query` in the FAQ's search field as one input event (no key presses), and waits for the update. */
export async function searchFor(el: LitElement, query: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]');
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}
