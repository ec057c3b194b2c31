import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { define } from '../../src/core/define.js';
import { DEFAULT_SETTINGS, JURISDICTIONS } from '../../src/core/settings.js';
import { GUIDE_CONTENT, GUIDE_UI, fillsFor } from '../../src/content/index.js';
import { plain, pick, resolveRich } from '../../src/content/resolve.js';
import type { Block } from '../../src/content/types.js';
import { TherapyGuide, type TherapyStepDetail } from '../../src/elements/guide/guide.js';
import { chosenQuestions, prepText } from '../../src/elements/guide/prep-text.js';
import { composeGuide } from '../../src/content/compose.js';
import {
  $,
  $$,
  asPrinted,
  emulated,
  mediaRules,
  captureConsole,
  fkGrades,
  mount,
  textOf,
  type Captured,
} from '../support/helpers.js';

define('therapy-guide', TherapyGuide);

const STAGES = ['before', 'first-session', 'early-sessions', 'ongoing', 'ending'];
const en = GUIDE_CONTENT.en;

const tabs = (el: Element): HTMLButtonElement[] => $$<HTMLButtonElement>(el, '[role="tab"]');
const tabIds = (el: Element): string[] => tabs(el).map((t) => t.id.replace(/^tab-/, ''));
const current = (el: Element): string => $(el, '[role="tab"][aria-selected="true"]').id.replace(/^tab-/, '');
const shownPanels = (el: Element): HTMLElement[] =>
  $$<HTMLElement>(el, '[role="tabpanel"]').filter((p) => !p.hasAttribute('hidden'));
const progress = (el: Element): string => $(el, '[part~="progress"]').textContent!.trim();
const focused = (el: Element): Element | null => el.shadowRoot!.activeElement;
const status = (el: Element): string => $(el, '[role="status"]').textContent!.trim();
const button = (el: Element, text: string): HTMLButtonElement => {
  const found = $$<HTMLButtonElement>(el, 'button[part~="button"]').find((b) =>
    b.textContent!.includes(text),
  );
  if (!found) throw new Error(`No button "${text}"`);
  return found;
};
const links = (el: Element): { text: string; href: string }[] =>
  $$<HTMLAnchorElement>(el, '.closing a').map((a) => ({
    text: a.textContent!.trim(),
    href: a.getAttribute('href')!,
  }));

/**
 * Types text as a reader would. One key at a time: WebKit's driver drops a key that repeats
 * the one before it when given a whole string.
 */
async function typeKeys(text: string): Promise<void> {
  for (const key of text) await sendKeys({ type: key });
}

/** Records every therapy-step the element fires. */
function recordSteps(el: HTMLElement): TherapyStepDetail[] {
  const seen: TherapyStepDetail[] = [];
  el.addEventListener('therapy-step', (event) => seen.push(event.detail));
  return seen;
}

/** Replaces navigator.clipboard.writeText until the returned function is called. */
function stubClipboard(write: (text: string) => Promise<void>): () => void {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true });
    return () => delete (navigator as { clipboard?: unknown }).clipboard;
  }
  Object.defineProperty(clipboard, 'writeText', { value: write, configurable: true, writable: true });
  return () => delete (clipboard as { writeText?: unknown }).writeText;
}

describe('<therapy-guide>', () => {
  let console_: Captured;
  beforeEach(() => {
    console_ = captureConsole();
  });
  afterEach(() => console_.restore());

  describe('stages', () => {
    it('shows the title, the intro, five stage tabs and the first stage', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      expect($(el, 'h2[part~="heading"]').textContent).to.equal('What to expect in therapy');
      expect($(el, '[part~="intro"]').textContent).to.contain('one step at a time');
      expect(tabIds(el)).to.deep.equal(STAGES);
      expect(tabs(el).map((t) => t.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        '1 Before you start',
        '2 First session',
        '3 Early sessions',
        '4 Ongoing therapy',
        '5 Ending',
      ]);
      expect(current(el)).to.equal('before');
      expect(progress(el)).to.equal('Stage 1 of 5');
      const [panel] = shownPanels(el);
      expect(shownPanels(el)).to.have.length(1);
      expect(panel!.querySelector('h3')!.textContent).to.equal('Before you start');
      expect(panel!.querySelector('.summary')!.textContent).to.equal(
        'Finding the right person and getting ready to start.',
      );
      expect([...panel!.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal([
        'What happens',
        'What your therapist does',
        'What you can do',
        'Common feelings',
        'Questions you might ask',
      ]);
      expect(console_.warnings).to.deep.equal([]);
    });

    it('follows the Tabs pattern: names, selection, controls and a roving tabindex', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide start="early-sessions"></therapy-guide>`);
      const list = $(el, '[role="tablist"]');
      expect(list.getAttribute('part')).to.equal('steps');
      expect(list.getAttribute('aria-label')).to.equal('Stages of therapy');
      for (const tab of tabs(el)) {
        const selected = tab.id === 'tab-early-sessions';
        expect(tab.getAttribute('part')).to.equal('step');
        expect(tab.getAttribute('aria-selected')).to.equal(String(selected));
        expect(tab.tabIndex).to.equal(selected ? 0 : -1);
        // The shown panel is a tabpanel named by its tab; hidden ones (kept for find-in-page)
        // are no tabpanel, so they never sit empty in the accessibility tree.
        const panel = el.shadowRoot!.getElementById(tab.getAttribute('aria-controls')!)!;
        expect(panel.getAttribute('role')).to.equal(selected ? 'tabpanel' : null);
        expect(panel.getAttribute('part')).to.equal('panel');
        if (selected)
          expect(el.shadowRoot!.getElementById(panel.getAttribute('aria-labelledby')!)).to.equal(tab);
        expect(panel.hasAttribute('hidden')).to.equal(!selected);
      }
      // The stage heading is described by the progress, so focus on it says "Stage 3 of 5".
      const heading = $(el, '#heading-early-sessions');
      expect(el.shadowRoot!.getElementById(heading.getAttribute('aria-describedby')!)!.textContent).to.equal(
        'Stage 3 of 5',
      );
    });

    it('shows a stage when its tab is clicked, and fires therapy-step', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      const step = oneEvent(el, 'therapy-step');
      tabs(el)[3]!.click();
      const event = (await step) as CustomEvent<TherapyStepDetail>;
      expect(event.detail).to.deep.equal({ id: 'ongoing', index: 3 });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(current(el)).to.equal('ongoing');
      expect(progress(el)).to.equal('Stage 4 of 5');
      expect(shownPanels(el).map((p) => p.id)).to.deep.equal(['panel-ongoing']);
    });

    it('does not fire therapy-step when the current tab is clicked again', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      const seen = recordSteps(el);
      tabs(el)[0]!.click();
      await el.updateComplete;
      await aTimeout(0);
      expect(seen).to.deep.equal([]);
    });

    it('shows every stage in Spanish too', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide lang="es"></therapy-guide>`);
      expect($(el, '[part~="heading"]').textContent).to.equal('Qué esperar de la terapia');
      expect(tabIds(el)).to.deep.equal(STAGES);
      expect(progress(el)).to.equal('Etapa 1 de 5');
      tabs(el)[4]!.click();
      await el.updateComplete;
      expect(shownPanels(el)[0]!.querySelector('h3')!.textContent).to.equal('El final');
      expect(progress(el)).to.equal('Etapa 5 de 5');
    });

    it('fills the practice name and session length into the stages', async () => {
      const el = await mount<TherapyGuide>(
        html`<therapy-guide practice-name="Calm Harbour Therapy" session-minutes="45"></therapy-guide>`,
      );
      expect(textOf(el)).to.contain('Your therapist, or someone at Calm Harbour Therapy, answers');
      expect(textOf(el)).to.contain('Sessions at Calm Harbour Therapy often last about 45 minutes.');
    });

    it('shows the jurisdiction’s own words', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide jurisdiction="uk"></therapy-guide>`);
      expect(textOf(shownPanels(el)[0])).to.contain('NHS Talking Therapies');
      el.setAttribute('jurisdiction', 'us');
      await el.updateComplete;
      expect(textOf(shownPanels(el)[0])).to.contain('Good Faith Estimate');
      expect(textOf(shownPanels(el)[0])).not.to.contain('NHS');
    });

    it('places headings under the heading-level it is given', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide heading-level="3"></therapy-guide>`);
      expect($(el, '[part~="heading"]').tagName).to.equal('H3');
      expect($(el, '#heading-before').tagName).to.equal('H4');
      expect($(el, '.block h5').textContent).to.equal('What happens');
      expect($(el, '#prep-heading').tagName).to.equal('H4');
    });

    it('reveals a stage that find-in-page reaches', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      const step = oneEvent(el, 'therapy-step');
      $(el, '#panel-ending').dispatchEvent(new Event('beforematch'));
      expect(((await step) as CustomEvent<TherapyStepDetail>).detail).to.deep.equal({
        id: 'ending',
        index: 4,
      });
      expect(current(el)).to.equal('ending');
    });
  });

  describe('keyboard', () => {
    async function press(el: TherapyGuide, key: string): Promise<void> {
      await sendKeys({ press: key });
      await el.updateComplete;
    }

    it('moves between stages with the arrows, Home and End, wrapping around', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      const seen = recordSteps(el);
      tabs(el)[0]!.focus();
      await press(el, 'ArrowRight');
      expect(focused(el)).to.equal(tabs(el)[1]);
      expect(current(el)).to.equal('first-session');
      expect(tabs(el)[1]!.tabIndex).to.equal(0);
      expect(tabs(el)[0]!.tabIndex).to.equal(-1);
      await press(el, 'End');
      expect(focused(el)).to.equal(tabs(el)[4]);
      expect(current(el)).to.equal('ending');
      await press(el, 'ArrowRight');
      expect(current(el)).to.equal('before');
      await press(el, 'ArrowLeft');
      expect(current(el)).to.equal('ending');
      await press(el, 'Home');
      expect(focused(el)).to.equal(tabs(el)[0]);
      expect(current(el)).to.equal('before');
      await aTimeout(0);
      expect(seen).to.deep.equal([
        { id: 'first-session', index: 1 },
        { id: 'ending', index: 4 },
        { id: 'before', index: 0 },
        { id: 'ending', index: 4 },
        { id: 'before', index: 0 },
      ]);
    });

    it('mirrors the arrows right to left', async () => {
      const wrapper = await fixture(html`<div dir="rtl"><therapy-guide></therapy-guide></div>`);
      const el = wrapper.querySelector('therapy-guide')!;
      await el.updateComplete;
      tabs(el)[0]!.focus();
      await press(el, 'ArrowLeft');
      expect(focused(el)).to.equal(tabs(el)[1]);
      expect(current(el)).to.equal('first-session');
      await press(el, 'ArrowRight');
      expect(current(el)).to.equal('before');
      await press(el, 'ArrowRight');
      expect(focused(el)).to.equal(tabs(el)[4]);
      expect(current(el)).to.equal('ending');
    });

    it('Tab goes from the current stage to its panel, never to a hidden one', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide start="first-session"></therapy-guide>`);
      tabs(el)[1]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id).to.equal('panel-first-session');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '.pager .previous'));
      expect($$(el, '[role="tabpanel"][tabindex]').map((p) => p.id)).to.deep.equal(['panel-first-session']);
    });

    it('moves with Up and Down instead when the list stacks on a narrow screen', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 300px"><therapy-guide></therapy-guide></div>`,
      );
      const el = wrapper.querySelector<TherapyGuide>('therapy-guide')!;
      await waitUntil(() => $(el, '[role="tablist"]').getAttribute('aria-orientation') === 'vertical');
      tabs(el)[0]!.focus();
      await press(el, 'ArrowDown');
      expect(current(el)).to.equal('first-session');
      await press(el, 'ArrowUp');
      expect(focused(el)).to.equal(tabs(el)[0]);
      expect(current(el)).to.equal('before');
    });

    it('Previous and Next change the stage and move focus to its heading', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      const seen = recordSteps(el);
      expect($$(el, '.pager button')).to.have.length(1);
      expect($(el, '.pager .next').getAttribute('aria-label')).to.equal('Next stage: First session');
      $(el, '.pager .next').click();
      await waitUntil(() => focused(el)?.id === 'heading-first-session', 'focus on the new heading');
      expect(current(el)).to.equal('first-session');
      expect(progress(el)).to.equal('Stage 2 of 5');
      expect($(el, '.pager .previous').getAttribute('aria-label')).to.equal(
        'Previous stage: Before you start',
      );
      $(el, '.pager .previous').click();
      await waitUntil(() => focused(el)?.id === 'heading-before', 'focus on the previous heading');
      expect(seen).to.deep.equal([
        { id: 'first-session', index: 1 },
        { id: 'before', index: 0 },
      ]);
      tabs(el)[4]!.click();
      await el.updateComplete;
      expect($$(el, '.pager button').map((b) => b.className)).to.deep.equal(['previous']);
    });
  });

  describe('include, exclude and start', () => {
    it('shows only the included stages, less the excluded ones, and counts them', async () => {
      const el = await mount<TherapyGuide>(
        html`<therapy-guide include="first-session ongoing ending" exclude="ongoing"></therapy-guide>`,
      );
      expect(tabIds(el)).to.deep.equal(['first-session', 'ending']);
      expect(progress(el)).to.equal('Stage 1 of 2');
      expect($$(el, '[part~="panel"]')).to.have.length(2);
      expect(console_.warnings).to.deep.equal([]);
    });

    it('starts at the stage `start` names', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide start="ongoing"></therapy-guide>`);
      expect(current(el)).to.equal('ongoing');
      expect(progress(el)).to.equal('Stage 4 of 5');
    });

    it('re-renders when include, exclude or start change, and keeps the reader’s stage when it can', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      const seen = recordSteps(el);
      tabs(el)[2]!.click();
      await el.updateComplete;
      el.setAttribute('exclude', 'before');
      await el.updateComplete;
      expect(tabIds(el)).to.deep.equal(['first-session', 'early-sessions', 'ongoing', 'ending']);
      expect(current(el)).to.equal('early-sessions');
      expect(progress(el)).to.equal('Stage 2 of 4');
      el.setAttribute('include', 'ongoing ending');
      await el.updateComplete;
      expect(current(el)).to.equal('ongoing');
      el.setAttribute('start', 'ending');
      await el.updateComplete;
      expect(current(el)).to.equal('ending');
      el.removeAttribute('include');
      el.removeAttribute('exclude');
      el.start = 'before';
      await el.updateComplete;
      expect(tabIds(el)).to.deep.equal(STAGES);
      expect(current(el)).to.equal('before');
      await aTimeout(0);
      // Only the click was the reader's doing.
      expect(seen).to.deep.equal([{ id: 'early-sessions', index: 2 }]);
    });

    it('warns about unknown ids, naming the attribute, and shows the rest', async () => {
      const el = await mount<TherapyGuide>(
        html`<therapy-guide include="before Ending sideways" exclude="nope" start="middle"></therapy-guide>`,
      );
      expect(tabIds(el)).to.deep.equal(['before', 'ending']);
      expect(current(el)).to.equal('before');
      expect(console_.warnings).to.have.members([
        '<therapy-guide>: attribute "include" got "sideways"; it accepts space-separated ids from: before, first-session, early-sessions, ongoing, ending. Using the default instead.',
        '<therapy-guide>: attribute "exclude" got "nope"; it accepts space-separated ids from: before, first-session, early-sessions, ongoing, ending. Using the default instead.',
        '<therapy-guide>: attribute "start" got "middle"; it accepts before, ending. Using the default instead.',
      ]);
      el.requestUpdate();
      await el.updateComplete;
      expect(console_.warnings).to.have.length(3);
    });

    it('falls back to the first shown stage when `start` names a stage left out', async () => {
      const el = await mount<TherapyGuide>(
        html`<therapy-guide exclude="before ending" start="ending"></therapy-guide>`,
      );
      expect(current(el)).to.equal('first-session');
      expect(console_.warnings).to.deep.equal([
        '<therapy-guide>: attribute "start" got "ending"; it accepts first-session, early-sessions, ongoing. Using the default instead.',
      ]);
    });

    it('shows every stage, with a warning, when include and exclude leave none', async () => {
      const el = await mount<TherapyGuide>(
        html`<therapy-guide include="before" exclude="before"></therapy-guide>`,
      );
      expect(tabIds(el)).to.deep.equal(STAGES);
      expect(console_.warnings).to.deep.equal([
        '<therapy-guide>: attribute "exclude" got "before"; it accepts ids that leave at least one stage to show (with include, if set). Using the default instead.',
      ]);
    });
  });

  describe('deep links', () => {
    const base = window.location.pathname + window.location.search;
    afterEach(() => history.replaceState(null, '', base));

    async function follow(el: TherapyGuide, hash: string): Promise<void> {
      const changed = oneEvent(window, 'hashchange');
      window.location.hash = hash;
      await changed;
      await el.updateComplete;
    }

    it('shows the stage a #guide- link names when the page opens', async () => {
      history.replaceState(null, '', '#guide-ongoing');
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      await waitUntil(() => current(el) === 'ongoing', 'the linked stage shows');
      expect(progress(el)).to.equal('Stage 4 of 5');
      expect(window.location.hash).to.equal('#guide-ongoing');
    });

    it('follows a #guide- link while open, without firing therapy-step', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide exclude="early-sessions"></therapy-guide>`);
      const seen = recordSteps(el);
      await follow(el, '#guide-ending');
      expect(current(el)).to.equal('ending');
      // Unknown and excluded stages, and other widgets' links, change nothing.
      await follow(el, '#guide-early-sessions');
      await follow(el, '#guide-nowhere');
      await follow(el, '#faq-ending');
      expect(current(el)).to.equal('ending');
      await aTimeout(0);
      expect(seen).to.deep.equal([]);
    });

    it('scrolls to the prep sheet for #guide-prepare', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      const original = Element.prototype.scrollIntoView;
      const scrolled: Element[] = [];
      Element.prototype.scrollIntoView = function (this: Element) {
        scrolled.push(this);
      };
      try {
        await follow(el, '#guide-prepare');
        await waitUntil(() => scrolled.length > 0, 'something scrolled');
      } finally {
        Element.prototype.scrollIntoView = original;
      }
      expect(scrolled).to.deep.equal([$(el, '#prep-heading')]);
      expect(current(el)).to.equal('before');
    });
  });

  describe('prepare for your first session', () => {
    const ids = en.prep.questions.map((q) => q.id);
    const texts = en.prep.questions.map((q) => q.text);

    let restoreClipboard: (() => void) | undefined;
    afterEach(() => {
      restoreClipboard?.();
      restoreClipboard = undefined;
    });

    function tick(el: Element, id: string): void {
      $<HTMLInputElement>(el, `input[value="${id}"]`).click();
    }

    async function typeHopes(el: TherapyGuide, text: string): Promise<void> {
      $(el, 'textarea').focus();
      await typeKeys(text);
      await el.updateComplete;
    }

    it('builds the copied text from the ticked questions, or all of them, and the hopes', () => {
      expect(
        chosenQuestions(en.prep.questions, new Set(['approach', 'qualifications'])).map((q) => q.id),
      ).to.deep.equal(['qualifications', 'approach']);
      expect(chosenQuestions(en.prep.questions, new Set()).map((q) => q.id)).to.deep.equal(ids);
      expect(
        prepText({
          title: 'Prepare for your first session',
          questionsHeading: 'Questions to ask',
          questions: ['One?', 'Two?'],
          hopesLabel: 'What do you hope will change?',
          hopes: '  Sleep better.  \r\nWorry less.\n\n',
        }),
      ).to.equal(
        'Prepare for your first session\n\nQuestions to ask\n- One?\n- Two?\n\nWhat do you hope will change?\nSleep better.\nWorry less.',
      );
      expect(
        prepText({ title: 'T', questionsHeading: 'Q', questions: ['One?'], hopesLabel: 'H', hopes: ' \n ' }),
      ).to.equal('T\n\nQ\n- One?');
    });

    it('has a labelled checklist, a labelled box for hopes and the privacy line', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      expect($(el, '.prep legend').textContent).to.equal('Questions to ask');
      expect($$<HTMLInputElement>(el, '.prep input[type="checkbox"]').map((c) => c.value)).to.deep.equal(ids);
      expect($$(el, '.prep .tick').map((l) => l.textContent!.trim())).to.deep.equal(texts);
      const box = $<HTMLTextAreaElement>(el, 'textarea');
      expect(box.labels?.[0]?.textContent).to.equal('What do you hope will change?');
      const described = box
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)!.textContent);
      expect(described).to.deep.equal([en.prep.hopesHint, en.prep.privacyNote]);
      expect(textOf($(el, '.prep'))).to.contain('It is not saved or sent anywhere');
    });

    it('keeps the online question only for practices that meet online', () => {
      const questions = (format: 'both' | 'online' | 'in-person') =>
        composeGuide({ locale: 'en', settings: { jurisdiction: 'generic', format }, facts: {} }).prep
          .questions;
      expect(questions('both')).to.have.length(ids.length);
      expect(questions('online')).to.have.length(ids.length);
      expect(questions('in-person').map((q) => q.id)).not.to.include('online-privacy');
    });

    it('leaves out the online question when sessions are only in person', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide format="in-person"></therapy-guide>`);
      expect($$<HTMLInputElement>(el, '.prep input').map((c) => c.value)).to.deep.equal(
        ids.filter((id) => id !== 'online-privacy'),
      );
    });

    it('copies the ticked questions and the hopes, and says so politely', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      const copied: string[] = [];
      restoreClipboard = stubClipboard(async (text) => void copied.push(text));
      tick(el, 'session-count');
      tick(el, 'qualifications');
      await typeHopes(el, 'Feel calmer at work');
      button(el, 'Copy your list').click();
      await waitUntil(() => status(el) === 'Copied.', 'the copy is announced');
      expect($(el, '[role="status"]').closest('[aria-live="off"]')).to.equal(null);
      expect(copied).to.deep.equal([
        [
          'Prepare for your first session',
          '',
          'Questions to ask',
          `- ${texts[0]}`,
          `- ${texts[4]}`,
          '',
          'What do you hope will change?',
          'Feel calmer at work',
        ].join('\n'),
      ]);
      // Once the list changes, "Copied." no longer stands.
      tick(el, 'approach');
      await el.updateComplete;
      expect(status(el)).to.equal('');
    });

    it('copies every question when none is ticked', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide lang="es"></therapy-guide>`);
      const copied: string[] = [];
      restoreClipboard = stubClipboard(async (text) => void copied.push(text));
      button(el, 'Copiar tu lista').click();
      await waitUntil(() => status(el) === 'Copiado.', 'the copy is announced');
      expect(copied[0]).to.equal(
        [
          'Prepárate para tu primera sesión',
          '',
          'Preguntas para hacer',
          ...GUIDE_CONTENT.es.prep.questions.map((q) => `- ${q.text}`),
        ].join('\n'),
      );
    });

    it('says how else to keep the list when the browser refuses to copy', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      restoreClipboard = stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
      button(el, 'Copy your list').click();
      await waitUntil(() => status(el) !== '', 'the failure is announced');
      expect(status(el)).to.equal(GUIDE_UI.en.copyFailed);
    });

    it('keeps what the reader ticked and typed through attribute and language changes', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      tick(el, 'approach');
      await typeHopes(el, 'Less worry');
      el.setAttribute('lang', 'es');
      el.setAttribute('include', 'before ending');
      el.setAttribute('heading-level', '4');
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect($(el, '#prep-heading').textContent).to.equal('Prepárate para tu primera sesión');
      expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal('Less worry');
      expect($<HTMLInputElement>(el, 'input[value="approach"]').checked).to.equal(true);
      expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(1);
      expect($(el, '.hopes-print').textContent).to.equal('Less worry');
    });

    it('stores nothing: no storage, no cookie', async () => {
      const before = [localStorage.length, sessionStorage.length, document.cookie];
      const originalSetItem = Storage.prototype.setItem;
      let writes = 0;
      Storage.prototype.setItem = function (...args: [string, string]) {
        writes++;
        return originalSetItem.apply(this, args);
      };
      const originalPrint = window.print;
      window.print = () => undefined;
      try {
        const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
        restoreClipboard = stubClipboard(async () => undefined);
        tick(el, 'experience');
        tick(el, 'fees-cancellation');
        await typeHopes(el, 'Sleep better');
        button(el, 'Copy your list').click();
        await waitUntil(() => status(el) === 'Copied.', 'the copy is announced');
        button(el, 'Print the guide').click();
        el.remove();
      } finally {
        Storage.prototype.setItem = originalSetItem;
        window.print = originalPrint;
      }
      expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(before);
      expect(writes).to.equal(0);
    });
  });

  describe('printing', () => {
    it('Print opens the browser’s print dialog', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      const original = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        button(el, 'Print the guide').click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });

    it('prints every stage in order and the prep sheet with the reader’s answers', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide booking-url="/book"></therapy-guide>`);
      $<HTMLInputElement>(el, 'input[value="approach"]').click();
      $(el, 'textarea').focus();
      await typeKeys('Sleep better');
      await el.updateComplete;
      const undo = await asPrinted(el);
      try {
        const shows = (node: Element): boolean => node.getBoundingClientRect().height > 0;
        expect($$(el, '[part~="panel"]').map(shows)).to.deep.equal(STAGES.map(() => true));
        expect(shows($(el, '[role="tablist"]'))).to.equal(false);
        expect(shows($(el, '[part~="progress"]'))).to.equal(false);
        expect($$(el, 'button').filter(shows)).to.deep.equal([]);
        expect(shows($(el, 'textarea'))).to.equal(false);
        expect(shows($(el, '.prep'))).to.equal(true);
        expect(shows($(el, '.hopes-print'))).to.equal(true);
        expect($(el, '.hopes-print').textContent).to.equal('Sleep better');
        expect($<HTMLInputElement>(el, 'input[value="approach"]').checked).to.equal(true);
      } finally {
        await undo();
      }
      // Print shows the panels in content order.
      expect($$(el, '[part~="panel"]').map((p) => p.id)).to.deep.equal(STAGES.map((s) => `panel-${s}`));
    });
  });

  describe('closing', () => {
    it('ends with the booking and contact links when they are set', async () => {
      const el = await mount<TherapyGuide>(
        html`<therapy-guide
          booking-url="https://calmharbour.example/book"
          contact-url="/contact"
          phone="+1 (555) 010-0100"
          email="hello@calmharbour.example"
        ></therapy-guide>`,
      );
      expect(links(el)).to.deep.equal([
        { text: 'Book a session', href: 'https://calmharbour.example/book' },
        { text: 'Get in touch', href: '/contact' },
        { text: 'Call +1 (555) 010-0100', href: 'tel:+15550100100' },
        { text: 'Email hello@calmharbour.example', href: 'mailto:hello@calmharbour.example' },
      ]);
      expect($$(el, '.closing a').every((a) => a.getAttribute('part') === 'link')).to.equal(true);
      expect(textOf($(el, '.closing'))).to.contain('There is no rush.');
    });

    it('drops a javascript: booking URL with a warning, and shows no closing without links', async () => {
      const el = await mount<TherapyGuide>(
        html`<therapy-guide booking-url="javascript:alert(1)"></therapy-guide>`,
      );
      expect(links(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.closing')).to.equal(null);
      expect(console_.warnings).to.deep.equal([
        '<therapy-guide>: attribute "booking-url" got "javascript:alert(1)"; it accepts an https:, http: or relative URL. Using the default instead.',
      ]);
      el.setAttribute('booking-url', '/book');
      await el.updateComplete;
      expect(links(el)).to.deep.equal([{ text: 'Book a session', href: '/book' }]);
    });

    it('ends with the crisis line for the jurisdiction, unless crisis="off"', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide jurisdiction="uk" lang="es"></therapy-guide>`);
      const line = $(el, 'therapy-crisis');
      expect(line.getAttribute('variant')).to.equal('line');
      expect(line.getAttribute('jurisdiction')).to.equal('uk');
      expect(line.getAttribute('lang')).to.equal('es');
      expect(line.getAttribute('exportparts')).to.contain('crisis');
      expect(line.parentElement!.lastElementChild).to.equal(line);
      el.setAttribute('crisis', 'off');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('therapy-crisis')).to.equal(null);
      el.setAttribute('crisis', 'maybe');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('therapy-crisis')).not.to.equal(null);
      expect(console_.warnings).to.deep.equal([
        '<therapy-guide>: attribute "crisis" got "maybe"; it accepts on, off. Using the default instead.',
      ]);
    });
  });

  describe('config block', () => {
    let block: HTMLScriptElement | undefined;
    afterEach(() => block?.remove());

    it('overrides stage titles and summaries by id, as plain text', async () => {
      block = document.createElement('script');
      block.type = 'application/json';
      block.id = 'guide-cfg';
      block.textContent = JSON.stringify({
        'practice-name': 'Kōwhai Counselling',
        text: {
          'guide.before.title': 'Getting started',
          'guide.ending.summary': '<b>Saying goodbye</b> at {practice}.',
          'guide.prep.title': 'Your first-session list',
        },
      });
      document.body.append(block);
      const el = await mount<TherapyGuide>(
        html`<therapy-guide config="guide-cfg" start="ending"></therapy-guide>`,
      );
      expect(textOf(tabs(el)[0])).to.equal('1 Getting started');
      expect(shownPanels(el)[0]!.querySelector('.summary')!.textContent).to.equal(
        '<b>Saying goodbye</b> at Kōwhai Counselling.',
      );
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect($(el, '#prep-heading').textContent).to.equal('Your first-session list');
    });
  });

  describe('layout', () => {
    it('stacks the stage list on a 320 px wide screen without sideways scrolling', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px"><therapy-guide booking-url="/book"></therapy-guide></div>`,
      );
      const el = wrapper.querySelector('therapy-guide')!;
      await el.updateComplete;
      expect(getComputedStyle($(el, '[role="tablist"]')).flexDirection).to.equal('column');
      const rows = tabs(el).map((t) => t.getBoundingClientRect());
      expect(rows.every((r, i) => i === 0 || r.top >= rows[i - 1]!.bottom - 1)).to.equal(true);
      expect(rows.every((r) => r.height >= 24 && r.width >= 24)).to.equal(true);
      expect(el.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });

    it('lays the stage list out in a row on a wide screen', async () => {
      const wrapper = await fixture(html`<div style="width: 900px"><therapy-guide></therapy-guide></div>`);
      const el = wrapper.querySelector('therapy-guide')!;
      await el.updateComplete;
      expect(getComputedStyle($(el, '[role="tablist"]')).flexDirection).to.equal('row');
      const tops = tabs(el).map((t) => Math.round(t.getBoundingClientRect().top));
      expect(new Set(tops).size).to.equal(1);
    });

    it('has no transitions under reduced motion', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      if (await emulated({ reducedMotion: 'reduce' })) {
        try {
          expect(getComputedStyle(tabs(el)[0]!).transitionDuration).to.equal('0s');
        } finally {
          await emulateMedia({ reducedMotion: 'no-preference' });
        }
      } else {
        const rule = mediaRules(el, 'prefers-reduced-motion: reduce').find((r) =>
          r.selectorText.includes('*'),
        );
        expect(rule?.style.getPropertyValue('transition-duration')).to.equal('0s');
      }
    });
  });

  describe('accessibility', () => {
    for (const [i, id] of STAGES.entries()) {
      it(`passes axe on the "${id}" stage`, async () => {
        const el = await mount<TherapyGuide>(
          html`<therapy-guide jurisdiction="us" booking-url="/book" phone="555 0100"></therapy-guide>`,
        );
        tabs(el)[i]!.click();
        await el.updateComplete;
        expect(current(el)).to.equal(id);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe with the prep sheet filled in and the copy announced', async () => {
      const el = await mount<TherapyGuide>(html`<therapy-guide></therapy-guide>`);
      const restore = stubClipboard(async () => undefined);
      try {
        $<HTMLInputElement>(el, 'input[value="approach"]').click();
        $(el, 'textarea').focus();
        await typeKeys('Worry less');
        button(el, 'Copy your list').click();
        await waitUntil(() => status(el) === 'Copied.', 'the copy is announced');
      } finally {
        restore();
      }
      await expect(el).to.be.accessible();
    });

    for (const theme of ['dark', 'auto']) {
      it(`passes axe in Spanish with theme="${theme}"`, async () => {
        const el = await mount<TherapyGuide>(
          html`<therapy-guide
            lang="es"
            theme=${theme}
            jurisdiction="uk"
            contact-url="/contacto"
          ></therapy-guide>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('content', () => {
    it('has the same stages, blocks and prep questions in English and Spanish', () => {
      const es = GUIDE_CONTENT.es;
      expect(en.stages.map((s) => s.id)).to.deep.equal(STAGES);
      expect(es.stages.map((s) => s.id)).to.deep.equal(STAGES);
      expect(es.prep.questions.map((q) => q.id)).to.deep.equal(en.prep.questions.map((q) => q.id));
      expect(Object.keys(es.blockHeadings)).to.deep.equal(Object.keys(en.blockHeadings));
      for (const [i, stage] of en.stages.entries()) {
        expect(es.stages[i]!.questions.length, stage.id).to.be.greaterThan(0);
        expect(stage.questions.length, stage.id).to.be.greaterThan(0);
      }
    });

    it('reads at grade 8 or below: every English block of every stage, in every jurisdiction', async () => {
      const fills = fillsFor('en', DEFAULT_SETTINGS);
      // List lines are read as sentences: each ends with a full stop when it has no mark.
      const asText = (blocks: readonly Block[]): string =>
        plain(
          blocks.map((b) =>
            typeof b === 'string' ? b : { list: b.list.map((l) => (/[.!?]$/.test(l) ? l : `${l}.`)) },
          ),
        );
      const texts: { label: string; text: string }[] = [];
      for (const jurisdiction of JURISDICTIONS) {
        for (const stage of en.stages) {
          texts.push({
            label: `${jurisdiction} ${stage.id} summary`,
            text: pick(stage.summary, jurisdiction),
          });
          for (const key of ['happens', 'therapist', 'you', 'feelings'] as const) {
            texts.push({
              label: `${jurisdiction} ${stage.id} ${key}`,
              text: asText(resolveRich(stage[key], jurisdiction, fills)),
            });
          }
          texts.push({ label: `${jurisdiction} ${stage.id} questions`, text: stage.questions.join('\n') });
        }
      }
      const { prep } = en;
      texts.push(
        { label: 'intro', text: en.intro },
        { label: 'prep intro', text: prep.intro },
        { label: 'prep questions', text: prep.questions.map((q) => q.text).join('\n') },
        { label: 'prep hopes', text: `${prep.hopesLabel}\n${prep.hopesHint}` },
        { label: 'prep privacy', text: prep.privacyNote },
        { label: 'copy failed', text: GUIDE_UI.en.copyFailed },
        { label: 'closing', text: GUIDE_UI.en.closing },
      );
      const grades = await fkGrades(texts.map((t) => t.text));
      const tooHard = texts.flatMap((t, i) => (grades[i]! > 8 ? [`${t.label}: ${grades[i]}`] : []));
      expect(tooHard).to.deep.equal([]);
      expect(grades.length).to.equal(texts.length);
    });
  });
});
