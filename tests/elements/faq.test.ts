import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { composeFaq, faqIds } from '../../src/content/compose.js';
import { FAQ_CONTENT } from '../../src/content/index.js';
import { formatRich, pick } from '../../src/content/resolve.js';
import { UNTIL_FOUND } from '../../src/core/disclosure.js';
import { JURISDICTIONS } from '../../src/core/settings.js';
import type { TherapyFaq } from '../../src/elements/faq/faq.js';
import { segments, queryWords } from '../../src/elements/faq/search.js';
import {
  $,
  $$,
  asPrinted,
  captureConsole,
  fkGrades,
  mount,
  prose,
  textOf,
  type Captured,
} from '../support/helpers.js';
import { highlightedTexts } from '../support/highlights.js';

const REQUIRED = [
  'first-session',
  'what-to-say',
  'nervous',
  'session-length',
  'how-many-sessions',
  'cost',
  'insurance',
  'cancellation',
  'confidentiality',
  'records',
  'online',
  'fit',
  'crying',
  'goals',
  'medication',
  'crisis',
];

/** The items a FAQ with no settings shows: the defaults and the questions about the practice. */
const SHOWN = composeFaq({
  locale: 'en',
  settings: { jurisdiction: 'generic', format: 'both' },
  facts: {},
}).items;

const questions = (el: TherapyFaq): HTMLButtonElement[] => $$<HTMLButtonElement>(el, '.disclosure-button');
const button = (el: TherapyFaq, id: string): HTMLButtonElement =>
  $<HTMLButtonElement>(el, `#faq-${id}-button`);
const panel = (el: TherapyFaq, id: string): HTMLElement => $(el, `#faq-${id}-panel`);
const shownIds = (el: TherapyFaq): string[] => $$(el, '.disclosure').map((d) => d.id.replace(/^faq-/, ''));
const isOpen = (el: TherapyFaq, id: string): boolean =>
  button(el, id).getAttribute('aria-expanded') === 'true';
const focused = (el: TherapyFaq): Element | null => el.shadowRoot!.activeElement;

async function search(el: TherapyFaq, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]');
  input.value = '';
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  input.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<therapy-faq>', () => {
  let log: Captured;
  beforeEach(() => {
    log = captureConsole();
  });
  afterEach(() => log.restore());

  describe('content', () => {
    it('has 24+ items in 6+ categories, with every required id, in both languages', () => {
      for (const locale of ['en', 'es'] as const) {
        const content = FAQ_CONTENT[locale];
        expect(content.items.length, locale).to.be.at.least(24);
        expect(content.categories.length, locale).to.be.at.least(6);
        const ids = content.items.map((i) => i.id);
        expect(ids, locale).to.include.members(REQUIRED);
        expect(new Set(ids).size, `${locale} ids are unique`).to.equal(ids.length);
        const categories = content.categories.map((c) => c.id);
        for (const item of content.items) expect(categories, item.id).to.include(item.category);
      }
    });

    it('has the same ids, categories and jurisdiction variants in English and Spanish', () => {
      const shape = (locale: 'en' | 'es') =>
        FAQ_CONTENT[locale].items.map((i) => ({
          id: i.id,
          category: i.category,
          short: typeof i.short === 'string' ? 'same' : Object.keys(i.short).sort(),
          detail: Array.isArray(i.detail) ? 'same' : Object.keys(i.detail).sort(),
        }));
      expect(shape('es')).to.deep.equal(shape('en'));
      expect(FAQ_CONTENT.es.categories.map((c) => c.id)).to.deep.equal(
        FAQ_CONTENT.en.categories.map((c) => c.id),
      );
    });

    it('reads at Flesch–Kincaid grade 8 or lower, every English answer in every jurisdiction', async () => {
      const units: { name: string; text: string }[] = [];
      for (const item of FAQ_CONTENT.en.items) {
        for (const j of JURISDICTIONS) {
          units.push({
            name: `${item.id}/${j}`,
            text: prose([pick(item.short, j), ...formatRich(pick(item.detail, j), 'both')]),
          });
        }
      }
      const grades = await fkGrades(units.map((u) => u.text));
      const tooHard = units.map((u, i) => `${u.name}: ${grades[i]}`).filter((_, i) => (grades[i] ?? 99) > 8);
      expect(tooHard).to.deep.equal([]);
    });
  });

  describe('accordion', () => {
    it('renders every question as a collapsed button inside a heading, controlling its answer', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq heading-level="3"></therapy-faq>`);
      expect(shownIds(el)).to.have.length(SHOWN.length);
      expect($(el, '[part~="heading"]').tagName).to.equal('H3');
      const first = questions(el)[0]!;
      expect(first.parentElement!.tagName).to.equal('H5');
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      const answer = el.shadowRoot!.getElementById(first.getAttribute('aria-controls')!);
      expect(answer, 'aria-controls names a panel in the same shadow root').to.exist;
      expect(answer!.hasAttribute('hidden')).to.equal(true);
      expect(answer!.firstElementChild!.checkVisibility(), 'the answer cannot be seen').to.equal(false);
      expect(log.warnings).to.deep.equal([]);
    });

    it('opens and closes with a click, Enter and Space, and fires therapy-toggle', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq></therapy-faq>`);
      const events: { id: string; open: boolean }[] = [];
      el.addEventListener('therapy-toggle', (e) => events.push(e.detail));
      button(el, 'cost').click();
      await el.updateComplete;
      expect(isOpen(el, 'cost')).to.equal(true);
      expect(panel(el, 'cost').firstElementChild!.checkVisibility()).to.equal(true);
      expect(textOf(panel(el, 'cost'))).to.contain('fee');

      button(el, 'nervous').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(isOpen(el, 'nervous')).to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(isOpen(el, 'nervous')).to.equal(false);
      expect(isOpen(el, 'cost'), 'several stay open by default').to.equal(true);
      expect(events).to.deep.equal([
        { id: 'cost', open: true },
        { id: 'nervous', open: true },
        { id: 'nervous', open: false },
      ]);
    });

    it('moves between questions with Up, Down, Home and End', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq></therapy-faq>`);
      const all = questions(el);
      all[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(all[1]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(all[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el), 'wraps to the last').to.equal(all[all.length - 1]);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(all[0]);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(all[all.length - 1]);
    });

    it('keeps only one answer open with single', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq single></therapy-faq>`);
      button(el, 'cost').click();
      await el.updateComplete;
      button(el, 'online').click();
      await el.updateComplete;
      expect(isOpen(el, 'cost')).to.equal(false);
      expect(isOpen(el, 'online')).to.equal(true);
      expect(textOf(el)).not.to.contain('Open all answers');
    });

    it('opens and closes every shown answer at once', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq categories="cost"></therapy-faq>`);
      const [openAll, closeAll] = $$<HTMLButtonElement>(el, '.all button');
      openAll!.click();
      await el.updateComplete;
      expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      closeAll!.click();
      await el.updateComplete;
      expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    });

    it('lets find-in-page reach collapsed answers', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq></therapy-faq>`);
      const answer = panel(el, 'crying');
      if (UNTIL_FOUND) {
        expect(answer.getAttribute('hidden')).to.equal('until-found');
        // What the browser does when find-in-page matches inside it:
        answer.removeAttribute('hidden');
        answer.dispatchEvent(new Event('beforematch'));
        await el.updateComplete;
        expect(isOpen(el, 'crying')).to.equal(true);
      } else {
        // This engine has no hidden="until-found": answers stay plainly hidden, and print shows them.
        expect(answer.getAttribute('hidden')).to.equal('');
      }
    });
  });

  describe('search and filters', () => {
    it('filters as you type, marks the matches, and announces the count politely', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq></therapy-faq>`);
      await search(el, 'insurance');
      const ids = shownIds(el);
      expect(ids).to.include('insurance');
      expect(ids.length).to.be.below(SHOWN.length);
      // Highlighted through CSS.highlights where the engine has it, else with <mark>s.
      const marks = highlightedTexts(el).map((m) => m.toLowerCase());
      expect(marks.length).to.be.at.least(1);
      expect(marks.every((m) => m === 'insurance')).to.equal(true);
      const status = $(el, '[role="status"]');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      await waitUntil(() => status.textContent!.includes('match'), 'the count is announced', {
        timeout: 3000,
      });
      expect(status.textContent).to.equal(`${ids.length} questions match`);
    });

    it('shows how many match right under the field, above the topics, where a reader on a phone looks', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 320px"><therapy-faq></therapy-faq></div>`,
      );
      const el = wrapper.querySelector<TherapyFaq>('therapy-faq')!;
      await el.updateComplete;
      await search(el, 'cost');
      const count = $(el, '.count');
      expect(textOf(count)).to.equal(`${shownIds(el).length} questions match`);
      const field = $(el, '#search').getBoundingClientRect();
      const clear = $(el, '.clear').getBoundingClientRect();
      const firstTopic = $(el, '[part~="filter"]').getBoundingClientRect();
      // Under the field (and its clear button, which wraps below it on a narrow screen)…
      expect(count.getBoundingClientRect().top).to.be.at.least(Math.max(field.bottom, clear.bottom) - 1);
      expect(count.getBoundingClientRect().top - Math.max(field.bottom, clear.bottom)).to.be.below(24);
      // …and before the topic filters.
      expect(count.getBoundingClientRect().bottom).to.be.at.most(firstTopic.top);
    });

    it('ignores case and accents', () => {
      expect(queryWords('  Sesión  CRYING ')).to.deep.equal(['sesion', 'crying']);
      expect(segments('Tu primera sesión', ['sesion'])).to.deep.equal([
        { text: 'Tu primera ', match: false },
        { text: 'sesión', match: true },
      ]);
    });

    it('says so when nothing matches, offers the contact link, and Escape clears', async () => {
      const el = await mount<TherapyFaq>(
        html`<therapy-faq contact-url="/contact" email="hello@example.org"></therapy-faq>`,
      );
      await search(el, 'zebra xylophone');
      expect(shownIds(el)).to.deep.equal([]);
      expect(textOf(el)).to.contain('No questions match your search.');
      const links = $$<HTMLAnchorElement>(el, '.empty a').map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['/contact', 'mailto:hello@example.org']);
      await waitUntil(
        () => $(el, '[role="status"]').textContent === 'No questions match your search.',
        'announced',
        {
          timeout: 3000,
        },
      );
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input').value).to.equal('');
      expect(shownIds(el)).to.have.length(SHOWN.length);
    });

    it('keeps what the reader typed when settings change', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq></therapy-faq>`);
      await search(el, 'cost');
      el.setAttribute('jurisdiction', 'uk');
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input').value).to.equal('cost');
    });

    it('filters by topic with pressed buttons', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq></therapy-faq>`);
      const filters = $$<HTMLButtonElement>(el, '[part~="filter"]');
      expect(filters.map((b) => b.getAttribute('aria-pressed'))[0]).to.equal('true');
      const online = filters.find((b) => b.textContent!.trim() === 'Online therapy')!;
      online.click();
      await el.updateComplete;
      expect(online.getAttribute('aria-pressed')).to.equal('true');
      const expected = SHOWN.filter((i) => i.category === 'online').map((i) => i.id);
      expect(shownIds(el)).to.deep.equal(expected);
    });
  });

  describe('deep links', () => {
    afterEach(() => history.replaceState(null, '', window.location.pathname + window.location.search));

    it('opens #faq-<id> on load and on hashchange, without firing therapy-toggle', async () => {
      history.replaceState(null, '', '#faq-insurance');
      const el = await mount<TherapyFaq>(html`<therapy-faq></therapy-faq>`);
      let toggles = 0;
      el.addEventListener('therapy-toggle', () => toggles++);
      await waitUntil(() => isOpen(el, 'insurance'), 'opened from the URL on load');
      window.location.hash = '#faq-crying';
      await oneEvent(window, 'hashchange');
      await waitUntil(() => isOpen(el, 'crying'), 'opened on hashchange');
      expect(focused(el)).to.equal(button(el, 'crying'));
      expect(toggles).to.equal(0);
      expect(window.location.hash, 'opening does not change the URL').to.equal('#faq-crying');
    });

    it('clears a search that hides the linked item', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq></therapy-faq>`);
      await search(el, 'insurance');
      window.location.hash = '#faq-crying';
      await oneEvent(window, 'hashchange');
      await waitUntil(() => shownIds(el).includes('crying') && isOpen(el, 'crying'));
    });

    it('copies a link to an item, and only then changes the URL', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq></therapy-faq>`);
      const written: string[] = [];
      const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void written.push(text) },
      });
      try {
        button(el, 'fit').click();
        await el.updateComplete;
        expect(window.location.hash).to.equal('');
        $<HTMLButtonElement>(el, '#faq-fit-panel .copy-link').click();
        await waitUntil(() => written.length === 1);
        expect(written[0]).to.equal(
          `${window.location.origin}${window.location.pathname}${window.location.search}#faq-fit`,
        );
        expect(window.location.hash).to.equal('#faq-fit');
        await waitUntil(() => $(el, '[role="status"]').textContent === 'Link copied.');
      } finally {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });
  });

  describe('what the practice controls', () => {
    it('keeps only included items and drops excluded ones, warning about unknown ids', async () => {
      const el = await mount<TherapyFaq>(
        html`<therapy-faq include="cost insurance crying nope"></therapy-faq>`,
      );
      expect(shownIds(el)).to.deep.equal(['cost', 'insurance', 'crying']);
      expect(log.warnings).to.deep.equal([
        `<therapy-faq>: attribute "include" got "nope"; it accepts space-separated ids from: ${faqIds('en').join(', ')}. Using the default instead.`,
      ]);
      el.setAttribute('exclude', 'insurance');
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['cost', 'crying']);
      el.removeAttribute('include');
      el.setAttribute('categories', 'online');
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(SHOWN.filter((i) => i.category === 'online').map((i) => i.id));
    });

    it('shows every item when include names no known id', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq include="zzz"></therapy-faq>`);
      expect(shownIds(el)).to.have.length(SHOWN.length);
      expect(log.warnings[0]).to.contain('attribute "include" got "zzz"');
    });

    it('takes light-DOM items: a matching id replaces a default item, others are added', async () => {
      // The practice's markup includes a bad link on purpose: it must arrive without it.
      /* eslint-disable lit-a11y/anchor-is-valid */
      const el = await mount<TherapyFaq>(
        html`<therapy-faq>
          <details id="cost">
            <summary>What do sessions cost here?</summary>
            <p>Sessions are <strong>$120</strong>. <a href="/fees">See our fees</a>.</p>
            <p><a href="javascript:alert(1)" onclick="alert(1)" style="color:red">Bad link</a></p>
            <script>
              window.faqInjected = true;
            </script>
          </details>
          <details id="parking" data-category="getting-started">
            <summary>Is there parking?</summary>
            <p>Yes, behind the building.</p>
          </details>
        </therapy-faq>`,
      );
      const ids = shownIds(el);
      expect(ids.filter((id) => id === 'cost')).to.have.length(1);
      expect(ids).to.include('parking');
      expect(button(el, 'cost').textContent).to.contain('What do sessions cost here?');
      button(el, 'cost').click();
      await el.updateComplete;
      const answer = panel(el, 'cost');
      expect(textOf(answer)).to.contain('Sessions are $120');
      expect(answer.querySelector('a[href="/fees"]')!.getAttribute('part')).to.equal('link');
      const bad = answer.querySelectorAll('a')[1]!;
      expect(bad.hasAttribute('href') || bad.hasAttribute('onclick') || bad.hasAttribute('style')).to.equal(
        false,
      );
      expect(answer.querySelector('script')).to.equal(null);
      expect((window as { faqInjected?: boolean }).faqInjected).to.equal(undefined);
      // The light-DOM item is filed under its topic.
      const group = button(el, 'parking').closest('.group')!;
      expect(group.querySelector('.topic')!.textContent).to.equal('Getting started');
    });

    it('shows a light-DOM item with a lang only in that language, and one without in both', async () => {
      const items = html`
        <details id="parking" lang="en">
          <summary>Is there parking?</summary>
          <p>Yes, behind the building.</p>
        </details>
        <details id="parking" lang="es-MX">
          <summary>¿Hay estacionamiento?</summary>
          <p>Sí, detrás del edificio.</p>
        </details>
        <details id="cost" lang="es">
          <summary>¿Cuánto cuesta aquí?</summary>
          <p>La sesión cuesta $120.</p>
        </details>
        <details id="evenings">
          <summary>Evenings?</summary>
          <p>Until 8 pm.</p>
        </details>
      `;
      const en = await mount<TherapyFaq>(html`<therapy-faq lang="en">${items}</therapy-faq>`);
      expect(button(en, 'parking').textContent).to.contain('Is there parking?');
      expect(textOf(en)).not.to.contain('estacionamiento');
      expect(button(en, 'cost').textContent, 'the English default stays').not.to.contain(
        'Cuánto cuesta aquí',
      );
      expect(shownIds(en)).to.include('evenings');

      // The same page read in Spanish: the Spanish items, the default replaced in Spanish only.
      en.setAttribute('lang', 'es');
      await en.updateComplete;
      expect(button(en, 'parking').textContent).to.contain('¿Hay estacionamiento?');
      expect(textOf(en)).not.to.contain('Is there parking?');
      expect(button(en, 'cost').textContent).to.contain('¿Cuánto cuesta aquí?');
      expect(shownIds(en).filter((id) => id === 'parking')).to.have.length(1);
      expect(shownIds(en)).to.include('evenings');
      expect(log.warnings).to.deep.equal([]);
    });

    it('never lets an item without an id replace a default one, however its question reads', async () => {
      const el = await mount<TherapyFaq>(
        html`<therapy-faq jurisdiction="us"
          ><details>
            <summary>Crisis</summary>
            <p>Our office line is open 9 to 5.</p>
          </details>
          <details id="Not an id!">
            <summary>Insurance</summary>
            <p>We take Aetna.</p>
          </details></therapy-faq
        >`,
      );
      const ids = shownIds(el);
      // The defaults stay, whole; the practice's items are added under ids of their own.
      expect(ids.filter((id) => id === 'crisis')).to.have.length(1);
      expect(button(el, 'crisis').textContent!.trim()).to.equal(
        SHOWN.find((item) => item.id === 'crisis')!.question,
      );
      expect(ids).to.include.members(['crisis-2', 'insurance-2', 'insurance']);
      expect(textOf(panel(el, 'crisis-2'))).to.contain('Our office line is open 9 to 5.');
      expect(textOf(panel(el, 'insurance-2'))).to.contain('We take Aetna.');
      // The one warning is for the id that was not usable.
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('has id "Not an id!"');
    });

    it('shows every item when two share an id, with one warning naming it', async () => {
      const el = await mount<TherapyFaq>(
        html`<therapy-faq
          ><details id="parking">
            <summary>First</summary>
            1
          </details>
          <details id="faq-parking">
            <summary>Second</summary>
            2
          </details>
          <details id="PARKING">
            <summary>Third</summary>
            3
          </details></therapy-faq
        >`,
      );
      const ids = shownIds(el);
      expect(ids.slice(-3)).to.deep.equal(['parking', 'parking-2', 'parking-3']);
      expect(button(el, 'parking').textContent).to.contain('First');
      expect(button(el, 'parking-3').textContent).to.contain('Third');
      expect(log.warnings).to.deep.equal([
        '<therapy-faq>: two items have the id "parking"; each needs its own. Showing both: #faq-parking opens the first.',
      ]);
    });

    it('says what in its light DOM it cannot show, once each', async () => {
      const el = await mount<TherapyFaq>(
        html`<therapy-faq
          ><div class="wp-block-group">
            <details id="wrapped">
              <summary>Wrapped?</summary>
              x
            </details>
          </div>
          <div>More</div>
          <details id="blank">
            <summary></summary>
            No question
          </details>
          <template><p>Kept for later</p></template></therapy-faq
        >`,
      );
      expect(shownIds(el)).not.to.include.members(['wrapped', 'blank']);
      expect(shownIds(el)).to.have.length(SHOWN.length);
      expect(log.warnings).to.deep.equal([
        '<therapy-faq>: a <div> inside it is not shown; each question goes in its own <details>, directly inside <therapy-faq>.',
        '<therapy-faq>: light-DOM item 1 has no question: it needs a <summary> with words in it, first inside its <details>. It is not shown.',
      ]);
    });

    it('shows an item in a language it does not speak everywhere, with one warning naming lang', async () => {
      const el = await mount<TherapyFaq>(
        html`<therapy-faq
          ><details id="horaires" lang="fr">
            <summary>Quels horaires ?</summary>
            <p>Le soir.</p>
          </details></therapy-faq
        >`,
      );
      expect(shownIds(el)).to.include('horaires');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.match(
        /^<therapy-faq>: the item "Quels horaires \?" has lang "fr"; it accepts en, es .*Showing it in every language\.$/,
      );
    });

    it('shows a very long FAQ all at once, in order; a deep link reaches the end', async () => {
      const el = document.createElement('therapy-faq');
      for (let i = 0; i < 400; i++) {
        const details = document.createElement('details');
        details.id = `extra-${i}`;
        const summary = document.createElement('summary');
        summary.textContent = `Extra question ${i}?`;
        details.append(summary, `Answer ${i}.`);
        el.append(details);
      }
      document.body.append(el);
      try {
        await el.updateComplete;
        // The README's promise: every item is in the page at the first update, in order.
        const all = [...SHOWN.map((i) => i.id), ...Array.from({ length: 400 }, (_, i) => `extra-${i}`)];
        expect(shownIds(el)).to.deep.equal(all);
        expect(await el.reveal('extra-399')).to.exist;
        expect(isOpen(el, 'extra-399')).to.equal(true);
      } finally {
        el.remove();
      }
    });

    it('follows light-DOM changes', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq></therapy-faq>`);
      const details = document.createElement('details');
      details.id = 'evenings';
      const summary = document.createElement('summary');
      summary.textContent = 'Do you offer evening sessions?';
      details.append(summary, 'Yes, until 8 pm.');
      el.append(details);
      await waitUntil(() => shownIds(el).includes('evenings'));
      await search(el, 'evening');
      expect(shownIds(el)).to.include('evenings');
    });

    it('fills in practice settings and ends with the booking link and contact details', async () => {
      const el = await mount<TherapyFaq>(
        html`<therapy-faq
          practice-name="Calm Harbour Therapy"
          session-minutes="45"
          booking-url="https://example.org/book"
          phone="+1 555 010 2030"
        ></therapy-faq>`,
      );
      button(el, 'session-length').click();
      await el.updateComplete;
      expect(textOf(panel(el, 'session-length'))).to.contain('45 minutes');
      const cta = $(el, '.cta');
      expect($$<HTMLAnchorElement>(el, '.cta a').map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://example.org/book',
        'tel:+15550102030',
      ]);
      expect(textOf(cta)).to.contain('Book a session');
    });

    it('leaves the call to action out without links, and drops a javascript: booking URL', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq booking-url="javascript:alert(1)"></therapy-faq>`);
      expect(el.shadowRoot!.querySelector('.cta')).to.equal(null);
      expect(log.warnings[0]).to.contain('attribute "booking-url" got "javascript:alert(1)"');
    });

    it('gives the crisis numbers of the jurisdiction inside the crisis answer', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq jurisdiction="uk"></therapy-faq>`);
      button(el, 'crisis').click();
      await el.updateComplete;
      const line = panel(el, 'crisis').querySelector('therapy-crisis')!;
      await line.updateComplete;
      expect(line.getAttribute('variant')).to.equal('line');
      expect([...line.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:116123',
        'tel:999',
      ]);
    });

    it('changes the jurisdiction of answers', async () => {
      const item = FAQ_CONTENT.en.items.find((i) => i.id === 'good-faith-estimate')!;
      const [usDetail, genericDetail] = [pick(item.detail, 'us')[0], pick(item.detail, 'generic')[0]];
      expect(usDetail).to.be.a('string').and.contain('No Surprises Act');
      expect(genericDetail).to.be.a('string').and.not.equal(usDetail);
      const el = await mount<TherapyFaq>(html`<therapy-faq jurisdiction="us"></therapy-faq>`);
      button(el, 'good-faith-estimate').click();
      await el.updateComplete;
      const us = textOf(panel(el, 'good-faith-estimate'));
      expect(us)
        .to.contain('Good Faith Estimate')
        .and.contain(usDetail as string);
      el.setAttribute('jurisdiction', 'generic');
      await el.updateComplete;
      // The same answer is still there, now with the generic words (not merely gone or empty).
      const generic = textOf(panel(el, 'good-faith-estimate'));
      expect(generic).to.contain(genericDetail as string);
      expect(generic).not.to.contain('No Surprises');
      expect(generic).not.to.contain('Good Faith Estimate');
    });

    it('takes text overrides from the config block', async () => {
      const block = document.createElement('script');
      block.type = 'application/json';
      block.id = 'faq-config';
      block.textContent = JSON.stringify({
        text: {
          'faq.cost.question': 'How much is a session?',
          'faq.cost.answer': 'It is $90.\n\nWe take cards.',
        },
      });
      document.body.append(block);
      try {
        const el = await mount<TherapyFaq>(html`<therapy-faq config="faq-config"></therapy-faq>`);
        expect(button(el, 'cost').textContent).to.contain('How much is a session?');
        button(el, 'cost').click();
        await el.updateComplete;
        expect($$(el, '#faq-cost-panel p').map((p) => p.textContent)).to.deep.equal([
          'It is $90.',
          'We take cards.',
        ]);
      } finally {
        block.remove();
      }
    });

    it('speaks Spanish', async () => {
      const wrapper = await fixture(html`<section lang="es"><therapy-faq></therapy-faq></section>`);
      const el = wrapper.querySelector('therapy-faq')!;
      await el.updateComplete;
      expect($(el, '[part~="heading"]').textContent).to.equal(FAQ_CONTENT.es.title);
      expect($(el, 'label').textContent).to.equal('Buscar en las preguntas');
    });
  });

  describe('accessibility', () => {
    it('passes axe collapsed, expanded, filtered and with no results', async () => {
      const el = await mount<TherapyFaq>(
        html`<therapy-faq booking-url="/book" contact-url="/contact"></therapy-faq>`,
      );
      await expect(el).to.be.accessible();
      $$<HTMLButtonElement>(el, '.all button')[0]!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await search(el, 'online');
      await expect(el).to.be.accessible();
      await search(el, 'qwxv');
      expect(shownIds(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme and in Spanish', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq theme="dark" lang="es"></therapy-faq>`);
      button(el, 'cost').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('prints every answer, without the search and buttons', async () => {
      const el = await mount<TherapyFaq>(html`<therapy-faq booking-url="/book"></therapy-faq>`);
      button(el, 'cost').click();
      await el.updateComplete;
      const shows = (node: Element): boolean =>
        node.checkVisibility() && node.getBoundingClientRect().height > 0;
      // An answer shows when its words do (a closed one may keep a box but skip its content).
      const answerShows = (p: Element): boolean => p.firstElementChild !== null && shows(p.firstElementChild);
      const panels = $$(el, '.disclosure-panel');
      expect(panels).to.have.length(shownIds(el).length).and.length.above(1);
      // On screen only the opened answer shows.
      expect(panels.filter(answerShows).map((p) => p.id)).to.deep.equal(['faq-cost-panel']);
      const undo = await asPrinted(el);
      try {
        const hidden = panels.filter((p) => !answerShows(p)).map((p) => p.id);
        expect(hidden, 'answers missing from print').to.deep.equal([]);
        expect(shows($(el, '.tools')), 'search and filters').to.equal(false);
        expect(shows($(el, '.cta .book')), 'booking button').to.equal(false);
        expect(questions(el).every(shows), 'every question').to.equal(true);
      } finally {
        await undo();
      }
      expect(panels.filter(answerShows).map((p) => p.id)).to.deep.equal(['faq-cost-panel']);
    });
  });
});
