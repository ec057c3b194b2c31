/**
 * The theme playground: token controls → the CSS rule, applied live to the real widgets in
 * the preview, with the contrast of the colours that result. Stores and sends nothing.
 */
import { contrastRatio, tokensCss, type Tokens } from './tokens.js';
import { bindTokenRows, offerFonts, previewStyle, readTokens, wireCopy } from './ui.js';

/** The preview box's own colours (demo/tools.css), which the light theme inherits. */
const PAGE = { text: '#1f2a30', background: '#ffffff' };

/** The widgets' dark-theme defaults (src/core/styles.ts). */
const DARK = {
  text: '#eef1f4',
  muted: '#c3cad2',
  accent: '#8cc8ff',
  onAccent: '#0b1826',
  surface: '#1c232b',
  border: '#6f7c89',
  page: '#12171d',
};

/** `a` mixed into `b` at `weight` (0–1), as `color-mix(in srgb, a weight, b)` paints it. */
function mix(a: string, weight: number, b: string): string {
  const channel = (hex: string, i: number): number => parseInt(hex.slice(i, i + 2), 16);
  const parts = [1, 3, 5].map((i) =>
    Math.round(channel(a, i) * weight + channel(b, i) * (1 - weight))
      .toString(16)
      .padStart(2, '0'),
  );
  return `#${parts.join('')}`;
}

/** The colours the widgets end up painting with these tokens, in this theme. */
export function paintedColours(tokens: Tokens, theme: 'light' | 'dark') {
  const set = (name: keyof Tokens, fallback: string): string => tokens[name] ?? fallback;
  if (theme === 'dark') {
    return {
      page: DARK.page,
      text: set('--therapy-color-text', DARK.text),
      muted: set('--therapy-color-muted', DARK.muted),
      accent: set('--therapy-color-accent', DARK.accent),
      onAccent: set('--therapy-color-on-accent', DARK.onAccent),
      surface: set('--therapy-color-surface', DARK.surface),
      border: set('--therapy-color-border', DARK.border),
    };
  }
  const text = set('--therapy-color-text', PAGE.text);
  const surface = set('--therapy-color-surface', mix(text, 0.04, PAGE.background));
  return {
    page: PAGE.background,
    text,
    muted: set('--therapy-color-muted', mix(text, 0.78, surface)),
    accent: set('--therapy-color-accent', '#1a5b94'),
    onAccent: set('--therapy-color-on-accent', '#ffffff'),
    surface,
    border: set('--therapy-color-border', mix(text, 0.58, PAGE.background)),
  };
}

function showContrast(list: HTMLElement, tokens: Tokens, theme: 'light' | 'dark'): void {
  const c = paintedColours(tokens, theme);
  const pairs: [string, string, string, number][] = [
    ['Text on the page', c.text, c.page, 4.5],
    ['Text on panels', c.text, c.surface, 4.5],
    ['Muted text on panels', c.muted, c.surface, 4.5],
    ['Links on panels', c.accent, c.surface, 4.5],
    ['Text on accent buttons', c.onAccent, c.accent, 4.5],
    ['Borders on the page', c.border, c.page, 3],
  ];
  const doc = list.ownerDocument;
  list.replaceChildren(
    ...pairs.flatMap(([label, a, b, needed]) => {
      const ratio = contrastRatio(a, b);
      const term = doc.createElement('dt');
      term.textContent = label;
      const value = doc.createElement('dd');
      const shown = Math.floor(ratio * 100) / 100;
      value.textContent =
        ratio >= needed ? `${shown} to 1: passes` : `${shown} to 1: too low (needs ${needed} to 1)`;
      value.className = ratio >= needed ? 'pass' : 'fail';
      return [term, value];
    }),
  );
}

export interface ThemePlayground {
  /** The CSS as shown. */
  css(): string;
}

/** Starts the playground on the page's form. */
export function startThemePlayground(doc: Document): ThemePlayground {
  const form = doc.getElementById('theme-form') as HTMLFormElement;
  const output = doc.getElementById('css') as HTMLTextAreaElement;
  const preview = doc.getElementById('preview') as HTMLElement;
  const contrast = doc.getElementById('contrast') as HTMLElement;

  offerFonts(form);
  const update = (): void => {
    const tokens = readTokens(form);
    const theme = (form.elements.namedItem('theme') as RadioNodeList).value === 'dark' ? 'dark' : 'light';
    const css = tokensCss(tokens);
    output.value = css ?? '/* Change a setting, or tick "Include", to see its CSS here. */';
    previewStyle(preview).textContent = css ?? '';
    for (const widget of preview.querySelectorAll(':scope > [practice-name]')) {
      if (theme === 'dark') widget.setAttribute('theme', 'dark');
      else widget.removeAttribute('theme');
    }
    showContrast(contrast, tokens, theme);
  };
  const showValues = bindTokenRows(form, update);
  form.addEventListener('change', update);
  // A reset changes the values after its event, and fires no input events.
  form.addEventListener('reset', () =>
    setTimeout(() => {
      showValues();
      update();
    }),
  );
  wireCopy(doc, output);
  update();
  return { css: () => output.value };
}
