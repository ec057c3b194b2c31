/**
 * DOM helpers the configurator and the theme playground share: token controls, the copy
 * button, and applying a plan's CSS to the live preview. Nothing here stores or sends
 * anything.
 */
import { FONTS, type TokenName, type Tokens } from './tokens.js';

/**
 * Token rows: `<div data-token-row="--therapy-…">` holding an optional "use" checkbox
 * (`[data-use]`), the value control (`[data-value]`, with `data-unit` for ranges) and an
 * optional `<output>`. Changing the value ticks the checkbox; a row without a checkbox is set
 * whenever its value is not empty. Returns a function that shows the values again (after a
 * form reset, which fires no input events).
 */
export function bindTokenRows(root: ParentNode, onChange: () => void): () => void {
  const shows: (() => void)[] = [];
  for (const row of root.querySelectorAll<HTMLElement>('[data-token-row]')) {
    const use = row.querySelector<HTMLInputElement>('[data-use]');
    const value = row.querySelector<HTMLInputElement | HTMLSelectElement>('[data-value]');
    const output = row.querySelector('output');
    const show = (): void => {
      if (output && value) output.value = `${value.value}${value.dataset['unit'] ?? ''}`;
    };
    show();
    shows.push(show);
    value?.addEventListener('input', () => {
      if (use) use.checked = true;
      show();
      onChange();
    });
    use?.addEventListener('change', onChange);
  }
  /** Shows the values again, after the form was reset. */
  return () => {
    for (const show of shows) show();
  };
}

/** The tokens the rows set. */
export function readTokens(root: ParentNode): Tokens {
  const tokens: Partial<Record<TokenName, string>> = {};
  for (const row of root.querySelectorAll<HTMLElement>('[data-token-row]')) {
    const name = row.dataset['tokenRow'] as TokenName;
    const use = row.querySelector<HTMLInputElement>('[data-use]');
    const value = row.querySelector<HTMLInputElement | HTMLSelectElement>('[data-value]');
    if (!value || value.value === '' || (use && !use.checked)) continue;
    tokens[name] = `${value.value}${value.dataset['unit'] ?? ''}`;
  }
  return tokens;
}

/**
 * Wires the page's Copy button (`#copy`): writes the output's text to the clipboard and says
 * so in the polite status (`#copy-status`). When the browser refuses, it selects the text and
 * says how to copy it.
 */
export function wireCopy(doc: Document, output: HTMLTextAreaElement): void {
  const button = doc.getElementById('copy') as HTMLButtonElement;
  const status = doc.getElementById('copy-status') as HTMLElement;
  button.addEventListener('click', async () => {
    status.textContent = '';
    const clipboard = doc.defaultView?.navigator.clipboard;
    try {
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(output.value);
      status.textContent = 'Copied. Now paste it into your page.';
    } catch {
      output.select();
      status.textContent =
        'Your browser did not let us copy. The text is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.';
    }
  });
}

/** Adds the font stacks to the `[data-fonts]` select, after its "same as the page" option. */
export function offerFonts(root: ParentNode): void {
  const select = root.querySelector<HTMLSelectElement>('[data-fonts]');
  if (!select) return;
  for (const font of FONTS) {
    const option = select.ownerDocument.createElement('option');
    option.value = font.value;
    option.textContent = font.label;
    select.append(option);
  }
}

/** The `<style>` element (created once, in `host`) that gives the live preview its tokens. */
export function previewStyle(host: HTMLElement): HTMLStyleElement {
  let style = host.querySelector<HTMLStyleElement>('style[data-preview]');
  if (!style) {
    style = host.ownerDocument.createElement('style');
    style.dataset['preview'] = '';
    host.prepend(style);
  }
  return style;
}
