import { expect, waitUntil } from '@open-wc/testing';
import { startThemePlayground, type ThemePlayground } from '../../demo/theme-app.js';
import {
  MODULE_URL,
  axeViolations,
  control,
  fill,
  blankPage,
  openDemoPage,
  openPage,
  rendered,
  type Page,
} from '../support/embed.js';

function widget(page: Page, tag: string): HTMLElement {
  return control(page, 'preview').querySelector<HTMLElement>(tag)!;
}

/** A colour inside a widget, as painted. */
function paint(el: HTMLElement, selector: string, property: 'color' | 'fontFamily' | 'borderRadius'): string {
  const inner = el.shadowRoot!.querySelector(selector)!;
  return el.ownerDocument.defaultView!.getComputedStyle(inner)[property];
}

function contrastRows(page: Page): Record<string, string> {
  const list = control(page, 'contrast');
  const terms = [...list.querySelectorAll('dt')].map((dt) => dt.textContent!);
  const values = [...list.querySelectorAll('dd')].map((dd) => dd.textContent!);
  return Object.fromEntries(terms.map((term, i) => [term, values[i]!]));
}

describe('the theme playground (demo/theme.html)', () => {
  let page: Page;
  let app: ThemePlayground;
  beforeEach(async () => {
    page = await openDemoPage('/demo/theme.html');
    app = startThemePlayground(page.doc);
    for (const tag of ['therapy-faq', 'therapy-guide', 'therapy-confidentiality', 'therapy-crisis']) {
      await rendered(widget(page, tag));
    }
  });
  afterEach(() => page.close());

  it('starts with no CSS, and changing a colour restyles the real widgets and writes the rule', async () => {
    expect(app.css()).to.match(/^\/\*.*\*\/$/);
    const crisis = widget(page, 'therapy-crisis');
    fill(page, 't-accent', '#8a2be2');
    expect(control(page, 'u-accent').checked).to.equal(true);
    expect(app.css()).to.equal(
      [
        'therapy-faq, therapy-guide, therapy-confidentiality, therapy-crisis {',
        '  --therapy-color-accent: #8a2be2;',
        '}',
      ].join('\n'),
    );
    expect(paint(crisis, 'a', 'color')).to.equal('rgb(138, 43, 226)');

    control(page, 'u-accent').click();
    expect(app.css()).not.to.contain('--therapy-color-accent');
    expect(paint(crisis, 'a', 'color')).not.to.equal('rgb(138, 43, 226)');
  });

  it('sets sizes from the sliders and the font from the list, and shows each value', async () => {
    fill(page, 't-radius', '1.25');
    expect(control(page, 't-radius').parentElement!.querySelector('output')!.value).to.equal('1.25em');
    fill(page, 't-font-size', '20');
    fill(page, 't-font', "Georgia, 'Times New Roman', serif");
    expect(app.css()).to.contain("  --therapy-font-family: Georgia, 'Times New Roman', serif;\n");
    expect(app.css()).to.contain('  --therapy-font-size: 20px;\n');
    expect(app.css()).to.contain('  --therapy-radius: 1.25em;\n');
    const faq = widget(page, 'therapy-faq');
    expect(paint(faq, '[part~="heading"]', 'fontFamily')).to.contain('Georgia');
    const view = page.win;
    expect(view.getComputedStyle(faq).fontSize).to.equal('20px');
  });

  it('shows the contrast of the colours the widgets will paint, in words', async () => {
    expect(contrastRows(page)['Text on panels']).to.match(/^\d+(\.\d+)? to 1: passes$/);
    fill(page, 't-text', '#777777');
    fill(page, 't-surface', '#ffffff');
    expect(contrastRows(page)['Text on panels']).to.equal('4.47 to 1: too low (needs 4.5 to 1)');
    expect(control(page, 'contrast').querySelector('dd.fail')).to.exist;
    control(page, 'u-text').click();
    control(page, 'u-surface').click();
    control(page, 'pt-dark').click();
    expect(widget(page, 'therapy-faq').getAttribute('theme')).to.equal('dark');
    expect(Object.values(contrastRows(page)).every((row) => row.endsWith('passes'))).to.equal(true);
    fill(page, 't-accent', '#8a2be2');
    expect(contrastRows(page)['Links on panels']).to.contain('too low');
  });

  it('starts again from the defaults with the reset button', async () => {
    fill(page, 't-space', '2');
    expect(app.css()).to.contain('--therapy-space: 2em');
    control(page, 'theme-form').querySelector<HTMLButtonElement>('button[type="reset"]')!.click();
    await waitUntil(() => !app.css().includes('--therapy-space'), 'the CSS is cleared');
    expect(control(page, 't-space').parentElement!.querySelector('output')!.value).to.equal('1em');
  });

  it('writes CSS that gives a blank page the same look', async () => {
    fill(page, 't-accent', '#8a2be2');
    fill(page, 't-radius', '0');
    const pasted = await openPage(
      blankPage(
        `<therapy-crisis jurisdiction="us"></therapy-crisis><style>${app.css()}</style>`,
        `<script type="module" src="${MODULE_URL}"></script>`,
      ),
    );
    const crisis = pasted.doc.querySelector<HTMLElement>('therapy-crisis')!;
    await rendered(crisis);
    expect(paint(crisis, 'a', 'color')).to.equal(paint(widget(page, 'therapy-crisis'), 'a', 'color'));
    expect(pasted.win.getComputedStyle(crisis).getPropertyValue('--therapy-radius').trim()).to.equal('0em');
    pasted.close();
  });

  it('copies the CSS', async () => {
    const written: string[] = [];
    Object.defineProperty(page.win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    fill(page, 't-accent', '#8a2be2');
    control(page, 'copy').click();
    await waitUntil(() => written.length === 1, 'the CSS is written to the clipboard');
    expect(written[0]).to.equal(app.css());
    expect(control(page, 'copy-status').textContent).to.contain('Copied');
  });

  it('is accessible', async () => {
    expect(await axeViolations(page)).to.deep.equal([]);
    fill(page, 't-accent', '#235e6f');
    fill(page, 't-radius', '1');
    expect(await axeViolations(page)).to.deep.equal([]);
    control(page, 'u-accent').click();
    control(page, 'pt-dark').click();
    expect(await axeViolations(page)).to.deep.equal([]);
  });
});
