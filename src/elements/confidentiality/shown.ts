/**
 * Which sections and scenarios the explainer shows, from `include` and `exclude`. Pure: no
 * DOM, no Lit. Section ids and scenario ids share one namespace (the id `supervision` names
 * both the section and the scenario about supervision).
 */
import type { ConfidentialityContent, ConfidentialitySection, Scenario } from '../../content/types.js';

export interface Shown {
  readonly sections: readonly ConfidentialitySection[];
  readonly scenarios: readonly Scenario[];
}

/** Every id `include` and `exclude` accept: section ids, then scenario ids, each once. */
export function knownIds(content: ConfidentialityContent): string[] {
  return [
    ...new Set([
      ...content.sections.map((section) => section.id),
      ...content.scenarios.map((scenario) => scenario.id),
    ]),
  ];
}

/**
 * Keeps what `include` names and drops what `exclude` names. `include` filters each kind
 * only when it names at least one id of that kind, so `include="limits records"` keeps those
 * two sections and every scenario, and `include="drugs court"` keeps every section and
 * those two scenarios.
 */
export function shownItems(
  content: ConfidentialityContent,
  include: readonly string[] | undefined,
  exclude: readonly string[] | undefined,
): Shown {
  const keep = <T extends { readonly id: string }>(items: readonly T[]): T[] => {
    const named = include?.filter((id) => items.some((item) => item.id === id)) ?? [];
    return items.filter(
      (item) => (named.length === 0 || named.includes(item.id)) && !exclude?.includes(item.id),
    );
  };
  return { sections: keep(content.sections), scenarios: keep(content.scenarios) };
}
