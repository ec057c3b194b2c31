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

function handleStepKeydown(event: KeyboardEvent, o: StepListOptions): void {
  const list = (event.currentTarget as HTMLElement).parentElement;
  const tabs = [...(list?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
  const index = moveFocus(event, tabs, 'horizontal', o.rtl()) ?? moveFocus(event, tabs, 'vertical');
  const stage = index === undefined ? undefined : o.stages[index];
  if (stage) o.onChoose(stage.id);
}

export function renderStepList(o: StepListOptions): TemplateResult {
  return html`<div role="tablist" part="steps" class="steps" aria-label=${o.label}>
    ${o.stages.map((stage, index) => {
      const selected = stage.id === o.current;
      return html`<button
        type="button"
        role="tab"
        part="step"
        class="step"
        id=${`tab-${stage.id}`}
        aria-selected=${selected ? 'true' : 'false'}
        aria-controls=${`panel-${stage.id}`}
        tabindex=${selected ? 0 : -1}
        @click=${() => o.onChoose(stage.id)}
        @keydown=${(event: KeyboardEvent) => handleStepKeydown(event, o)}
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

export function renderPager(o: PagerOptions): TemplateResult {
  const button = (stage: StageView, label: string, which: 'previous' | 'next'): TemplateResult =>
    html`<button type="button" part="button" class=${which} @click=${() => o.onChoose(stage.id)}>
      <span class="pager-label">${label}</span><span class="visually-hidden">: </span>
      <span class="pager-title">${stage.title}</span>
    </button>`;
  return html`<div class="pager no-print">
    ${o.previous ? button(o.previous, o.ui.previous, 'previous') : nothing}
    ${o.next ? button(o.next, o.ui.next, 'next') : nothing}
  </div>`;
}
