/**
 * The editor as a practice owner found it in a walkthrough: a website address typed without
 * https://, an own question's link name that replaces one of ours or cannot be used as typed,
 * half-filled own questions, a snippet whose quotes a word processor made curly, a list with a
 * stray comma, prose boxes that scrolled sideways, wording written into the wrong language, and
 * the currency a fee needs, said plainly in the owner's language.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startEditor, type Editor } from '../../demo/editor/app.js';
import { CONFIG_ID } from '../../demo/snippet.js';
import { emptyState } from '../../demo/editor/state.js';
import { MODULE_URL, control, fill, openDemoPage, rendered, type Page } from '../support/embed.js';
import { textOf } from '../support/helpers.js';

async function openEditor(): Promise<{ page: Page; editor: Editor }> {
  const page = await openDemoPage('/demo/editor.html');
  const editor = startEditor(page.doc, undefined);
  fill(page, 'f-script-url', MODULE_URL);
  return { page, editor };
}

const snippetOf = (page: Page): string => control<HTMLTextAreaElement>(page, 'snippet').value;
const faqOf = (page: Page): HTMLElement =>
  control(page, 'preview').querySelector<HTMLElement>('therapy-faq')!;

function blockOf(snippet: string): Record<string, unknown> {
  const block = new DOMParser().parseFromString(snippet, 'text/html').getElementById(CONFIG_ID);
  return block ? (JSON.parse(block.textContent ?? '') as Record<string, unknown>) : {};
}

/** Quotes as a word processor "smartens" them: opening after a space, `=` or a bracket, else closing. */
const curled = (text: string): string =>
  text
    .replace(/"/g, (_, i: number) => (i === 0 || /[\s=([{:]/.test(text.charAt(i - 1)) ? '“' : '”'))
    .replace(/'/g, '’');

/** Opens the FAQ's list and the wording of its cost question. */
function openWording(page: Page): HTMLDetailsElement {
  page.doc.querySelector<HTMLDetailsElement>('details[data-content="therapy-faq"]')!.open = true;
  const edit = control(page, 'show-therapy-faq-cost')
    .closest('li')!
    .querySelector<HTMLDetailsElement>('details.edit')!;
  edit.open = true;
  return edit;
}

describe('the editor, as an owner found it', () => {
  let page: Page;
  let editor: Editor;
  afterEach(() => page?.close());

  it('says when a link looks like another website typed without https://, and offers the full address', async () => {
    ({ page } = await openEditor());
    for (const [name, typed] of [
      ['booking-url', 'www.calmharbour.com/book'],
      ['contact-url', 'calmharbour.com/contact'],
      ['policy-url', 'CalmHarbour.co.uk'],
    ] as const) {
      fill(page, `f-${name}`, typed);
      const note = control(page, `f-${name}-warning`);
      expect(note.hidden, typed).to.equal(false);
      expect(note.textContent).to.contain(`https://${typed}`);
      expect(control(page, `f-${name}`).getAttribute('aria-describedby')).to.contain(note.id);
      // Offered, not done: what the owner typed stays, in the field and in the snippet.
      expect(control(page, `f-${name}`).value).to.equal(typed);
      expect(blockOf(snippetOf(page))[name]).to.equal(typed);
      expect(control(page, `f-${name}-problem`).hidden).to.equal(true);
    }
    for (const quiet of [
      '/book',
      'book.html',
      'contact.php',
      './contact',
      'https://www.calmharbour.com/book',
      '',
    ]) {
      fill(page, 'f-booking-url', quiet);
      expect(control(page, 'f-booking-url-warning').hidden, quiet).to.equal(true);
    }
    fill(page, 'f-booking-url', 'www.calmharbour.com/book');
    fill(page, 'ui-lang', 'es');
    const note = control(page, 'f-booking-url-warning');
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.contain('https://www.calmharbour.com/book');
    expect(note.textContent).to.contain('tu propio sitio');
  });

  it('says when an own question takes the place of one of ours, and which link name the widget uses instead of one it cannot', async () => {
    ({ page } = await openEditor());
    control(page, 'own-add').click();
    fill(page, 'own-1-question', 'What do you charge?');
    fill(page, 'own-1-answer', '$150 a session.');
    const note = control(page, 'own-1-id-note');
    expect(note.hidden, 'no link name, a question of its own').to.equal(true);
    fill(page, 'own-1-id', 'cost');
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.contain('How much does therapy cost?');
    expect(control(page, 'own-1-id').getAttribute('aria-describedby')).to.contain(note.id);
    // As the widget does it.
    await rendered(faqOf(page));
    expect(textOf(faqOf(page))).to.contain('What do you charge?');
    expect(textOf(faqOf(page))).not.to.contain('How much does therapy cost?');
    // Named in the wording language.
    fill(page, 'wording-lang', 'es');
    expect(control(page, 'own-1-id-note').textContent).to.contain('¿Cuánto cuesta la terapia?');
    fill(page, 'wording-lang', 'en');

    // A link name the widget cannot use: the question's own name instead, as the widget makes it.
    fill(page, 'own-1-question', 'Do you close for the holidays?');
    for (const typed of ['Holidays!', 'my holidays', 'tea-panel']) {
      fill(page, 'own-1-id', typed);
      expect(control(page, 'own-1-id-note').hidden, typed).to.equal(false);
      expect(control(page, 'own-1-id-note').textContent, typed).to.contain('do-you-close-for-the-holidays');
    }
    await rendered(faqOf(page));
    expect(faqOf(page).shadowRoot!.querySelector('#faq-do-you-close-for-the-holidays')).not.to.equal(null);
    for (const fine of ['holidays', 'FAQ-holidays', '']) {
      fill(page, 'own-1-id', fine);
      expect(control(page, 'own-1-id-note').hidden, fine).to.equal(true);
    }
    // No link name, and a question whose name is one of ours: added beside ours, nothing said.
    fill(page, 'own-1-question', 'Insurance?');
    expect(control(page, 'own-1-id-note').hidden).to.equal(true);
    await rendered(faqOf(page));
    expect(textOf(faqOf(page))).to.contain('Can I use my insurance or health plan?');
    expect(textOf(faqOf(page))).to.contain('Insurance?');
    // A link name another question already has: the number the widget adds.
    fill(page, 'own-1-id', 'parking');
    control(page, 'own-add').click();
    fill(page, 'own-2-question', 'Is there parking?');
    fill(page, 'own-2-id', 'parking');
    expect(control(page, 'own-1-id-note').hidden).to.equal(true);
    expect(control(page, 'own-2-id-note').textContent).to.contain('“parking-2”');
    await rendered(faqOf(page));
    expect(faqOf(page).shadowRoot!.querySelector('#faq-parking-2')).not.to.equal(null);
  });

  it('notes an own question with no question or no answer, and keeps what the snippet does with it', async () => {
    ({ page } = await openEditor());
    control(page, 'own-add').click();
    const questionNote = control(page, 'own-1-question-note');
    const answerNote = control(page, 'own-1-answer-note');
    expect([questionNote.hidden, answerNote.hidden], 'a new, empty question').to.deep.equal([true, true]);
    fill(page, 'own-1-answer', 'We are closed in August.');
    expect(questionNote.hidden).to.equal(false);
    expect(questionNote.textContent).to.contain('not shown');
    expect(control(page, 'own-1-question').getAttribute('aria-describedby')).to.contain(questionNote.id);
    expect(snippetOf(page)).not.to.contain('closed in August');
    fill(page, 'own-1-question', 'When are you closed?');
    expect(questionNote.hidden).to.equal(true);
    expect(answerNote.hidden).to.equal(true);
    fill(page, 'own-1-answer', ' \n\n ');
    expect(answerNote.hidden).to.equal(false);
    expect(answerNote.textContent).to.contain('empty');
    expect(control(page, 'own-1-answer').getAttribute('aria-describedby')).to.contain(answerNote.id);
    expect(snippetOf(page)).to.contain('<summary>When are you closed?</summary>');
    fill(page, 'ui-lang', 'es');
    expect(control(page, 'own-1-answer-note').hidden).to.equal(false);
    expect(control(page, 'own-1-answer-note').textContent).to.contain('vacía');
  });

  it('reads back a snippet whose quotes a word processor made curly, and says it straightened them', async () => {
    ({ page, editor } = await openEditor());
    fill(page, 'f-practice-name', 'Sam’s "Calm" Room');
    fill(page, 'f-jurisdiction', 'us');
    fill(page, 'f-fee', '150');
    fill(page, 'f-insurance', 'Aetna, Cigna');
    fill(page, 'f-address', '12 Harbour Street, Suite 3\nPortland');
    control(page, 'show-therapy-faq-cost').click();
    control(page, 'show-therapy-faq-crying').click();
    control(page, 'own-add').click();
    fill(page, 'own-1-question', 'Do you see clients in the evening?');
    fill(page, 'own-1-answer', "Yes. We're open until 7pm, Monday to Thursday.");
    fill(page, 'own-1-lang', 'en');
    const before = editor.state();
    const curly = curled(snippetOf(page));
    expect(curly).to.contain('exclude=“cost crying”');

    editor.load(emptyState());
    fill(page, 'paste', curly);
    control(page, 'read').click();
    expect(editor.state()).to.deep.equal({
      ...before,
      own: [{ ...before.own[0]!, answer: 'Yes. We’re open until 7pm, Monday to Thursday.' }],
    });
    expect(control(page, 'read-status').textContent).to.contain('curly');
    expect(page.doc.querySelectorAll('#read-notes li').length).to.equal(0);

    // The reviewer's own paste, as a site builder gave it back.
    editor.load(emptyState());
    fill(
      page,
      'paste',
      '<script type=“module” src=“/therapy-widgets.js”></script>\n<script type=“application/json” id=“therapy-config”>\n{\n  “practice-name”: “Calm Harbour Therapy”,\n  “insurance”: [\n    “Aetna”,\n    “Blue Cross Blue Shield”\n  ],\n  “address”: “12 Harbour Street, Suite 3\\nPortland, ME 04101”\n}\n</script>\n<therapy-faq config=“therapy-config”>\n  <details data-category=“sessions”>\n    <summary>Evenings?</summary>\n    <p>Yes.</p>\n  </details>\n</therapy-faq>',
    );
    control(page, 'read').click();
    expect(control(page, 'f-practice-name').value).to.equal('Calm Harbour Therapy');
    expect(control(page, 'f-insurance').value).to.equal('Aetna, Blue Cross Blue Shield');
    expect(control<HTMLTextAreaElement>(page, 'f-address').value).to.equal(
      '12 Harbour Street, Suite 3\nPortland, ME 04101',
    );
    expect(control(page, 'own-1-category').value).to.equal('sessions');

    // Straight quotes: read as ever, and nothing said about curly ones.
    fill(page, 'paste', snippetOf(page));
    control(page, 'read').click();
    expect(control(page, 'read-status').textContent).to.equal(
      'Read. Every field now shows what the snippet says.',
    );
  });

  it('takes a list with a stray comma as the clean list it writes, on each tag too', async () => {
    ({ page } = await openEditor());
    fill(page, 'f-jurisdiction', 'us');
    for (const typed of ['Aetna, Cigna, ', 'Aetna,, Cigna', ',Aetna , Cigna']) {
      fill(page, 'f-insurance', typed);
      expect(control(page, 'f-insurance-problem').hidden, typed).to.equal(true);
      expect(control(page, 'f-insurance').hasAttribute('aria-invalid'), typed).to.equal(false);
      expect(blockOf(snippetOf(page))['insurance'], typed).to.deep.equal(['Aetna', 'Cigna']);
    }
    const warnings: string[] = [];
    page.win.console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    control(page, 'f-on-each-tag').click();
    expect(faqOf(page).getAttribute('insurance')).to.equal('Aetna, Cigna');
    await rendered(faqOf(page));
    expect(warnings.filter((w) => w.includes('insurance'))).to.deep.equal([]);
    // A list the widgets refuse still says so.
    fill(page, 'f-insurance', 'Aetna, <b>Cigna</b>');
    expect(control(page, 'f-insurance-problem').hidden).to.equal(false);
  });

  it('wraps prose in its boxes, and keeps the snippet as lines of code', async () => {
    ({ page } = await openEditor());
    const prose =
      'Free parking behind the building, a step-free entrance from the car park, and buses 12 and 40 stop outside. '.repeat(
        4,
      );
    fill(page, 'f-access', prose);
    control(page, 'own-add').click();
    fill(page, 'own-1-answer', prose);
    const edit = openWording(page);
    await waitUntil(() => edit.querySelector('textarea'), 'the wording boxes appear');
    fill(page, 't-en-faq-cost-answer', prose);
    for (const id of ['f-access', 'own-1-answer', 't-en-faq-cost-answer']) {
      const box = control<HTMLTextAreaElement>(page, id);
      expect(box.scrollWidth, id).to.be.at.most(box.clientWidth);
    }
    const snippet = control<HTMLTextAreaElement>(page, 'snippet');
    expect(snippet.scrollWidth, 'the snippet').to.be.greaterThan(snippet.clientWidth);
  });

  it('writes a wording box into its own language, even when the wording language changes while it has focus', async () => {
    ({ page, editor } = await openEditor());
    const edit = openWording(page);
    await waitUntil(() => edit.querySelector('textarea'), 'the wording boxes appear');
    const box = control<HTMLTextAreaElement>(page, 't-en-faq-cost-question');
    box.focus();
    box.setSelectionRange(0, box.value.length);
    await sendKeys({ type: 'Prices?' });
    // The language changes while the box keeps focus (as a script or some pointers do it): the
    // box is drawn anew, and Chromium sends its change event as it goes.
    const lang = control<HTMLSelectElement>(page, 'wording-lang');
    lang.value = 'es';
    lang.dispatchEvent(new Event('input', { bubbles: true }));
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    expect(editor.state().text).to.deep.equal({ en: { 'faq.cost.question': 'Prices?' }, es: {} });
  });

  it('asks for the currency in plain words, in the owner’s language, when the country has none', async () => {
    ({ page } = await openEditor());
    fill(page, 'f-fee', '150');
    fill(page, 'f-jurisdiction', 'generic');
    const problem = (): HTMLElement => control(page, 'f-currency-problem');
    expect(problem().hidden).to.equal(false);
    expect(problem().textContent).to.equal(
      'Choose the currency your fees are in: there is none for “Another country”.',
    );
    fill(page, 'ui-lang', 'es');
    expect(problem().textContent).to.contain('«Otro país»');
    expect(problem().textContent).not.to.contain('inglés');
    fill(page, 'f-currency', 'EUR');
    expect(problem().hidden).to.equal(true);
  });
});
