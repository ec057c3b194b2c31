import { literal, type StaticValue } from 'lit/static-html.js';
import type { HeadingLevel } from './settings.js';

const TAGS: readonly StaticValue[] = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * The heading tag `depth` levels below the element's own top heading, for use in a
 * `lit/static-html` template. Past h6 it stays h6.
 */
export function headingTag(level: HeadingLevel, depth = 0): StaticValue {
  return TAGS[Math.min(level + depth, 6) - 2] ?? literal`h6`;
}
