/**
 * The one resolver for text overrides: a content id's words are the practice's override
 * from the config block (`"text": { "guide.title": "…" }`) when set, else the default for
 * the jurisdiction; `{practice}`, `{minutes}` and `{format}` are filled in either way. Pure:
 * no DOM, no Lit.
 */
import { fill, paragraphs, pick, resolveRich, type Fills } from '../content/resolve.js';
import type { Block, Rich, Text, Varies } from '../content/types.js';
import type { Jurisdiction } from './settings.js';

/** A config-block text override for a content id, if the practice set one. */
export type Override = (id: string) => string | undefined;

export class Texts {
  readonly fills: Fills;
  readonly jurisdiction: Jurisdiction;
  private readonly override: Override;

  constructor(override: Override, fills: Fills, jurisdiction: Jurisdiction) {
    this.override = override;
    this.fills = fills;
    this.jurisdiction = jurisdiction;
  }

  /** Plain text: the override for `id`, or the default. */
  text(id: string, fallback: Varies<Text>): string {
    return fill(this.override(id) ?? pick(fallback, this.jurisdiction), this.fills);
  }

  /** The jurisdiction's variant of a value (a verdict, say), which has no override. */
  pick<T>(value: Varies<T>): T {
    return pick(value, this.jurisdiction);
  }

  /** Rich text: the override for `id` as paragraphs (a blank line starts one), or the default. */
  rich(id: string, fallback: Varies<Rich>): Block[] {
    const override = this.override(id);
    return override === undefined
      ? resolveRich(fallback, this.jurisdiction, this.fills)
      : paragraphs(fill(override, this.fills));
  }
}
