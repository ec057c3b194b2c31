import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { definedWidgets } from '../support/widgets.js';

/** Where the paragraph below the widgets was in each frame the page painted, and if it showed. */
interface Sample {
  readonly top: number;
  readonly shown: boolean;
}

interface PageWindow extends Window {
  samples: Sample[];
  shifts: number;
  stopSampling: boolean;
}

const FALLBACK = '<link rel="stylesheet" href="/src/fallback.css" />';
const MODULE = '<script type="module" src="/src/index.ts" blocking="render"></script>';

/** Before anything else on the page: records every frame and, where the browser reports them, layout shifts. */
const RECORDER = `<script>
  window.samples = [];
  window.shifts = 0;
  window.stopSampling = false;
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  }
  (function sample() {
    const below = document.getElementById('below');
    if (below) {
      samples.push({
        top: below.getBoundingClientRect().top,
        shown: below.checkVisibility({ visibilityProperty: true }),
      });
    }
    if (!window.stopSampling) requestAnimationFrame(sample);
  })();
</script>`;

const tags = () => definedWidgets().map((w) => w.tag);

function page(head: string): string {
  const widgets = tags()
    .map((tag) => `<${tag} jurisdiction="us" practice-name="Calm Harbour Therapy"></${tag}>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," />
    ${RECORDER}${head}</head>
    <body><h1>Calm Harbour Therapy</h1><p>Before your first session.</p>${widgets}
    <p id="below">Content below the widgets: our address and opening hours.</p></body></html>`;
}

async function open(head: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow }> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Practice page" width="800" height="600"></iframe>`,
  );
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = page(head);
  await loaded;
  return { frame, win: frame.contentWindow as PageWindow };
}

function frames(win: Window, count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : win.requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

/** Adds the module to a page that has already painted, as when it arrives late. */
function loadModuleLate(win: PageWindow): void {
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = '/src/index.ts';
  win.document.head.append(script);
}

/** Waits until every widget on the page is defined and rendered, then stops recording. */
async function rendered(win: PageWindow): Promise<{ samples: Sample[]; shifts: number; final: number }> {
  for (const tag of tags()) await win.customElements.whenDefined(tag);
  const elements = [...win.document.querySelectorAll<LitElement>(tags().join(','))];
  for (const el of elements) await el.updateComplete;
  await frames(win, 3);
  win.stopSampling = true;
  const final = win.document.getElementById('below')!.getBoundingClientRect().top;
  return { samples: win.samples, shifts: win.shifts, final };
}

/** Frames where the reader saw the paragraph somewhere other than where it ends up. */
const moves = (samples: readonly Sample[], final: number) =>
  samples.filter((s) => s.shown && Math.abs(s.top - final) > 0.5).map((s) => s.top);

const honoursRenderBlocking = (() => {
  const script = document.createElement('script') as HTMLScriptElement & { blocking?: DOMTokenList };
  return script.blocking?.supports('render') ?? false;
})();

describe('theming: no layout shift when the module loads', () => {
  const cases = [
    { name: 'the README snippet with the fallback sheet', head: FALLBACK + MODULE, late: false },
    {
      name: 'a module that arrives after the first paint, with the fallback sheet',
      head: FALLBACK,
      late: true,
    },
    // The snippet alone relies on blocking="render", so it is only promised where that is honoured.
    ...(honoursRenderBlocking
      ? [{ name: 'the README snippet alone (blocking="render")', head: MODULE, late: false }]
      : []),
  ];

  for (const c of cases) {
    it(`${c.name}: the content below never moves while shown`, async () => {
      const { win } = await open(c.head);
      if (c.late) {
        await frames(win, 3);
        loadModuleLate(win);
      }
      const { samples, shifts, final } = await rendered(win);
      expect(final, 'the widgets push the content far down').to.be.above(600);
      expect(samples.some((s) => s.shown)).to.be.true;
      expect(moves(samples, final)).to.deep.equal([]);
      expect(shifts).to.equal(0);
    });
  }

  it('without the fallback sheet, a late module moves the content below (what the measurement catches)', async () => {
    const { win } = await open('');
    await frames(win, 3);
    loadModuleLate(win);
    const { samples, shifts, final } = await rendered(win);
    expect(moves(samples, final)).not.to.be.empty;
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) expect(shifts).to.be.above(0);
  });

  it('the fallback sheet shows the page after 1.5 s even if the module never arrives', async () => {
    const { win } = await open(FALLBACK);
    const body = win.document.body;
    expect(win.getComputedStyle(body).visibility).to.equal('hidden');
    const reveal = win.document
      .getAnimations()
      .find((a) => (a as CSSAnimation).animationName === 'therapy-widgets-reveal');
    expect(reveal, 'the reveal animation').to.exist;
    expect(reveal!.effect!.getTiming().delay).to.equal(1500);
    reveal!.currentTime = 1500;
    expect(win.getComputedStyle(body).visibility).to.equal('visible');
  });
});
