/**
 * The guide's stage list, per the ARIA Authoring Practices Tabs pattern with automatic
 * activation: one tab per stage with a roving tabindex. In a row, Left/Right (mirrored right
 * to left) and Home/End move between them; stacked in a narrow column, the list says
 * `aria-orientation="vertical"` and Up/Down move too. Other keys are left to the page, so
 * Up/Down still scroll beside a row. Then the Previous and Next buttons. The element owns which stage is current;
 * these only render and report the reader's choice.
 */
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { StageId } from '../../content/types.js';
import type { GuideUi } from '../../content/ui-types.js';
import { moveFocus, type Orientation } from '../../core/keys.js';
import type { StageView } from './stages.js';

export interface StepListOptions {
  readonly stages: readonly StageView[];
  readonly current: StageId;
  readonly label: string;
  /** A row of tabs (`horizontal`) or a stacked column (`vertical`), as laid out now. */
  readonly orientation: Orientation;
  /** Whether the text runs right to left, which mirrors Left and Right. */
  readonly rtl: () => boolean;
  /** The reader chose a stage by click or key (focus is already on its tab). */
  readonly onChoose: (id: StageId) => void;
}

function handleStepKeydown(event: KeyboardEvent, options: StepListOptions): void {
  const list = (event.currentTarget as HTMLElement).parentElement;
  const tabs = [...(list?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
  // Stacked, the list takes Up/Down and still Left/Right (which a row takes alone, leaving
  // Up/Down to scroll the page).
  const arrows = options.orientation === 'vertical' ? 'both' : 'horizontal';
  const index = moveFocus(event, tabs, arrows, options.rtl());
  const stage = index === undefined ? undefined : options.stages[index];
  if (stage) options.onChoose(stage.id);
}

export function renderStepList(options: StepListOptions): TemplateResult {
  return html`<div
    role="tablist"
    part="steps"
    class="steps"
    aria-label=${options.label}
    aria-orientation=${options.orientation}
  >
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
    // The name is set whole: text pieces split by a visually hidden span gain stray spaces
    // ("Next stage : First session") in some engines' name computation.
    html`<button
      type="button"
      part="button"
      class=${which}
      aria-label=${`${label}: ${stage.title}`}
      @click=${() => options.onChoose(stage.id)}
    >
      <span class="pager-label">${label}</span> <span class="pager-title">${stage.title}</span>
    </button>`;
  return html`<div class="pager no-print">
    ${options.previous ? button(options.previous, options.ui.previous, 'previous') : nothing}
    ${options.next ? button(options.next, options.ui.next, 'next') : nothing}
  </div>`;
}

/**
 * Follows how the stage list is laid out: the container query stacks it below 36em, and the
 * tab list must then say it is vertical (and take Up/Down). Measured, not guessed: the list
 * is stacked when its second tab sits below its first. Measured only in the ResizeObserver's
 * callback, which comes after layout (on the first frame too), so it never forces a layout of
 * its own: measuring from a frame callback made the whole page lay out twice before it painted.
 */
export class StepLayoutController implements ReactiveController {
  orientation: Orientation = 'horizontal';
  private readonly observer: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.observer = new ResizeObserver(() => this.measure());
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  private measure(): void {
    const [first, second] = this.host.shadowRoot?.querySelectorAll('[role="tab"]') ?? [];
    if (!first || !second) return;
    const stacked = second.getBoundingClientRect().top >= first.getBoundingClientRect().bottom - 1;
    const orientation: Orientation = stacked ? 'vertical' : 'horizontal';
    if (orientation === this.orientation) return;
    this.orientation = orientation;
    this.host.requestUpdate();
  }
}
