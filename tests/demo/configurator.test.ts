import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startConfigurator, type Configurator } from '../../demo/configurator-app.js';
import { CONFIG_ID } from '../../demo/snippet.js';
import { TOKENS } from '../../demo/tokens.js';
import {
  MODULE_URL,
  WIDGET_TAGS,
  axeViolations,
  control,
  fill,
  blankPage,
  builtIntegrity,
  integrityOf,
  openDemoPage,
  openPage,
  rendered,
  type Page,
} from '../support/embed.js';
import { textOf } from '../support/helpers.js';

/** The configurator page, started as its entry does, with the built module's hash. */
async function openConfigurator(integrity: string | undefined): Promise<{ page: Page; app: Configurator }> {
  const page = await openDemoPage('/demo/configurator.html');
  const app = startConfigurator(page.doc, integrity);
  return { page, app };
}

function setChecked(page: Page, id: string, checked: boolean): void {
  const box = control(page, id);
  if (box.checked !== checked) box.click();
}

function previewWidgets(page: Page): HTMLElement[] {
  return [...control(page, 'preview').querySelectorAll<HTMLElement>(':scope > [data-widget]')];
}

/** The element's attributes, sorted (the preview sets them in the order they were typed). */
function attributesOf(el: Element): [string, string][] {
  return el
    .getAttributeNames()
    .filter((name) => name !== 'data-widget')
    .sort()
    .map((name) => [name, el.getAttribute(name)!]);
}

/**
 * What the settings decide of a widget's look: every token as the element sees it, and the
 * colours and font they paint. (With the light theme the rest comes from the host page, which
 * differs between the configurator and a blank page.)
 */
function lookOf(el: HTMLElement): Record<string, string> {
  const view = el.ownerDocument.defaultView!;
  const root = el.shadowRoot!.querySelector('.root') ?? el.shadowRoot!.firstElementChild!;
  const link = el.shadowRoot!.querySelector('a');
  const look: Record<string, string> = {
    rootBackground: view.getComputedStyle(root).backgroundColor,
    linkColor: link ? view.getComputedStyle(link).color : 'no link',
  };
  for (const { name } of TOKENS) look[name] = view.getComputedStyle(el).getPropertyValue(name).trim();
  if (look['--therapy-font-family']) look['font'] = view.getComputedStyle(root).fontFamily;
  if (el.getAttribute('theme') === 'dark') look['color'] = view.getComputedStyle(root).color;
  return look;
}

/** Pastes the snippet into a blank page and checks it shows exactly what the preview shows. */
async function expectPastedLikePreview(page: Page, snippet: string): Promise<void> {
  const pasted = await openPage(blankPage(snippet), { watchErrors: true });
  const previews = previewWidgets(page);
  const widgets = [...pasted.doc.body.querySelectorAll<HTMLElement>(WIDGET_TAGS.join(', '))];
  expect(widgets.map((el) => el.localName)).to.deep.equal(previews.map((el) => el.localName));
  expect(widgets.length).to.be.greaterThan(0);
  for (const [i, widget] of widgets.entries()) {
    const preview = previews[i]!;
    await rendered(preview);
    await rendered(widget);
    const name = widget.localName;
    expect(attributesOf(widget), name).to.deep.equal(attributesOf(preview));
    expect(textOf(widget), name).to.equal(textOf(preview));
    expect(lookOf(widget), name).to.deep.equal(lookOf(preview));
  }
  expect(pasted.errors()).to.deep.equal([]);
  pasted.close();
}

describe('the configurator (demo/configurator.html)', () => {
  let integrity: string;
  let page: Page;
  before(async () => {
    integrity = await builtIntegrity();
  });
  afterEach(() => page?.close());

  it('shows the real widgets and a snippet, both updated as the practice types', async () => {
    ({ page } = await openConfigurator(integrity));
    const snippet = control<HTMLTextAreaElement>(page, 'snippet');
    expect(previewWidgets(page).map((el) => el.localName)).to.deep.equal([...WIDGET_TAGS]);
    for (const widget of previewWidgets(page)) {
      await rendered(widget);
      expect(widget.getAttribute('practice-name')).to.equal('Calm Harbour Therapy');
    }
    expect(snippet.value).to.contain('practice-name="Calm Harbour Therapy"');

    const name = control(page, 'practice-name');
    name.select();
    name.focus();
    await sendKeys({ type: 'Harbour Light' });
    expect(name.value).to.equal('Harbour Light');
    const crisis = previewWidgets(page).find((el) => el.localName === 'therapy-crisis')!;
    expect(crisis.getAttribute('practice-name')).to.equal('Harbour Light');
    await rendered(crisis);
    expect(textOf(crisis)).to.contain('Harbour Light is not an emergency service');
    expect(snippet.value).to.contain('practice-name="Harbour Light"');
    fill(page, 'practice-name', 'Harbour & "Co"');
    expect(snippet.value).to.contain('practice-name="Harbour &amp; &quot;Co&quot;"');
  });

  it('writes a snippet that, pasted into a blank page, shows the same widgets with the same settings', async () => {
    ({ page } = await openConfigurator(integrity));
    fill(page, 'script-url', MODULE_URL);
    fill(page, 'practice-name', 'Harbour "Light" Counselling');
    fill(page, 'jurisdiction', 'uk');
    fill(page, 'lang', 'es');
    fill(page, 'session-minutes', '60');
    fill(page, 'format', 'online');
    fill(page, 'heading-level', '3');
    fill(page, 'booking-url', 'https://harbour.example/book?from=site&lang=es');
    fill(page, 'contact-url', '/contact');
    fill(page, 'policy-url', 'https://harbour.example/privacy');
    fill(page, 'phone', '020 7946 0000');
    fill(page, 'email', 'hola@harbour.example');
    control(page, 'theme-dark').click();
    fill(page, 'accent', '#7a2e8f');
    fill(page, 'font', "Georgia, 'Times New Roman', serif");

    const snippet = control<HTMLTextAreaElement>(page, 'snippet').value;
    expect(snippet).to.contain(`integrity="${integrity}"`);
    expect(await integrityOf(MODULE_URL)).to.equal(integrity);
    expect(snippet).to.contain('--therapy-color-accent: #7a2e8f;');
    expect(previewWidgets(page)[0]!.getAttribute('theme')).to.equal('dark');
    await expectPastedLikePreview(page, snippet);
  });

  it('with one settings block, the pasted page still matches the preview', async () => {
    ({ page } = await openConfigurator(integrity));
    fill(page, 'script-url', MODULE_URL);
    fill(page, 'jurisdiction', 'au');
    fill(page, 'session-minutes', '45');
    fill(page, 'phone', '02 5550 1234');
    fill(page, 'practice-name', '</script><script>parent.pwned = 1</script>');
    setChecked(page, 'use-config', true);
    setChecked(page, 'use-surface', true);

    const snippet = control<HTMLTextAreaElement>(page, 'snippet').value;
    const parsed = new DOMParser().parseFromString(blankPage(snippet), 'text/html');
    expect(JSON.parse(parsed.getElementById(CONFIG_ID)!.textContent!)).to.deep.equal({
      'practice-name': '</script><script>parent.pwned = 1</script>',
      jurisdiction: 'au',
      'session-minutes': 45,
      phone: '02 5550 1234',
    });
    for (const tag of parsed.body.querySelectorAll(WIDGET_TAGS.join(', '))) {
      expect(attributesOf(tag)).to.deep.equal([['config', CONFIG_ID]]);
    }
    await expectPastedLikePreview(page, snippet);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('checks the hash: with another hash the browser refuses to run the module', async () => {
    ({ page } = await openConfigurator(integrity));
    // An address of its own: Chromium keeps refusing a URL that once failed its check.
    fill(page, 'script-url', `${MODULE_URL}?tampered`);
    const snippet = control<HTMLTextAreaElement>(page, 'snippet').value;
    const tampered = snippet.replace(integrity, await integrityOf('/dist/therapy-widgets.js.sri'));
    const pasted = await openPage(blankPage(tampered));
    expect(pasted.doc.querySelector('therapy-faq')).to.exist;
    expect(pasted.win.customElements.get('therapy-faq')).to.equal(undefined);
    pasted.close();
  });

  it('offers each widget: the preview and the snippet keep only the chosen ones, in page order', async () => {
    ({ page } = await openConfigurator(integrity));
    const snippetTags = () =>
      [
        ...new DOMParser().parseFromString(control<HTMLTextAreaElement>(page, 'snippet').value, 'text/html')
          .body.children,
      ]
        .map((el) => el.localName)
        .filter((tag) => tag.startsWith('therapy-'));
    setChecked(page, 'el-guide', false);
    setChecked(page, 'el-crisis', false);
    expect(previewWidgets(page).map((el) => el.localName)).to.deep.equal([
      'therapy-confidentiality',
      'therapy-faq',
    ]);
    expect(snippetTags()).to.deep.equal(['therapy-confidentiality', 'therapy-faq']);
    const faq = previewWidgets(page)[1];
    setChecked(page, 'el-guide', true);
    expect(previewWidgets(page).map((el) => el.localName)).to.deep.equal([
      'therapy-guide',
      'therapy-confidentiality',
      'therapy-faq',
    ]);
    expect(previewWidgets(page)[2]).to.equal(faq, 'the FAQ already shown is kept, not rebuilt');
    expect(snippetTags()).to.deep.equal(['therapy-guide', 'therapy-confidentiality', 'therapy-faq']);
  });

  it('says under a field when the widgets would leave its value out', async () => {
    ({ page } = await openConfigurator(integrity));
    const phone = control(page, 'phone');
    const problem = control(page, 'phone-problem');
    expect(problem.hidden).to.equal(true);
    fill(page, 'phone', 'call me');
    expect(problem.hidden).to.equal(false);
    expect(problem.textContent).to.contain('leave this out');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(phone.getAttribute('aria-describedby')).to.contain('phone-problem');
    fill(page, 'phone', '+44 20 7946 0000');
    expect(problem.hidden).to.equal(true);
    expect(phone.hasAttribute('aria-invalid')).to.equal(false);
    fill(page, 'booking-url', 'javascript:alert(1)');
    expect(control(page, 'booking-url-problem').hidden).to.equal(false);
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('copies the snippet and says so in a polite status; when refused, selects it and says how', async () => {
    ({ page } = await openConfigurator(integrity));
    const written: string[] = [];
    let refuse = false;
    Object.defineProperty(page.win.navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (text: string) => {
          if (refuse) throw new DOMException('Refused', 'NotAllowedError');
          written.push(text);
        },
      },
    });
    const status = control(page, 'copy-status');
    const snippet = control<HTMLTextAreaElement>(page, 'snippet');
    expect(status.getAttribute('role')).to.equal('status');
    control(page, 'copy').click();
    await waitUntil(() => status.textContent !== '', 'the status speaks');
    expect(written).to.deep.equal([snippet.value]);
    expect(status.textContent).to.contain('Copied');

    refuse = true;
    control(page, 'copy').click();
    await waitUntil(() => status.textContent!.includes('Ctrl+C'), 'the status says how to copy');
    expect([snippet.selectionStart, snippet.selectionEnd]).to.deep.equal([0, snippet.value.length]);
  });

  it('before the first build, writes no placeholder hash and says how to get the real one', async () => {
    ({ page } = await openConfigurator(undefined));
    expect(control<HTMLTextAreaElement>(page, 'snippet').value).not.to.contain('integrity=');
    expect(control(page, 'sri-note').textContent).to.contain('run npm run build to get the hash');
  });

  it('is accessible, and stores nothing', async () => {
    ({ page } = await openConfigurator(integrity));
    for (const widget of previewWidgets(page)) await rendered(widget);
    expect(await axeViolations(page)).to.deep.equal([]);
    setChecked(page, 'use-config', true);
    fill(page, 'practice-name', 'Somewhere Calm');
    expect(page.win.localStorage.length).to.equal(0);
    expect(page.win.sessionStorage.length).to.equal(0);
    expect(page.doc.cookie).to.equal('');
    expect(control<HTMLFormElement>(page, 'configurator').getAttribute('autocomplete')).to.equal('off');
  });
});
