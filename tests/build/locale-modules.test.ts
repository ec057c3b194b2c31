import { expect, waitUntil } from '@open-wc/testing';
import { monthName } from '../../src/content/index.js';
import { CRISIS_LAST_CHECKED } from '../../src/content/jurisdictions.js';

const FILES = ['therapy-widgets.js', 'therapy-widgets.en.js', 'therapy-widgets.es.js'];

interface Loaded {
  win: Window & { warnings?: string[]; exported?: string[] };
  frame: HTMLIFrameElement;
}

/**
 * A page that loads one built file, with `body` as its content; it records every
 * `console.warn` (from before the module runs) and the module's export names.
 */
async function page(file: string, body: string, lang = 'en'): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>
<script>window.warnings = []; const warn = console.warn; console.warn = (...a) => { warnings.push(a.join(' ')); warn(...a); };</script>
<script type="module">import * as m from '/dist/${file}'; window.exported = Object.keys(m).sort();</script>
</head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Loaded['win'];
  await waitUntil(() => win.exported, `${file} loads`, { timeout: 10_000 });
  return { win, frame };
}

async function crisisIn(win: Window, selector = 'therapy-crisis'): Promise<Element> {
  const crisis = win.document.querySelector(selector)!;
  await waitUntil(() => crisis.shadowRoot?.querySelector('.checked'), 'the crisis notice renders');
  return crisis.shadowRoot!.querySelector('.root')!;
}

const CRISIS = '<therapy-crisis jurisdiction="uk" practice-name="Calm Harbour Therapy"></therapy-crisis>';

describe('the per-locale modules, dist/therapy-widgets.en.js and .es.js', () => {
  it('export the same API as the all-locale module', async () => {
    const exports: string[][] = [];
    for (const file of FILES) {
      const { win, frame } = await page(file, '');
      exports.push(win.exported!);
      frame.remove();
    }
    expect(exports[0]).to.include('TherapyFaq');
    expect(exports[1]).to.deep.equal(exports[0]);
    expect(exports[2]).to.deep.equal(exports[0]);
  });

  it('the English file shows English, and the Spanish file Spanish, without a warning', async () => {
    for (const [file, lang] of [
      ['therapy-widgets.en.js', 'en'],
      ['therapy-widgets.es.js', 'es'],
    ] as const) {
      const { win, frame } = await page(file, CRISIS, lang);
      const root = await crisisIn(win);
      expect(root.getAttribute('lang')).to.equal(lang);
      expect(root.querySelector('.checked')!.textContent).to.contain(monthName(CRISIS_LAST_CHECKED, lang));
      expect(win.warnings).to.deep.equal([]);
      frame.remove();
    }
  });

  it('the Spanish file shows Spanish on a page that names no language, without a warning', async () => {
    const { win, frame } = await page('therapy-widgets.es.js', CRISIS, '');
    const root = await crisisIn(win);
    expect(root.getAttribute('lang')).to.equal('es');
    expect(win.warnings).to.deep.equal([]);
    frame.remove();
  });

  it('a file asked for a language it lacks shows its own, with one warning naming the file to load', async () => {
    for (const [file, asked, own, wanted] of [
      ['therapy-widgets.en.js', 'es', 'en', 'therapy-widgets.es.js'],
      ['therapy-widgets.es.js', 'en', 'es', 'therapy-widgets.en.js'],
    ] as const) {
      // Two elements asking for the missing language: still one warning on the page.
      const { win, frame } = await page(
        file,
        `${CRISIS}<therapy-crisis id="again" jurisdiction="us"></therapy-crisis>`,
        asked,
      );
      const root = await crisisIn(win);
      await crisisIn(win, '#again');
      expect(root.getAttribute('lang'), 'the text is marked as the language it is in').to.equal(own);
      expect(root.querySelector('.checked')!.textContent).to.contain(monthName(CRISIS_LAST_CHECKED, own));
      expect(win.warnings).to.have.length(1);
      expect(win.warnings![0]).to.contain(file).and.contain(wanted).and.contain('therapy-widgets.js');
      frame.remove();
    }
  });

  it('the all-locale file shows either language without a warning', async () => {
    const { win, frame } = await page(
      'therapy-widgets.js',
      `${CRISIS}<therapy-crisis id="es" lang="es" jurisdiction="us"></therapy-crisis>`,
    );
    expect((await crisisIn(win)).getAttribute('lang')).to.equal('en');
    expect((await crisisIn(win, '#es')).getAttribute('lang')).to.equal('es');
    expect(win.warnings).to.deep.equal([]);
    frame.remove();
  });
});

describe('every built file', () => {
  for (const file of FILES) {
    it(`${file}: its .sri is its sha384, it keeps Lit's licence, and its templates are minified`, async () => {
      const bytes = await (await fetch(`/dist/${file}`)).arrayBuffer();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
      const sri = `sha384-${btoa(String.fromCharCode(...digest))}`;
      expect((await (await fetch(`/dist/${file}.sri`)).text()).trim()).to.equal(sri);
      const code = new TextDecoder().decode(bytes);
      expect(code).to.match(/@license[\s\S]*Copyright \d{4} Google LLC[\s\S]*BSD-3-Clause/);
      // Unminified templates keep their indentation and their CSS comments.
      expect(code).not.to.match(/\n {4}/);
      expect(code).not.to.contain('/* Inherit');
      expect(code).to.contain(':host{');
    });

    it(`${file}: draws each verdict icon's shapes side by side, as written`, async () => {
      const { win, frame } = await page(
        file,
        '<therapy-confidentiality jurisdiction="us" practice-name="Calm Harbour Therapy"></therapy-confidentiality>',
      );
      const el = win.document.querySelector('therapy-confidentiality')!;
      await waitUntil(() => el.shadowRoot?.querySelector('svg[data-shape]'), 'the explainer renders');
      const icons = [...el.shadowRoot!.querySelectorAll('svg[data-shape]')];
      for (const icon of icons) {
        const shape = icon.getAttribute('data-shape');
        const shapes = [...icon.children];
        // Two shapes or more, none inside another (a shape with children is not drawn).
        expect(shapes.length, `${shape}: its shapes`).to.be.at.least(2);
        for (const child of shapes)
          expect(child.children.length, `${shape}: inside <${child.localName}>`).to.equal(0);
      }
      frame.remove();
    });

    it(`${file}: starts with V8's compile hint, so Chromium compiles it while it downloads`, async () => {
      const code = await (await fetch(`/dist/${file}`)).text();
      // Only as the very first line does V8 read it; anywhere else it is an ordinary comment.
      expect(code.slice(0, code.indexOf('\n'))).to.equal('//# allFunctionsCalledOnLoad');
    });
  }
});
