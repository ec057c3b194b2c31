/**
 * The guide's stage list, per the ARIA Authoring Practices Tabs pattern with automatic
 * activation: one tab per stage with a roving tabindex; Left/Right (mirrored right to left)
 * and Home/End move between them, and so do Up/Down, because on a narrow screen the same
 * list stacks. Then the Previous and Next buttons. The element owns which stage is current;
 * these only render and report the reader's choice.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { StageId } from '../../content/types.js';
import type { GuideUi } from '../../content/ui-types.js';
import { moveFocus } from '../../core/keys.js';
import type { StageView } from './stages.js';

export interface StepListOptions {
  readonly stages: readonly StageView[];
  readonly current: StageId;
  readonly label: string;
  /** Whether the text runs right to left, which mirrors Left and Right. */
  readonly rtl: () => boolean;
  /** The reader chose a stage by click or key (focus is already on its tab). */
  readonly onChoose: (id: StageId) => void;
}

function handleStepKeydown(event: KeyboardEvent, options: StepListOptions): void {
  const list = (event.currentTarget as HTMLElement).parentElement;
  const tabs = [...(list?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
  const index = moveFocus(event, tabs, 'horizontal', options.rtl()) ?? moveFocus(event, tabs, 'vertical');
  const stage = index === undefined ? undefined : options.stages[index];
  if (stage) options.onChoose(stage.id);
}

export function renderStepList(options: StepListOptions): TemplateResult {
  return html`<div role="tablist" part="steps" class="steps" aria-label=${options.label}>
    ${options.stages.map((stage, index) => {
      const selected = stage.id === options.current;
      return html`<button
        type="button"
        role="tab"
        part="step"
        class="step"
        id=${`tab-${stage.id}`}
        aria-selected=${selected ? 'true' : 'false'}
        aria-controls=${`panel-${stage.id}`}
        tabindex=${selected ? 0 : -1}
        @click=${() => options.onChoose(stage.id)}
        @keydown=${(event: KeyboardEvent) => handleStepKeydown(event, options)}
      >
        <span class="step-number" aria-hidden="true">${index + 1}</span>
        <span class="step-title">${stage.title}</span>
      </button>`;
    })}
  </div>`;
}

export interface PagerOptions {
  readonly previous: StageView | undefined;
  readonly next: StageView | undefined;
  readonly ui: GuideUi;
  /** The reader pressed Previous or Next: focus then moves to that stage's heading. */
  readonly onChoose: (id: StageId) => void;
}

export function renderPager(options: PagerOptions): TemplateResult {
  const button = (stage: StageView, label: string, which: 'previous' | 'next'): TemplateResult =>
    html`<button type="button" part="button" class=${which} @click=${() => options.onChoose(stage.id)}>
      <span class="pager-label">${label}</span><span class="visually-hidden">: </span>
      <span class="pager-title">${stage.title}</span>
    </button>`;
  return html`<div class="pager no-print">
    ${options.previous ? button(options.previous, options.ui.previous, 'previous') : nothing}
    ${options.next ? button(options.next, options.ui.next, 'next') : nothing}
  </div>`;
}
