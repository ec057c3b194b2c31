/**
 * The editor (demo/editor.html), as a practice owner uses it: every field writes what it says,
 * content can be hidden and reworded per language, own questions added and reordered, the
 * snippet pasted into a blank page shows what the preview shows, a hostile snippet is read
 * safely, settings go to a file and back, and the page speaks English and Spanish.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startEditor, type Editor } from '../../demo/editor/app.js';
import { SPECS, blockValue, type FieldSpec } from '../../demo/editor/fields.js';
import { CONFIG_ID } from '../../demo/snippet.js';
import {
  MODULE_URL,
  WIDGET_TAGS,
  axeViolations,
  blankPage,
  builtIntegrity,
  control,
  fill,
  openDemoPage,
  openPage,
  rendered,
  type Page,
} from '../support/embed.js';
import { textOf } from '../support/helpers.js';

async function openEditor(integrity: string | undefined): Promise<{ page: Page; editor: Editor }> {
  const page = await openDemoPage('/demo/editor.html');
  const editor = startEditor(page.doc, integrity);
  fill(page, 'f-script-url', MODULE_URL);
  return { page, editor };
}

const previewWidgets = (page: Page): HTMLElement[] => [
  ...control(page, 'preview').querySelectorAll<HTMLElement>(WIDGET_TAGS.join(', ')),
];
const widget = (page: Page, tag: string): HTMLElement =>
  control(page, 'preview').querySelector<HTMLElement>(tag)!;
const HARD_ENGLISH =
  'Notwithstanding considerable variability, remuneration arrangements necessitate individualised consultation regarding affordability and reimbursement eligibility.';
const HARD_SPANISH =
  'No obstante la considerable variabilidad, los correspondientes procedimientos administrativos de facturación requieren necesariamente una consulta individualizada relativa a la financiación.';
const PLAIN_SPANISH =
  'Pregúntanos. Te diremos el precio antes de reservar. Puedes llamar o escribir cuando quieras.';
const snippetOf = (page: Page): string => control<HTMLTextAreaElement>(page, 'snippet').value;

/** The settings block the snippet carries. */
function blockOf(snippet: string): Record<string, unknown> {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  const block = doc.getElementById(CONFIG_ID);
  return block ? (JSON.parse(block.textContent ?? '') as Record<string, unknown>) : {};
}

/** A value each field accepts, as the owner would type or choose it. */
const SAMPLES: Readonly<Record<string, string>> = {
  'practice-name': 'Harbour "Light" & Co',
  jurisdiction: 'uk',
  lang: 'es',
  clients: 'adults couples',
  languages: 'en es',
  phone: '020 7946 0000',
  email: 'hola@harbour.example',
  'booking-url': 'https://harbour.example/book?x=1&y=2',
  'contact-url': '/contact',
  'policy-url': 'https://harbour.example/privacy',
  'reply-days': '2',
  fee: '95.50',
  'first-session-fee': '120',
  currency: 'EUR',
  'sliding-scale': 'yes',
  'free-call': '15',
  insurance: 'Aetna, Cigna',
  superbills: 'no',
  'cancellation-hours': '24',
  'cancellation-fee': 'full',
  hipaa: 'yes',
  format: 'online',
  'session-minutes': '50',
  address: '1 Quay Street, Bristol',
  access: 'Step-free entrance; parking behind the building',
  hours: 'Mon–Thu 9:00–19:00',
  'video-platform': 'Doxy.me',
  'wait-weeks': '3',
  theme: 'dark',
  'heading-level': '3',
};

/** Sets a field the way its control takes input. */
function setField(page: Page, spec: FieldSpec, value: string): void {
  if (spec.kind === 'choices') {
    for (const box of page.doc.querySelectorAll<HTMLInputElement>(`input[name="${spec.name}"]`)) {
      if (box.checked !== value.split(' ').includes(box.value)) box.click();
    }
    return;
  }
  fill(page, `f-${spec.name}`, value);
}

describe('the editor (demo/editor.html)', () => {
  let integrity: string;
  let page: Page;
  before(async () => {
    integrity = await builtIntegrity();
  });
  afterEach(() => page?.close());

  it('has a field for every setting and fact, named for the attribute it writes, and each writes what it says', async () => {
    ({ page } = await openEditor(integrity));
    expect(SPECS.map((s) => s.name).sort()).to.deep.equal(Object.keys(SAMPLES).sort());
    for (const spec of SPECS) {
      const named = page.doc.querySelectorAll(`#editor [name="${spec.name}"]`);
      expect(named.length, spec.name).to.be.greaterThan(0);
      setField(page, spec, SAMPLES[spec.name]!);
      expect(blockOf(snippetOf(page))[spec.name], spec.name).to.deep.equal(
        blockValue(spec, SAMPLES[spec.name]!),
      );
      // The preview reads the same block.
      const preview = page.doc.querySelector(`#preview script#${CONFIG_ID}`)!;
      expect(JSON.parse(preview.textContent!)[spec.name], spec.name).to.deep.equal(
        blockValue(spec, SAMPLES[spec.name]!),
      );
    }
    const faq = widget(page, 'therapy-faq');
    await rendered(faq);
    expect(faq.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h3');
    expect(textOf(widget(page, 'therapy-crisis'))).to.contain('Harbour "Light" & Co');
    expect(textOf(widget(page, 'therapy-crisis'))).to.contain('Samaritans');
    // The facts are stated where they belong (online only: the video service, no address).
    expect(textOf(faq)).to.contain('Doxy.me');

    // On each tag instead: the same values as attributes.
    control(page, 'f-on-each-tag').click();
    for (const el of previewWidgets(page)) {
      for (const spec of SPECS)
        expect(el.getAttribute(spec.name), `${el.localName} ${spec.name}`).to.equal(SAMPLES[spec.name]);
      expect(el.hasAttribute('config')).to.equal(false);
    }
  });

  it("shows a bad value's problem next to the field, in the widget's own words", async () => {
    ({ page } = await openEditor(integrity));
    control(page, 'f-on-each-tag').click();
    const warnings: string[] = [];
    page.win.console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    for (const [name, bad] of [
      ['fee', '£150'],
      ['cancellation-hours', '200'],
      ['booking-url', 'javascript:alert(1)'],
      ['phone', 'call me'],
    ] as const) {
      fill(page, `f-${name}`, bad);
      const input = control(page, `f-${name}`);
      const problem = control(page, `f-${name}-problem`);
      const accepted = SPECS.find((s) => s.name === name)!.field.accepted;
      expect(problem.hidden, name).to.equal(false);
      expect(problem.textContent).to.contain(accepted);
      expect(input.getAttribute('aria-describedby')).to.contain(`f-${name}-problem`);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      // The widgets log the same words.
      await rendered(widget(page, 'therapy-faq'));
      const logged = warnings.some((w) => w.includes(`"${name}"`) && w.includes(accepted));
      expect(logged, name).to.equal(true);
    }
    fill(page, 'f-fee', '150');
    expect(control(page, 'f-fee-problem').hidden).to.equal(true);
    // A fee with no currency where the country has none: said in plain words, on the currency field.
    fill(page, 'f-jurisdiction', 'generic');
    expect(control(page, 'f-currency-problem').hidden).to.equal(false);
    expect(control(page, 'f-currency-problem').textContent).to.contain(
      'Choose the currency your fees are in',
    );
    fill(page, 'f-currency', 'USD');
    expect(control(page, 'f-currency-problem').hidden).to.equal(true);
  });

  it('hides items, rewords them per language, resets them, and warns about hard words as they are typed', async () => {
    ({ page } = await openEditor(integrity));
    const cost = control(page, 'show-therapy-faq-cost');
    cost.click();
    expect(widget(page, 'therapy-faq').getAttribute('exclude')).to.equal('cost');
    expect(snippetOf(page)).to.contain('exclude="cost"');
    await rendered(widget(page, 'therapy-faq'));
    expect(widget(page, 'therapy-faq').shadowRoot!.querySelector('#faq-cost')).to.equal(null);

    const edit = cost.closest('li')!.querySelector('details.edit') as HTMLDetailsElement;
    edit.open = true;
    await waitUntil(() => edit.querySelector('textarea'), 'the wording boxes appear');
    const question = control<HTMLTextAreaElement>(page, 't-en-faq-cost-question');
    expect(question.name).to.equal('faq.cost.question');
    fill(page, 't-en-faq-cost-question', 'What will I pay?');
    cost.click();
    expect(blockOf(snippetOf(page))['text']).to.deep.equal({
      en: { 'faq.cost.question': 'What will I pay?' },
    });
    await rendered(widget(page, 'therapy-faq'));
    expect(textOf(widget(page, 'therapy-faq'))).to.contain('What will I pay?');

    const grade = control(page, 't-en-faq-cost-answer-grade');
    fill(page, 't-en-faq-cost-answer', HARD_ENGLISH);
    expect(grade.hidden).to.equal(false);
    expect(grade.textContent).to.match(/grade \d+(\.\d)?/);
    expect(control(page, 't-en-faq-cost-answer').getAttribute('aria-describedby')).to.contain(grade.id);
    fill(page, 't-en-faq-cost-answer', 'Ask us. We will tell you the fee before you book.');
    expect(grade.hidden).to.equal(true);

    // Spanish wording, kept apart from the English.
    fill(page, 'wording-lang', 'es');
    const esEdit = page.doc
      .querySelector('#show-therapy-faq-cost')!
      .closest('li')!
      .querySelector('details.edit') as HTMLDetailsElement;
    esEdit.open = true;
    await waitUntil(() => esEdit.querySelector('textarea'), 'the Spanish boxes appear');
    fill(page, 't-es-faq-cost-question', '¿Cuánto pagaré?');
    expect(blockOf(snippetOf(page))['text']).to.deep.equal({
      en: {
        'faq.cost.question': 'What will I pay?',
        'faq.cost.answer': 'Ask us. We will tell you the fee before you book.',
      },
      es: { 'faq.cost.question': '¿Cuánto pagaré?' },
    });
    fill(page, 'preview-lang', 'es');
    await rendered(widget(page, 'therapy-faq'));
    expect(textOf(widget(page, 'therapy-faq'))).to.contain('¿Cuánto pagaré?');

    (esEdit.querySelector('button[data-reset="faq.cost.question"]') as HTMLButtonElement).click();
    const reset = control<HTMLTextAreaElement>(page, 't-es-faq-cost-question');
    expect(reset.value).to.equal(reset.dataset['fallback']);
    expect(reset.value).to.match(/^¿.+\?$/);
    expect(reset.value).not.to.equal('¿Cuánto pagaré?');
    expect((blockOf(snippetOf(page))['text'] as Record<string, unknown>)['es']).to.equal(undefined);

    // Spanish is scored as Spanish (INFLESZ), not by an English grade.
    const esNote = control(page, 't-es-faq-cost-answer-grade');
    expect(esNote.hidden, 'our own Spanish answer').to.equal(true);
    fill(page, 't-es-faq-cost-answer', HARD_SPANISH);
    expect(esNote.hidden).to.equal(false);
    expect(esNote.textContent).to.match(/INFLESZ/);
    expect(esNote.textContent).to.match(/-?\d+/);
    expect(control(page, 't-es-faq-cost-answer').getAttribute('aria-describedby')).to.contain(esNote.id);
    fill(page, 't-es-faq-cost-answer', PLAIN_SPANISH);
    expect(esNote.hidden).to.equal(true);
  });

  it('keeps what the owner opened when the facts change, and never rebuilds what is clicked next', async () => {
    ({ page } = await openEditor(integrity));
    fill(page, 'f-jurisdiction', 'us');
    const before = page.doc.querySelector('section.content');
    const faqContent = (): HTMLDetailsElement =>
      page.doc.querySelector('details[data-content="therapy-faq"]')!;
    faqContent().querySelector('summary')!.click();
    expect(faqContent().open).to.equal(true);
    const fee = control(page, 'f-fee');
    fee.value = '150';
    fee.dispatchEvent(new Event('input', { bubbles: true }));
    expect(page.doc.querySelector('section.content')).not.to.equal(before, 'the lists were made again');
    expect(faqContent().open, 'still open after the lists were made again').to.equal(true);
    const guide = page.doc.querySelector<HTMLElement>('details[data-content="therapy-guide"] > summary')!;
    // Leaving the fee field (change), then clicking the next thing: the click lands.
    fee.dispatchEvent(new Event('change', { bubbles: true }));
    guide.click();
    expect((guide.parentElement as HTMLDetailsElement).open).to.equal(true);
    expect(guide.isConnected).to.equal(true);
  });

  it("adds, edits, reorders and removes the practice's own questions, as <details> in the snippet", async () => {
    ({ page } = await openEditor(integrity));
    control(page, 'own-add').click();
    expect(page.doc.activeElement?.id).to.equal('own-1-question');
    fill(page, 'own-1-question', 'Do you offer <b>evening</b> sessions?');
    fill(page, 'own-1-answer', 'Yes, until 8pm.\n\nAsk us for a time.');
    fill(page, 'own-1-category', 'sessions');
    control(page, 'own-add').click();
    fill(page, 'own-2-question', 'Is there parking?');
    fill(page, 'own-2-id', 'parking');
    (page.doc.querySelector('button[data-own-action="up"][data-own="1"]') as HTMLButtonElement).click();
    expect(page.doc.activeElement?.id).to.equal('own-1-question');
    const snippet = snippetOf(page);
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    const details = [...parsed.querySelectorAll('therapy-faq > details')];
    expect(details.map((d) => d.querySelector('summary')!.textContent)).to.deep.equal([
      'Is there parking?',
      'Do you offer <b>evening</b> sessions?',
    ]);
    expect(details[0]!.id).to.equal('parking');
    expect(details[1]!.getAttribute('data-category')).to.equal('sessions');
    expect([...details[1]!.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
      'Yes, until 8pm.',
      'Ask us for a time.',
    ]);
    expect(parsed.querySelector('b')).to.equal(null);
    const faq = widget(page, 'therapy-faq');
    await rendered(faq);
    expect(textOf(faq)).to.contain('Do you offer <b>evening</b> sessions?');
    expect(faq.querySelector('b')).to.equal(null);

    (page.doc.querySelector('button[data-own-action="remove"][data-own="0"]') as HTMLButtonElement).click();
    expect(
      [...new DOMParser().parseFromString(snippetOf(page), 'text/html').querySelectorAll('summary')].map(
        (s) => s.textContent,
      ),
    ).to.deep.equal(['Do you offer <b>evening</b> sessions?']);
  });

  it('writes an own question in one language as <details lang>, shown and scored in that language only', async () => {
    ({ page } = await openEditor(integrity));
    control(page, 'own-add').click();
    fill(page, 'own-1-question', 'Is there parking?');
    fill(page, 'own-1-answer', 'Yes, behind the building.');
    fill(page, 'own-1-lang', 'en');
    control(page, 'own-add').click();
    fill(page, 'own-2-question', '¿Hay estacionamiento?');
    fill(page, 'own-2-lang', 'es');
    expect(control(page, 'own-2-lang').getAttribute('aria-describedby')).to.equal('own-2-lang-hint');
    // Scored as Spanish, though the editor's wording language is English.
    const note = control(page, 'own-2-answer-grade');
    fill(page, 'own-2-answer', HARD_SPANISH);
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.match(/INFLESZ/);
    expect(control(page, 'own-2-answer').lang).to.equal('es');
    fill(page, 'own-2-answer', PLAIN_SPANISH);
    expect(note.hidden).to.equal(true);

    const details = [
      ...new DOMParser()
        .parseFromString(snippetOf(page), 'text/html')
        .querySelectorAll('therapy-faq > details'),
    ];
    expect(details.map((d) => d.getAttribute('lang'))).to.deep.equal(['en', 'es']);
    await rendered(widget(page, 'therapy-faq'));
    expect(textOf(widget(page, 'therapy-faq'))).to.contain('Is there parking?');
    expect(textOf(widget(page, 'therapy-faq'))).not.to.contain('estacionamiento');
    fill(page, 'preview-lang', 'es');
    await rendered(widget(page, 'therapy-faq'));
    expect(textOf(widget(page, 'therapy-faq'))).to.contain('¿Hay estacionamiento?');
    expect(textOf(widget(page, 'therapy-faq'))).not.to.contain('Is there parking?');

    // Back to every language: no lang on its <details>.
    fill(page, 'own-2-lang', '');
    expect(control(page, 'own-2-answer').lang).to.equal('');
    const again = new DOMParser().parseFromString(snippetOf(page), 'text/html');
    expect(
      [...again.querySelectorAll('therapy-faq > details')].map((d) => d.hasAttribute('lang')),
    ).to.deep.equal([true, false]);
  });

  it('still warns about hard words when their boxes are drawn again', async () => {
    ({ page } = await openEditor(integrity));
    const editOf = (): HTMLDetailsElement =>
      control(page, 'show-therapy-faq-cost')
        .closest('li')!
        .querySelector('details.edit') as HTMLDetailsElement;
    editOf().open = true;
    await waitUntil(() => editOf().querySelector('textarea'), 'the wording boxes appear');
    fill(page, 't-en-faq-cost-answer', HARD_ENGLISH);
    control(page, 'own-add').click();
    fill(page, 'own-1-answer', HARD_ENGLISH);
    expect(control(page, 't-en-faq-cost-answer-grade').hidden).to.equal(false);
    expect(control(page, 'own-1-answer-grade').hidden).to.equal(false);
    // Wording in Spanish, then in English again: every box is drawn afresh from the settings.
    fill(page, 'wording-lang', 'es');
    fill(page, 'wording-lang', 'en');
    expect(control(page, 'own-1-answer-grade').hidden, 'the own answer').to.equal(false);
    editOf().open = true;
    await waitUntil(() => editOf().querySelector('textarea'), 'the wording boxes appear again');
    expect(control<HTMLTextAreaElement>(page, 't-en-faq-cost-answer').value).to.equal(HARD_ENGLISH);
    expect(control(page, 't-en-faq-cost-answer-grade').hidden, 'the reworded answer').to.equal(false);
  });

  it('works by keyboard: adding a question puts the cursor in it, and Tab goes on to its answer', async () => {
    ({ page } = await openEditor(integrity));
    control(page, 'own-add').focus();
    await sendKeys({ press: 'Enter' });
    expect(page.doc.activeElement?.id).to.equal('own-1-question');
    await sendKeys({ type: 'Couples?' });
    await sendKeys({ press: 'Tab' });
    expect(page.doc.activeElement?.id).to.equal('own-1-answer');
    await sendKeys({ type: 'Yes.' });
    expect(snippetOf(page)).to.contain('<summary>Couples?</summary>');
    expect(snippetOf(page)).to.contain('<p>Yes.</p>');
    const summary = page.doc.querySelector<HTMLElement>('details[data-content="therapy-faq"] > summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
    const show = control(page, 'show-therapy-faq-crying');
    show.focus();
    expect(page.doc.activeElement).to.equal(show);
    await sendKeys({ press: ' ' });
    expect(show.checked).to.equal(false);
    expect(snippetOf(page)).to.contain('exclude="crying"');
  });

  it('writes a snippet that, pasted into a blank page, shows the same widgets as the preview', async () => {
    ({ page } = await openEditor(integrity));
    fill(page, 'f-practice-name', 'Harbour Light');
    fill(page, 'f-jurisdiction', 'au');
    fill(page, 'f-phone', '02 5550 1234');
    fill(page, 'f-fee', '180');
    fill(page, 'f-heading-level', '3');
    control(page, 'show-therapy-guide-ending').click();
    control(page, 'show-therapy-confidentiality-court').click();
    control(page, 'o-single').click();
    control(page, 'use-accent').click();
    fill(page, 't-accent', '#7a2e8f');
    control(page, 'own-add').click();
    fill(page, 'own-1-question', 'Can I bring a friend?');
    fill(page, 'own-1-answer', 'Yes, to the waiting room.');
    const snippet = snippetOf(page);
    expect(snippet).to.contain(`integrity="${integrity}"`);

    const pasted = await openPage(blankPage(snippet), { watchErrors: true });
    const previews = previewWidgets(page);
    const widgets = [...pasted.doc.querySelectorAll<HTMLElement>(WIDGET_TAGS.join(', '))];
    expect(widgets.map((el) => el.localName)).to.deep.equal(previews.map((el) => el.localName));
    for (const [i, el] of widgets.entries()) {
      await rendered(previews[i]!);
      await rendered(el);
      expect(textOf(el), el.localName).to.equal(textOf(previews[i]!));
      const accent = (x: HTMLElement) =>
        x.ownerDocument.defaultView!.getComputedStyle(x).getPropertyValue('--therapy-color-accent').trim();
      expect(accent(el)).to.equal('#7a2e8f');
      expect(accent(previews[i]!)).to.equal('#7a2e8f');
    }
    expect(textOf(widgets.find((w) => w.localName === 'therapy-faq'))).to.contain('Can I bring a friend?');
    expect(pasted.errors()).to.deep.equal([]);
    pasted.close();
  });

  it('reads a hostile snippet back safely: runs nothing, inserts nothing, lists every unknown part', async () => {
    ({ page } = await openEditor(integrity));
    const hostile = `
      <script type="module" src="/therapy-widgets.js" onload="parent.pwned = 1"></script>
      <script>parent.pwned = 2</script>
      <script type="application/json" id="therapy-config">{ "practice-name": "Calm </b> Harbour", "jurisdiction": "ie", "tracking": "yes", "text": { "en": { "faq.crying.question": "<img src=x onerror=parent.pwned=3>", "faq.nope.question": "x" } } }</script>
      <img src="x" onerror="parent.pwned = 4">
      <iframe src="https://evil.example"></iframe>
      <therapy-faq config="therapy-config" booking-url="javascript:parent.pwned=5" onclick="parent.pwned=6" exclude="cost not-an-id">
        <details data-category="cost"><summary>Fees?</summary><p>See <a href="javascript:parent.pwned=7">here</a>.</p></details>
        <marquee>hi</marquee>
      </therapy-faq>
      <therapy-widget-x></therapy-widget-x>`;
    fill(page, 'paste', hostile);
    control(page, 'read').click();
    await waitUntil(() => control(page, 'read-status').textContent !== '', 'the status speaks');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    expect((page.win as unknown as { pwned?: number }).pwned).to.equal(undefined);
    // What it knew was read.
    expect(control(page, 'f-practice-name').value).to.equal('Calm </b> Harbour');
    expect(control(page, 'f-jurisdiction').value).to.equal('ie');
    expect(control(page, 'show-therapy-faq-cost').checked).to.equal(false);
    expect(control(page, 'own-1-question').value).to.equal('Fees?');
    expect(control<HTMLTextAreaElement>(page, 'own-1-answer').value).to.equal('See here.');
    expect(control(page, 'f-booking-url').value).to.equal('');
    // The rest is listed, as text.
    const notes = [...page.doc.querySelectorAll('#read-notes li')].map(
      (li) => `${li.getAttribute('data-note')} ${li.querySelector('code')!.textContent}`,
    );
    for (const expected of [
      'attribute <script onload>',
      'code <script>',
      'key tracking',
      'text-id en: faq.nope.question',
      'element <img>',
      'element <iframe>',
      'unsafe-url <therapy-faq> booking-url="javascript:parent.pwned=5"',
      'attribute <therapy-faq onclick="parent.pwned=6">',
      'value <therapy-faq exclude> not-an-id',
      'answer-markup Fees?: <a>',
      'element <therapy-faq> <marquee>',
      'element <therapy-widget-x>',
    ]) {
      expect(notes, expected).to.include(expected);
    }
    // Nothing from it was inserted: the preview holds only widgets, the block and own questions as text.
    const preview = control(page, 'preview');
    expect(preview.querySelector('img, iframe, marquee, a, script:not([type="application/json"])')).to.equal(
      null,
    );
    const faq = widget(page, 'therapy-faq');
    await rendered(faq);
    expect(faq.shadowRoot!.querySelector('img')).to.equal(null);
    expect(textOf(faq)).to.contain('<img src=x onerror=parent.pwned=3>');

    // Broken JSON: said, with where.
    fill(
      page,
      'paste',
      '<script type="application/json" id="therapy-config">{ "jurisdiction": "uk", }</script><therapy-crisis config="therapy-config"></therapy-crisis>',
    );
    control(page, 'read').click();
    expect(textOf(control(page, 'read-notes'))).to.match(/could not be read: line 1, column \d+/);
    fill(page, 'paste', 'hello <b>there</b>');
    control(page, 'read').click();
    expect(control(page, 'read-status').textContent).to.contain('No therapy-widgets snippet');
  });

  it('saves the settings to a file and opens it again, all in the page', async () => {
    ({ page } = await openEditor(integrity));
    fill(page, 'f-practice-name', 'Harbour Light');
    fill(page, 'f-cancellation-hours', '48');
    control(page, 'own-add').click();
    fill(page, 'own-1-question', 'Evenings?');
    const saved: Blob[] = [];
    const { URL: url } = page.win;
    const create = url.createObjectURL.bind(url);
    url.createObjectURL = (blob: Blob | MediaSource) => (saved.push(blob as Blob), create(blob));
    page.win.HTMLAnchorElement.prototype.click = function click() {};
    control(page, 'save').click();
    expect(saved.length).to.equal(1);
    const text = await saved[0]!.text();
    expect(JSON.parse(text)).to.include({ kind: 'therapy-widgets-editor', version: 1 });

    fill(page, 'f-practice-name', 'Someone Else');
    control(page, 'own-add').click();
    const input = control(page, 'open');
    const transfer = new page.win.DataTransfer();
    transfer.items.add(
      new page.win.File([text], 'therapy-widgets-settings.json', { type: 'application/json' }),
    );
    input.files = transfer.files;
    input.dispatchEvent(new page.win.Event('change', { bubbles: true }));
    await waitUntil(
      () => control(page, 'file-status').textContent!.startsWith('Opened'),
      'the status speaks',
    );
    expect(control(page, 'f-practice-name').value).to.equal('Harbour Light');
    expect(control(page, 'f-cancellation-hours').value).to.equal('48');
    expect(page.doc.querySelectorAll('[name="own-question"]').length).to.equal(1);
  });

  it('gives the platform recipe, and says when no integrity hash is known instead of inventing one', async () => {
    ({ page } = await openEditor(undefined));
    expect(snippetOf(page)).not.to.contain('integrity=');
    expect(control(page, 'sri-note').textContent).to.contain('No integrity hash is known');
    fill(page, 'platform', 'squarespace');
    expect(textOf(control(page, 'recipe'))).to.contain('Code Injection');
    expect(control<HTMLTextAreaElement>(page, 'recipe-script').value).to.match(/^<script[\s\S]*<\/script>$/);
    expect(control<HTMLTextAreaElement>(page, 'recipe-rest').value).to.contain('<therapy-faq');
    expect(control<HTMLTextAreaElement>(page, 'recipe-rest').value).not.to.contain('src=');
  });

  it('speaks English and Spanish, works at 320 px, is accessible, and stores nothing', async () => {
    ({ page } = await openEditor(integrity));
    for (const el of previewWidgets(page)) await rendered(el);
    expect(await axeViolations(page)).to.deep.equal([]);
    fill(page, 'ui-lang', 'es');
    expect(page.doc.documentElement.lang).to.equal('es');
    expect(page.doc.querySelector('h1')!.textContent).to.equal('Haz tuyos los widgets');
    expect(page.doc.querySelector('label[for="f-fee"]')!.textContent).to.equal('Tarifa de una sesión');
    expect(page.doc.querySelector('[data-group="fees"] legend')!.textContent).to.equal('Tarifas y seguros');
    const edit = page.doc.querySelector('details.edit') as HTMLDetailsElement;
    edit.open = true;
    await waitUntil(() => edit.querySelector('textarea'), 'the wording boxes appear');
    // An own question, with its language choice, is checked too (axe and 320 px below).
    control(page, 'own-add').click();
    fill(page, 'own-1-question', '¿Hay estacionamiento?');
    fill(page, 'own-1-lang', 'es');
    expect(page.doc.querySelector('label[for="own-1-lang"]')!.textContent).to.equal('Idioma');
    for (const el of previewWidgets(page)) await rendered(el);
    expect(await axeViolations(page)).to.deep.equal([]);
    page.frame.style.width = '320px';
    await waitUntil(() => page.win.innerWidth <= 320, 'the frame narrows');
    // What reaches past the edge, to name it when the page scrolls sideways.
    const reach = [...page.doc.querySelectorAll<HTMLElement>('body *')]
      .map((el) => [el, el.getBoundingClientRect().left + el.scrollWidth] as const)
      .filter(([, right]) => right > 321)
      .map(([el, right]) => `${el.localName}#${el.id}=${Math.round(right)}`);
    expect(page.doc.documentElement.scrollWidth, reach.slice(0, 8).join(' ')).to.be.at.most(320);
    expect(page.win.localStorage.length).to.equal(0);
    expect(page.win.sessionStorage.length).to.equal(0);
    expect(page.doc.cookie).to.equal('');
  });
});
