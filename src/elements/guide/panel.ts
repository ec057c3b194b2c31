/**
 * One stage as a tab panel: its heading (the target of Previous/Next focus), the one-line
 * summary, the four blocks and the questions. Panels not shown are `hidden="until-found"`
 * where the browser supports it, so find-in-page reaches them (the element then shows the
 * stage); they take no tab stop.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { UNTIL_FOUND } from '../../core/disclosure.js';
import { headingTag } from '../../core/heading.js';
import type { HeadingLevel } from '../../core/settings.js';
import { renderBlocks } from '../shared/render.js';
import type { StageView } from './stages.js';

export interface PanelOptions {
  readonly stage: StageView;
  readonly selected: boolean;
  /** The element's own heading level: the stage heading is one below it, its blocks two. */
  readonly headingLevel: HeadingLevel;
  /** The id of the element that says "Stage 2 of 5", which describes the shown heading. */
  readonly progressId: string;
  /** Called when find-in-page reveals this hidden panel. */
  readonly onReveal: () => void;
}

export function renderPanel(options: PanelOptions): TemplateResult {
  const { stage, selected } = options;
  const title = headingTag(options.headingLevel, 1);
  const block = headingTag(options.headingLevel, 2);
  // Only the shown panel is a tabpanel: hidden ones (kept for find-in-page) would otherwise
  // stay in Chromium's accessibility tree as empty, named panels.
  return html`<div
    role=${selected ? 'tabpanel' : nothing}
    part="panel"
    class="panel"
    id=${`panel-${stage.id}`}
    aria-labelledby=${selected ? `tab-${stage.id}` : nothing}
    tabindex=${selected ? 0 : nothing}
    hidden=${selected ? nothing : UNTIL_FOUND ? 'until-found' : ''}
    @beforematch=${options.onReveal}
  >
    ${staticHtml`<${title} class="stage-heading" id=${`heading-${stage.id}`} tabindex="-1" aria-describedby=${selected ? options.progressId : nothing}>${stage.title}</${title}>`}
    <p class="summary">${stage.summary}</p>
    ${stage.blocks.map(
      (stageBlock) =>
        html`<div class="block">
          ${staticHtml`<${block}>${stageBlock.heading}</${block}>`} ${renderBlocks(stageBlock.body)}
        </div>`,
    )}
    <div class="block">
      ${staticHtml`<${block}>${stage.questionsHeading}</${block}>`}
      <ul class="questions">
        ${stage.questions.map((question) => html`<li>${question}</li>`)}
      </ul>
    </div>
  </div>`;
}
