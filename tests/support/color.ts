/**
 * Colour arithmetic for contrast checks, computed from what the browser resolved: any CSS
 * colour (`rgb()`, `color(srgb …)`, `oklab()` from `color-mix()` …) becomes sRGB with alpha,
 * layers are composited, and WCAG 2.2 relative luminance gives the contrast ratio.
 */

/** Red, green and blue 0–255; alpha 0–1. */
export type Rgba = readonly [number, number, number, number];

export const WHITE: Rgba = [255, 255, 255, 1];

let context: CanvasRenderingContext2D | undefined;

/** Any colour the browser understands, as sRGB: plain syntaxes parsed, others painted on a canvas. */
export function parseColor(css: string): Rgba {
  const text = css.trim().toLowerCase();
  if (text === 'transparent') return [0, 0, 0, 0];
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(text);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha(rgb[4], rgb[5])];
  const srgb = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)\s*(?:\/\s*([\d.]+)(%?))?\s*\)$/.exec(
    text,
  );
  if (srgb) {
    const channel = (v: string | undefined) => Math.min(255, Math.max(0, Number(v) * 255));
    return [channel(srgb[1]), channel(srgb[2]), channel(srgb[3]), alpha(srgb[4], srgb[5])];
  }
  return painted(css);
}

function alpha(value: string | undefined, percent: string | undefined): number {
  if (value === undefined) return 1;
  return percent ? Number(value) / 100 : Number(value);
}

/** Paints the colour onto a 1×1 canvas and reads the pixel back: works for every colour syntax. */
function painted(css: string): Rgba {
  if (!context) {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    context = canvas.getContext('2d', { willReadFrequently: true })!;
  }
  const ctx = context;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#010203';
  ctx.fillStyle = css;
  if (ctx.fillStyle === '#010203') throw new Error(`The canvas cannot read the colour "${css}"`);
  ctx.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
}

/** WCAG 2.2 relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of `foreground` (composited onto `background`) against `background`. */
export function contrast(foreground: Rgba, background: Rgba): number {
  const back = over(background, WHITE);
  const [a, b] = [luminance(over(foreground, back)), luminance(back)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** The element's parent in the composed tree (a shadow root's host stands in for the root). */
export function composedParent(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** The opaque colour painted behind an element: its own and its ancestors' backgrounds, over white. */
export function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const layer = parseColor(getComputedStyle(node).backgroundColor);
    layers.push(layer);
    if (layer[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), WHITE);
}

/** Contrast of an element's text colour against what is behind it. */
export function textContrast(element: Element): number {
  return contrast(parseColor(getComputedStyle(element).color), backgroundBehind(element));
}

/** Large text per WCAG: at least 24px, or at least 18.66px and bold. */
export function isLargeText(element: Element): boolean {
  const style = getComputedStyle(element);
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}
