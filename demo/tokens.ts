/**
 * The styling tokens (`--therapy-*` custom properties) as data: what each accepts, and the
 * CSS rule a designer pastes. Pure: no DOM. Shared by the configurator and the theme
 * playground, and imported by the tests.
 */

/** Every tag the module defines, in the order the CSS rule names them. */
export const WIDGET_TAGS = [
  'therapy-faq',
  'therapy-guide',
  'therapy-confidentiality',
  'therapy-crisis',
] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** Font stacks a practice can pick: fonts every visitor already has, so nothing is fetched. */
export const FONTS: readonly { readonly label: string; readonly value: string }[] = [
  { label: 'System interface font', value: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" },
  { label: 'Humanist sans (Verdana)', value: 'Verdana, Geneva, sans-serif' },
  { label: 'Friendly sans (Trebuchet)', value: "'Trebuchet MS', 'Lucida Grande', sans-serif" },
  { label: 'Book serif (Georgia)', value: "Georgia, 'Times New Roman', serif" },
  { label: 'Classic serif (Palatino)', value: "Palatino, 'Palatino Linotype', 'Book Antiqua', serif" },
];

type Kind = 'color' | 'font' | { readonly unit: string; readonly min: number; readonly max: number };

interface TokenSpec {
  readonly name: string;
  readonly kind: Kind;
}

/** The documented tokens, in the order the CSS rule lists them. */
export const TOKENS = [
  { name: '--therapy-color-text', kind: 'color' },
  { name: '--therapy-color-muted', kind: 'color' },
  { name: '--therapy-color-accent', kind: 'color' },
  { name: '--therapy-color-on-accent', kind: 'color' },
  { name: '--therapy-color-surface', kind: 'color' },
  { name: '--therapy-color-border', kind: 'color' },
  { name: '--therapy-font-family', kind: 'font' },
  { name: '--therapy-font-size', kind: { unit: 'px', min: 12, max: 28 } },
  { name: '--therapy-line-height', kind: { unit: '', min: 1, max: 2.5 } },
  { name: '--therapy-radius', kind: { unit: 'em', min: 0, max: 2 } },
  { name: '--therapy-space', kind: { unit: 'em', min: 0.25, max: 3 } },
  { name: '--therapy-max-width', kind: { unit: 'em', min: 20, max: 120 } },
] as const satisfies readonly TokenSpec[];

export type TokenName = (typeof TOKENS)[number]['name'];

/** Token values by name; a token that is absent keeps the widgets' default. */
export type Tokens = Readonly<Partial<Record<TokenName, string>>>;

/**
 * The value as it may go into CSS, or `undefined` when it is not acceptable. Only `#rrggbb`
 * colours, the font stacks above and numbers in range pass, so no text a person types can
 * close the rule or the `<style>` element around it.
 */
export function cleanToken(name: TokenName, raw: string): string | undefined {
  const spec: TokenSpec | undefined = TOKENS.find((token) => token.name === name);
  const value = raw.trim();
  if (!spec || value === '') return undefined;
  if (spec.kind === 'color') return /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : undefined;
  if (spec.kind === 'font') return FONTS.some((font) => font.value === value) ? value : undefined;
  const { unit, min, max } = spec.kind;
  const match = /^(\d+(?:\.\d+)?)([a-z]*)$/.exec(value);
  if (!match || match[2] !== unit) return undefined;
  const number = Number(match[1]);
  return number >= min && number <= max ? `${number}${unit}` : undefined;
}

/** The accepted tokens, in documented order. */
export function cleanTokens(tokens: Tokens): [TokenName, string][] {
  const clean: [TokenName, string][] = [];
  for (const { name } of TOKENS) {
    const value = tokens[name] === undefined ? undefined : cleanToken(name, tokens[name]);
    if (value !== undefined) clean.push([name, value]);
  }
  return clean;
}

/**
 * The CSS rule that sets these tokens on every widget, or `undefined` when none is set.
 * `indent` shifts every line (for a rule inside a `<style>` element).
 */
export function tokensCss(tokens: Tokens, indent = ''): string | undefined {
  const clean = cleanTokens(tokens);
  if (clean.length === 0) return undefined;
  const lines = [`${WIDGET_TAGS.join(', ')} {`, ...clean.map(([name, value]) => `  ${name}: ${value};`), '}'];
  return lines.map((line) => indent + line).join('\n');
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2.2). */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
