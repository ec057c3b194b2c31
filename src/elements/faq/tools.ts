/**
 * The FAQ's tools: the search field with the count of matches under it, the topic filters
 * (toggle buttons with `aria-pressed`) and "open all" / "close all". Hidden when printing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FaqUi } from '../../content/ui-types.js';

export interface ToolsOptions {
  readonly words: FaqUi;
  readonly topics: readonly { readonly id: string; readonly label: string }[];
  /** The topic shown, or `undefined` for all. */
  readonly topic: string | undefined;
  /** Whether the field holds a query (then a "clear" button shows). */
  readonly searching: boolean;
  /**
   * How many questions match, while the reader narrows the list ('' otherwise): shown right
   * under the field, where a reader on a phone is looking (the announcer says it aloud).
   */
  readonly count: string;
  /** With `single`, only one answer opens, so there is no "open all". */
  readonly single: boolean;
  readonly onSearchInput: (event: Event) => void;
  readonly onSearchKeydown: (event: KeyboardEvent) => void;
  readonly onClear: () => void;
  readonly onTopic: (id: string | undefined) => void;
  readonly onAll: (open: boolean) => void;
}

/** The search field has no value binding: it owns what the reader types, so no re-render can undo a key. */
export function renderTools(options: ToolsOptions): TemplateResult {
  const { words } = options;
  return html`<div class="tools no-print">
    <div class="search">
      <label for="search">${words.searchLabel}</label>
      <div class="search-row">
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${words.searchPlaceholder}
          @input=${options.onSearchInput}
          @keydown=${options.onSearchKeydown}
        />
        ${
          options.searching
            ? html`<button type="button" part="button" class="clear" @click=${options.onClear}>
                ${words.clearSearch}
              </button>`
            : nothing
        }
      </div>
      <p class="count" aria-hidden="true">${options.count}</p>
    </div>
    ${
      options.topics.length > 1
        ? html`<div class="filters" role="group" aria-label=${words.categoriesLabel}>
            ${[{ id: undefined, label: words.allCategories }, ...options.topics].map(
              (category) =>
                html`<button
                  type="button"
                  part="button filter"
                  aria-pressed=${options.topic === category.id ? 'true' : 'false'}
                  @click=${() => options.onTopic(category.id)}
                >
                  ${category.label}
                </button>`,
            )}
          </div>`
        : nothing
    }
    <div class="all">
      ${
        options.single
          ? nothing
          : html`<button type="button" part="button" @click=${() => options.onAll(true)}>
              ${words.expandAll}
            </button>`
      }
      <button type="button" part="button" @click=${() => options.onAll(false)}>${words.collapseAll}</button>
    </div>
  </div>`;
}
