import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { computeAccessibleDescription } from 'dom-accessibility-api';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { TherapyConfidentiality } from '../../src/elements/confidentiality/confidentiality.js';
import { define } from '../../src/core/define.js';
import { JURISDICTIONS, LOCALES, type Jurisdiction, type Locale } from '../../src/core/settings.js';
import { CONFIDENTIALITY_CONTENT, CONFIDENTIALITY_UI } from '../../src/content/index.js';
import { pick, plain } from '../../src/content/resolve.js';
import type { Verdict } from '../../src/content/types.js';
import {
  $,
  $$,
  asPrinted,
  captureConsole,
  fkGrades,
  mount,
  textOf,
  type Captured,
} from '../support/helpers.js';
import { onNarrowScreen } from '../support/widgets.js';

define('therapy-confidentiality', TherapyConfidentiality);

const EN = CONFIDENTIALITY_CONTENT.en;
const SECTION_IDS = ['private', 'limits', 'records', 'rights', 'supervision', 'online'];

/** One phrase only that jurisdiction's text may hold (case-sensitive), per locale. */
const KEY_PHRASES: { readonly [L in Locale]: { readonly [J in Exclude<Jurisdiction, 'generic'>]: string } } =
  {
    en: {
      us: 'HIPAA',
      uk: 'UK GDPR',
      ca: 'provincial health-privacy law',
      au: 'Privacy Act',
      ie: 'Children First',
      nz: 'Health Information Privacy Code',
    },
    es: {
      us: 'HIPAA',
      uk: 'UK GDPR',
      ca: 'ley provincial de privacidad de la salud',
      au: 'Privacy Act',
      ie: 'Children First',
      nz: 'Health Information Privacy Code',
    },
  };

function sectionButtons(el: Element): HTMLButtonElement[] {
  return $$<HTMLButtonElement>(el, '.sections [part~="button"]');
}

function radios(el: Element): HTMLInputElement[] {
  return $$<HTMLInputElement>(el, 'input[type="radio"]');
}

function panelOf(el: Element, id: string): HTMLElement {
  return $(el, `#confidentiality-${id}-panel`);
}

function isOpen(el: Element, id: string): boolean {
  return (
    $(el, `#confidentiality-${id}-button`).getAttribute('aria-expanded') === 'true' &&
    !panelOf(el, id).hasAttribute('hidden')
  );
}

/** The text of every open panel: what a reader sees with those sections open. */
function openText(el: Element): string {
  return $$(el, '.disclosure-panel:not([hidden])')
    .map((panel) => textOf(panel))
    .join(' ');
}

async function openAll(el: TherapyConfidentiality): Promise<void> {
  for (const button of sectionButtons(el)) {
    if (button.getAttribute('aria-expanded') === 'false') button.click();
    await el.updateComplete;
  }
}

async function choose(el: TherapyConfidentiality, id: string): Promise<void> {
  const radio = radios(el).find((r) => r.value === id);
  if (!radio) throw new Error(`No situation ${id}`);
  radio.click();
  await el.updateComplete;
}

function result(el: Element): HTMLElement {
  return $(el, '[part~="result"]');
}

function shown(node: Element): boolean {
  const box = node.getBoundingClientRect();
  // checkVisibility also sees content skipped by hidden="until-found" (content-visibility).
  return box.width > 0 && box.height > 0 && node.checkVisibility({ visibilityProperty: true });
}

describe('<therapy-confidentiality>', () => {
  let console_: Captured;
  beforeEach(() => {
    console_ = captureConsole();
  });
  afterEach(() => console_.restore());

  describe('structure', () => {
    it('shows the title, intro, review month, collapsed sections, explorer, disclaimer, invitation and crisis line', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality></therapy-confidentiality>`,
      );
      expect($(el, '[part~="heading"]').tagName).to.equal('H2');
      expect($(el, '[part~="heading"]').textContent!.trim()).to.equal('Your privacy in therapy');
      expect($(el, '[part~="intro"]').textContent).to.contain('Most of it does, but there are a few limits.');
      expect(textOf($(el, '.reviewed'))).to.equal('Last reviewed: November 2026.');
      expect(sectionButtons(el).map((b) => b.textContent!.trim())).to.deep.equal(
        EN.sections.map((s) => s.title),
      );
      expect($$(el, '[part~="section"]').map((s) => s.id)).to.deep.equal(
        SECTION_IDS.map((id) => `confidentiality-${id}`),
      );
      for (const id of SECTION_IDS) expect(isOpen(el, id), id).to.equal(false);
      for (const button of sectionButtons(el)) expect(button.parentElement!.tagName).to.equal('H3');
      expect(radios(el).map((r) => r.value)).to.deep.equal(EN.scenarios.map((s) => s.id));
      expect(radios(el).length).to.be.at.least(10);
      expect(radios(el).some((r) => r.checked)).to.equal(false);
      expect(textOf(result(el))).to.equal('Choose a situation, and the answer will show here.');
      expect(textOf($(el, '.disclaimer'))).to.contain('This is general information, not legal advice.');
      expect(textOf($(el, '.disclaimer'))).to.contain('The privacy notice from our practice explains');
      expect($$(el, '.disclaimer a')).to.have.length(0);
      expect(textOf($(el, '.ask'))).to.contain('Questions about privacy are welcome.');
      expect($$(el, '.ask a')).to.have.length(0);
      const crisis = $(el, 'therapy-crisis');
      expect(crisis.getAttribute('variant')).to.equal('line');
      expect(console_.warnings).to.deep.equal([]);
    });

    it('fits the page outline: heading-level sets the title, sections and situations go one and two deeper', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality heading-level="4"></therapy-confidentiality>`,
      );
      await choose(el, 'drugs');
      expect($(el, '[part~="heading"]').tagName).to.equal('H4');
      expect(sectionButtons(el)[0]!.parentElement!.tagName).to.equal('H5');
      expect($(el, '.explorer-title').tagName).to.equal('H5');
      expect($(el, '.result .answer-heading').tagName).to.equal('H6');
      el.setAttribute('heading-level', '6');
      await el.updateComplete;
      expect($(el, '[part~="heading"]').tagName).to.equal('H6');
      expect(sectionButtons(el)[0]!.parentElement!.tagName).to.equal('H6');
    });

    it('fills in the practice name and shows markup in it as text', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality practice-name=${'<b>Calm</b> Harbour'}></therapy-confidentiality>`,
      );
      expect(textOf($(el, '.disclaimer'))).to.contain('The privacy notice from <b>Calm</b> Harbour explains');
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    });
  });

  describe('jurisdictions', () => {
    for (const [jurisdiction, phrase] of Object.entries(KEY_PHRASES.en)) {
      it(`shows ${jurisdiction}'s own limits and rights ("${phrase}") once the sections are open`, async () => {
        const el = await mount<TherapyConfidentiality>(
          html`<therapy-confidentiality jurisdiction=${jurisdiction}></therapy-confidentiality>`,
        );
        expect(openText(el)).not.to.contain(phrase);
        for (const id of ['limits', 'rights']) {
          $(el, `#confidentiality-${id}-button`).click();
          await el.updateComplete;
        }
        expect(openText(el)).to.contain(phrase);
        const rights = textOf(panelOf(el, 'rights'));
        expect(rights.length).to.be.greaterThan(80);
      });
    }

    for (const locale of LOCALES) {
      for (const jurisdiction of JURISDICTIONS) {
        it(`leaks no other jurisdiction's law into ${jurisdiction} (${locale}), with everything open`, async () => {
          const el = await mount<TherapyConfidentiality>(
            html`<therapy-confidentiality
              lang=${locale}
              jurisdiction=${jurisdiction}
            ></therapy-confidentiality>`,
          );
          await openAll(el);
          // Every section open, and every situation's answer (the print list holds them all).
          const text = textOf(el);
          const content = CONFIDENTIALITY_CONTENT[locale];
          for (const scenario of content.scenarios) {
            expect(text).to.contain(plain(pick(scenario.explanation, jurisdiction)).split('\n')[0]!);
          }
          for (const [other, phrase] of Object.entries(KEY_PHRASES[locale])) {
            if (other === jurisdiction) expect(text, `${jurisdiction} names ${phrase}`).to.contain(phrase);
            else expect(text, `${jurisdiction} must not name ${phrase}`).not.to.contain(phrase);
          }
        });
      }
    }

    it('changes the limits text when the jurisdiction attribute changes', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality jurisdiction="uk"></therapy-confidentiality>`,
      );
      $(el, '#confidentiality-limits-button').click();
      await el.updateComplete;
      expect(openText(el)).to.contain('Terrorism Act 2000');
      el.setAttribute('jurisdiction', 'NZ');
      await el.updateComplete;
      expect(isOpen(el, 'limits')).to.equal(true);
      expect(openText(el)).to.contain('rule 11 of the Code');
      expect(openText(el)).not.to.contain('Terrorism');
    });
  });

  describe('the "Would this stay private?" explorer', () => {
    for (const locale of LOCALES) {
      it(`gives every situation in every jurisdiction a verdict in words and icon, and an explanation (${locale})`, async () => {
        const content = CONFIDENTIALITY_CONTENT[locale];
        const el = await mount<TherapyConfidentiality>(
          html`<therapy-confidentiality lang=${locale}></therapy-confidentiality>`,
        );
        for (const jurisdiction of JURISDICTIONS) {
          el.setAttribute('jurisdiction', jurisdiction);
          await el.updateComplete;
          for (const scenario of content.scenarios) {
            const where = `${locale} ${jurisdiction} ${scenario.id}`;
            const verdict = pick(scenario.verdict, jurisdiction);
            await choose(el, scenario.id);
            const answer = $(el, '.result .answer');
            expect(answer.dataset['id'], where).to.equal(scenario.id);
            expect(textOf($(el, '.result .answer-heading')), where).to.equal(scenario.prompt);
            const verdictLine = $(el, '.result [part~="verdict"]');
            expect(textOf(verdictLine), where).to.equal(content.verdicts[verdict]);
            expect(verdictLine.getAttribute('part'), where).to.equal(`verdict verdict-${verdict}`);
            const icon = verdictLine.querySelector('svg')!;
            expect(icon.getAttribute('data-shape'), where).to.equal(verdict);
            expect(icon.getAttribute('aria-hidden'), where).to.equal('true');
            const explanation = $$(el, '.result .answer > p:not(.verdict), .result .answer > ul')
              .map((p) => textOf(p))
              .join(' ');
            expect(explanation.length, where).to.be.greaterThan(40);
            expect(explanation, where).to.contain(
              plain(pick(scenario.explanation, jurisdiction)).split('\n')[0]!,
            );
            // The same answer is in the print list.
            const printed = $(el, `.print-scenarios [data-id="${scenario.id}"]`);
            expect(textOf(printed.querySelector('[part~="verdict"]')), where).to.equal(
              content.verdicts[verdict],
            );
            expect(printed.querySelector('svg[data-shape]'), where).to.exist;
          }
        }
      });
    }

    it('draws each verdict with its own shape, not only its own colour', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality jurisdiction="us"></therapy-confidentiality>`,
      );
      const shapes = new Map<string, string>();
      for (const svg of $$<SVGSVGElement>(el, '.print-scenarios svg')) {
        const outline = [...svg.children]
          .map((c) => `${c.tagName}:${c.getAttribute('d') ?? ''}:${c.getAttribute('r') ?? ''}`)
          .join('|');
        shapes.set(svg.getAttribute('data-shape')!, outline);
      }
      // The verdicts the default situations use (since issue 12 none is plain "private").
      const used = [...new Set(EN.scenarios.map((s) => pick(s.verdict, 'us')))].sort();
      expect([...shapes.keys()].sort()).to.deep.equal(used);
      expect(new Set(shapes.values()).size).to.equal(used.length);
      // No fetched or data: images anywhere.
      expect($$(el, 'img, image, use, [src], [href^="data:"]')).to.have.length(0);
    });

    it('shows the answer in a named group the situations point to, and updates it by keyboard', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality jurisdiction="uk"></therapy-confidentiality>`,
      );
      const region = result(el);
      // Not a live region itself: only the verdict is announced (tests/a11y covers what is said).
      expect(region.getAttribute('aria-live')).to.equal(null);
      expect(region.getAttribute('role')).to.equal('group');
      expect(region.getAttribute('aria-label')).to.equal('The answer');
      // The situations are described by what the answer says, not by the group's own name
      // (browsers describe with a target's aria-label when it has one).
      const fieldset = $(el, 'fieldset');
      const described = $(el, `#${fieldset.getAttribute('aria-describedby')}`);
      expect(region.contains(described)).to.equal(true);
      expect(described.hasAttribute('aria-label') || described.hasAttribute('aria-labelledby')).to.equal(
        false,
      );
      expect(computeAccessibleDescription(fieldset)).to.equal(CONFIDENTIALITY_UI.en.scenarioHint);
      const events: string[] = [];
      el.addEventListener('therapy-scenario', (e) => events.push(e.detail.id));

      const [first, second] = radios(el);
      first!.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(first!.checked).to.equal(true);
      expect(textOf(region)).to.contain('I tell my therapist I used drugs.');
      expect(textOf(region)).to.contain('Usually stays private');
      expect(computeAccessibleDescription(fieldset)).to.contain('Usually stays private');
      expect(computeAccessibleDescription(fieldset)).to.contain(
        plain(pick(EN.scenarios.find((s) => s.id === 'drugs')!.explanation, 'uk')).split('\n')[0]!,
      );
      expect(events).to.deep.equal(['drugs']);

      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(second);
      expect(second!.checked).to.equal(true);
      expect(textOf(region)).to.contain('I have thoughts of ending my life.');
      expect(textOf(region)).not.to.contain('used drugs');
      expect(events).to.deep.equal(['drugs', 'suicidal-thoughts']);

      // The fieldset's accessible name comes from its legend.
      expect(textOf($(el, 'fieldset > legend'))).to.equal('Choose a situation');
    });

    it('fires therapy-scenario (bubbling, composed) on a click, with the id', async () => {
      const wrapper = await fixture(
        html`<div><therapy-confidentiality jurisdiction="us"></therapy-confidentiality></div>`,
      );
      const el = wrapper.querySelector('therapy-confidentiality')!;
      await el.updateComplete;
      const label = $$(el, '[part~="scenario"]').find((l) => l.textContent!.includes('insurer'))!;
      setTimeout(() => label.click());
      const event = await oneEvent(wrapper, 'therapy-scenario');
      expect(event.detail).to.deep.equal({ id: 'insurer' });
      expect(event.composed).to.equal(true);
      expect(event.target).to.equal(el);
      await el.updateComplete;
      expect(textOf(result(el))).to.contain('May be shared');
    });

    it('never fires therapy-scenario when settings or links change it', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality></therapy-confidentiality>`,
      );
      const events: string[] = [];
      el.addEventListener('therapy-scenario', (e) => events.push(e.detail.id));
      el.setAttribute('jurisdiction', 'au');
      el.setAttribute('include', 'court drugs');
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      window.location.hash = '#confidentiality-court';
      await waitUntil(() => textOf(result(el)).includes('tribunal'), 'the link chose the court situation');
      history.replaceState(null, '', window.location.pathname + window.location.search);
      expect(events).to.deep.equal([]);
    });

    it('brings the answer into view after a tap when it sits below the screen', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px">
          <div style=${`height: ${window.innerHeight}px`}></div>
          <therapy-confidentiality></therapy-confidentiality>
        </div>`,
      );
      const el = wrapper.querySelector('therapy-confidentiality')!;
      await el.updateComplete;
      const choice = $(el, '[part~="scenario"]');
      choice.scrollIntoView({ block: 'start' });
      const answerTop = (): number => result(el).getBoundingClientRect().top;
      expect(answerTop()).to.be.greaterThan(window.innerHeight);
      const box = choice.getBoundingClientRect();
      try {
        await sendMouse({
          type: 'click',
          position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)],
        });
      } finally {
        await resetMouse();
      }
      await waitUntil(() => radios(el)[0]!.checked, 'the tap chose the first situation');
      await waitUntil(() => answerTop() < window.innerHeight, 'the answer scrolled into view');
      expect(textOf(result(el))).to.contain('Usually stays private');
    });

    describe('on a phone', () => {
      // A 320 × 640 window, or a 320 px frame where the driver cannot resize (WebKit).
      onNarrowScreen();

      /** The explainer in a 320 px wide frame. */
      async function inNarrowFrame(): Promise<{ wrapper: HTMLElement; el: TherapyConfidentiality }> {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: 320px">
            <therapy-confidentiality jurisdiction="us"></therapy-confidentiality>
          </div>`,
        );
        const el = wrapper.querySelector<TherapyConfidentiality>('therapy-confidentiality')!;
        await el.updateComplete;
        return { wrapper, el };
      }

      it('keeps the chosen situation on screen when it is chosen by keyboard', async () => {
        const { el } = await inNarrowFrame();
        const [first] = radios(el);
        const choice = first!.closest('label')!;
        choice.scrollIntoView({ block: 'start' });
        first!.focus();
        await sendKeys({ press: ' ' });
        await waitUntil(() => first!.checked, 'Space chose the first situation');
        expect(
          result(el).getBoundingClientRect().bottom,
          'the answer ends below the screen',
        ).to.be.greaterThan(window.innerHeight);
        // Let any smooth scrolling finish.
        let last = NaN;
        await waitUntil(
          () => {
            const still = window.scrollY === last;
            last = window.scrollY;
            return still;
          },
          'scrolling stopped',
          { interval: 150 },
        );
        const box = choice.getBoundingClientRect();
        expect(el.shadowRoot!.activeElement).to.equal(first);
        expect(box.bottom, 'the chosen situation is not above the screen').to.be.greaterThan(0);
        expect(box.top, 'nor below it').to.be.lessThan(window.innerHeight);
      });

      it('stays within a 320 px wide screen', async () => {
        const { wrapper, el } = await inNarrowFrame();
        await openAll(el);
        await choose(el, 'court');
        const root = $(el, '.root');
        expect(root.scrollWidth).to.be.at.most(320);
        for (const node of $$(el, '.choice, .result, .disclosure-button')) {
          expect(node.getBoundingClientRect().right - wrapper.getBoundingClientRect().left).to.be.at.most(
            320.5,
          );
        }
        for (const choice of $$(el, '.choice'))
          expect(choice.getBoundingClientRect().height).to.be.at.least(24);
      });
    });

    it('keeps the chosen answer while the jurisdiction changes, and shows that place\u2019s verdict', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality jurisdiction="us"></therapy-confidentiality>`,
      );
      await choose(el, 'parent');
      expect(textOf($(el, '.result [part~="verdict"]'))).to.equal('May be shared');
      el.jurisdiction = 'uk';
      await el.updateComplete;
      expect(textOf($(el, '.result [part~="verdict"]'))).to.equal('Usually stays private');
      expect(textOf(result(el))).to.contain('what a parent is told may depend on your age and understanding');
    });
  });

  describe('keyboard and sections', () => {
    it('moves between section buttons with Up, Down, Home and End, and toggles with Enter and Space', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality></therapy-confidentiality>`,
      );
      const buttons = sectionButtons(el);
      const focused = (): Element | null => el.shadowRoot!.activeElement;
      buttons[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal(buttons[1]);
      await sendKeys({ press: 'End' });
      expect(focused()).to.equal(buttons[5]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal(buttons[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused()).to.equal(buttons[5]);
      await sendKeys({ press: 'Home' });
      expect(focused()).to.equal(buttons[0]);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(isOpen(el, 'private')).to.equal(true);
      expect(shown(panelOf(el, 'private').querySelector('p')!)).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(isOpen(el, 'limits')).to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(isOpen(el, 'limits')).to.equal(false);
      expect(shown(panelOf(el, 'limits').querySelector('p')!)).to.equal(false);
      expect(isOpen(el, 'private')).to.equal(true);
    });

    it('labels each panel\u2019s button with its controls, and the button names the section', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality></therapy-confidentiality>`,
      );
      for (const id of SECTION_IDS) {
        const button = $(el, `#confidentiality-${id}-button`);
        const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
        expect(panel, id).to.equal(panelOf(el, id));
      }
    });

    it('opens a section that find-in-page reveals', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality></therapy-confidentiality>`,
      );
      panelOf(el, 'records').dispatchEvent(new Event('beforematch'));
      await el.updateComplete;
      expect(isOpen(el, 'records')).to.equal(true);
    });
  });

  describe('deep links', () => {
    afterEach(() => history.replaceState(null, '', window.location.pathname + window.location.search));

    it('opens the linked section on load and scrolls it into view', async () => {
      history.replaceState(null, '', '#confidentiality-rights');
      const wrapper = await fixture(
        html`<div>
          <div style="height: 3000px"></div>
          <therapy-confidentiality jurisdiction="ie"></therapy-confidentiality>
        </div>`,
      );
      const el = wrapper.querySelector('therapy-confidentiality')!;
      await waitUntil(() => isOpen(el, 'rights'), 'the rights section opened');
      const item = $(el, '#confidentiality-rights');
      await waitUntil(() => {
        const top = item.getBoundingClientRect().top;
        return top >= -1 && top < window.innerHeight;
      }, 'the section scrolled into view');
      expect(isOpen(el, 'limits')).to.equal(false);
    });

    it('follows later links to other sections, and ignores unknown ids', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality></therapy-confidentiality>`,
      );
      window.location.hash = '#confidentiality-online';
      await waitUntil(() => isOpen(el, 'online'), 'the online section opened');
      window.location.hash = '#confidentiality-nope';
      window.location.hash = '#faq-cost';
      window.location.hash = '#confidentiality-limits';
      await waitUntil(() => isOpen(el, 'limits'), 'the limits section opened');
      expect(isOpen(el, 'online')).to.equal(true);
      expect(console_.warnings).to.deep.equal([]);
    });
  });

  describe('include and exclude', () => {
    it('keeps only the named sections and situations', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality include="limits rights court drugs"></therapy-confidentiality>`,
      );
      expect($$(el, '[part~="section"]').map((s) => s.id)).to.deep.equal([
        'confidentiality-limits',
        'confidentiality-rights',
      ]);
      expect(radios(el).map((r) => r.value)).to.deep.equal(['drugs', 'court']);
      expect($$<HTMLElement>(el, '.print-scenarios .answer').map((a) => a.dataset['id'])).to.deep.equal([
        'drugs',
        'court',
      ]);
    });

    it('keeps every situation when include names only sections, and every section when it names only situations', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality include="records"></therapy-confidentiality>`,
      );
      expect($$(el, '[part~="section"]')).to.have.length(1);
      expect(radios(el)).to.have.length(EN.scenarios.length);
      el.setAttribute('include', 'employer');
      await el.updateComplete;
      expect($$(el, '[part~="section"]')).to.have.length(6);
      expect(radios(el).map((r) => r.value)).to.deep.equal(['employer']);
    });

    it('drops excluded ids, reactively, and drops the whole explorer when no situation is left', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality exclude="online parent"></therapy-confidentiality>`,
      );
      expect($$(el, '[part~="section"]').map((s) => s.id)).not.to.include('confidentiality-online');
      expect(radios(el).map((r) => r.value)).not.to.include('parent');
      expect(radios(el)).to.have.length(EN.scenarios.length - 1);
      el.setAttribute('exclude', EN.scenarios.map((s) => s.id).join(' '));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.explorer')).to.equal(null);
      // "supervision" names both the section and the situation.
      expect($$(el, '[part~="section"]').map((s) => s.id)).to.deep.equal(
        ['private', 'limits', 'records', 'rights', 'online'].map((id) => `confidentiality-${id}`),
      );
      el.removeAttribute('exclude');
      await el.updateComplete;
      expect($$(el, '[part~="section"]')).to.have.length(6);
      expect(radios(el)).to.have.length(EN.scenarios.length);
    });

    it('warns once, naming the attribute, about unknown ids, and keeps the known ones', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality
          include="limits bogus"
          exclude="nothing-here"
        ></therapy-confidentiality>`,
      );
      expect(console_.warnings).to.have.length(2);
      expect(console_.warnings[0]).to.match(
        /^<therapy-confidentiality>: attribute "include" got "bogus"; it accepts space-separated ids from: private, limits, records, rights, supervision, online, drugs, .*online-session\. Using the default instead\.$/,
      );
      expect(console_.warnings[1]).to.contain('attribute "exclude" got "nothing-here"');
      expect($$(el, '[part~="section"]').map((s) => s.id)).to.deep.equal(['confidentiality-limits']);
      el.requestUpdate();
      await el.updateComplete;
      expect(console_.warnings).to.have.length(2);
    });
  });

  describe('printing', () => {
    it('prints every section expanded and every situation with its verdict and explanation', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality jurisdiction="ca"></therapy-confidentiality>`,
      );
      await choose(el, 'court');
      expect(shown($(el, '.print-scenarios'))).to.equal(false);
      const undo = await asPrinted(el);
      try {
        for (const id of SECTION_IDS) expect(shown(panelOf(el, id).querySelector('p')!), id).to.equal(true);
        expect(shown($(el, '.explorer-body'))).to.equal(false);
        const answers = $$(el, '.print-scenarios .answer');
        expect(answers).to.have.length(EN.scenarios.length);
        for (const answer of answers) {
          expect(shown(answer)).to.equal(true);
          expect(shown(answer.querySelector('[part~="verdict"]')!)).to.equal(true);
          expect(shown(answer.querySelector('svg')!)).to.equal(true);
          expect(shown(answer.querySelector('p:not(.verdict)')!)).to.equal(true);
        }
      } finally {
        await undo();
      }
      expect(shown(panelOf(el, 'limits').querySelector('p')!)).to.equal(false);
    });
  });

  describe('links and settings', () => {
    it('links to the practice\u2019s own notice when policy-url is set, with the contact and booking links', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality
          policy-url="/privacy"
          contact-url="https://example.org/contact"
          booking-url="/book"
          phone="+1 555 010 0000"
          email="hello@example.org"
        ></therapy-confidentiality>`,
      );
      const policy = $<HTMLAnchorElement>(el, '.disclaimer a');
      expect(policy.getAttribute('href')).to.equal('/privacy');
      expect(policy.textContent!.trim()).to.equal('Read our full privacy notice');
      expect(policy.getAttribute('part')).to.equal('link');
      expect(
        $$<HTMLAnchorElement>(el, '.ask a').map((a) => [a.textContent!.trim(), a.getAttribute('href')]),
      ).to.deep.equal([
        ['Book a session', '/book'],
        ['Get in touch', 'https://example.org/contact'],
        ['Call +1 555 010 0000', 'tel:+15550100000'],
        ['Email hello@example.org', 'mailto:hello@example.org'],
      ]);
      expect(console_.warnings).to.deep.equal([]);
    });

    it('drops a javascript: policy-url with a warning', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality policy-url="javascript:alert(1)"></therapy-confidentiality>`,
      );
      expect($$(el, 'a[href^="javascript"]')).to.have.length(0);
      expect($$(el, '.disclaimer a')).to.have.length(0);
      expect(console_.warnings).to.deep.equal([
        '<therapy-confidentiality>: attribute "policy-url" got "javascript:alert(1)"; it accepts an https:, http: or relative URL. Using the default instead.',
      ]);
    });

    it('ends with the crisis line for the jurisdiction, and crisis="off" removes it', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality jurisdiction="au"></therapy-confidentiality>`,
      );
      const crisis = $(el, 'therapy-crisis') as HTMLElement & { updateComplete: Promise<boolean> };
      await crisis.updateComplete;
      expect(crisis.getAttribute('jurisdiction')).to.equal('au');
      expect(crisis.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:131114');
      expect(el.shadowRoot!.lastElementChild!.lastElementChild).to.equal(crisis);
      el.setAttribute('crisis', 'off');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('therapy-crisis')).to.equal(null);
      el.setAttribute('crisis', 'loud');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('therapy-crisis')).to.exist;
      expect(console_.warnings).to.deep.equal([
        '<therapy-confidentiality>: attribute "crisis" got "loud"; it accepts on, off. Using the default instead.',
      ]);
    });

    it('takes text overrides from the config block, as plain text', async () => {
      const block = document.createElement('script');
      block.type = 'application/json';
      block.id = 'cfg-confidentiality';
      block.textContent = JSON.stringify({
        'practice-name': 'Kōwhai Counselling',
        text: {
          'confidentiality.title': 'Privacy at {practice}',
          'confidentiality.limits.title': 'When we may share',
          'confidentiality.limits.body': 'First paragraph.\n\n<em>Second</em> paragraph.',
          'confidentiality.drugs.prompt': 'I mention drugs.',
          'confidentiality.disclaimer': 'Not legal advice.',
        },
      });
      document.body.append(block);
      try {
        const el = await mount<TherapyConfidentiality>(
          html`<therapy-confidentiality config="cfg-confidentiality"></therapy-confidentiality>`,
        );
        expect($(el, '[part~="heading"]').textContent!.trim()).to.equal('Privacy at Kōwhai Counselling');
        expect(textOf($(el, '#confidentiality-limits-button'))).to.equal('When we may share');
        expect($$(el, '#confidentiality-limits-panel p').map((p) => p.textContent)).to.deep.equal([
          'First paragraph.',
          '<em>Second</em> paragraph.',
        ]);
        expect(el.shadowRoot!.querySelector('em')).to.equal(null);
        expect(textOf($(el, '[part~="scenario"]'))).to.equal('I mention drugs.');
        expect(textOf($(el, '.disclaimer'))).to.equal('Not legal advice.');
        expect(textOf($(el, '#confidentiality-rights-button'))).to.equal('Your rights');
      } finally {
        block.remove();
      }
    });

    it('speaks Spanish from an ancestor\u2019s lang, with the review month in Spanish', async () => {
      const wrapper = await fixture(
        html`<div lang="es-MX"><therapy-confidentiality jurisdiction="us"></therapy-confidentiality></div>`,
      );
      const el = wrapper.querySelector('therapy-confidentiality')!;
      await el.updateComplete;
      expect($(el, '[part~="heading"]').textContent!.trim()).to.equal(CONFIDENTIALITY_CONTENT.es.title);
      expect(textOf($(el, '.reviewed'))).to.equal('Última revisión: noviembre de 2026.');
      await choose(el, 'insurer');
      expect(textOf($(el, '.result [part~="verdict"]'))).to.equal('Se podría compartir');
    });
  });

  describe('language and readability', () => {
    it('has the same sections, situations and verdicts in English and Spanish', () => {
      const [en, es] = [CONFIDENTIALITY_CONTENT.en, CONFIDENTIALITY_CONTENT.es];
      expect(es.sections.map((s) => s.id)).to.deep.equal(en.sections.map((s) => s.id));
      expect(es.scenarios.map((s) => s.id)).to.deep.equal(en.scenarios.map((s) => s.id));
      for (const jurisdiction of JURISDICTIONS) {
        expect(
          es.scenarios.map((s) => pick(s.verdict, jurisdiction)),
          jurisdiction,
        ).to.deep.equal(en.scenarios.map((s) => pick(s.verdict, jurisdiction)));
      }
      expect(Object.keys(es.verdicts).sort()).to.deep.equal(Object.keys(en.verdicts).sort());
    });

    it('renders the same ids in both languages: every section, situation and verdict', async () => {
      const rendered = async (lang: string) => {
        const el = await mount<TherapyConfidentiality>(
          html`<therapy-confidentiality lang=${lang} jurisdiction="ie"></therapy-confidentiality>`,
        );
        return {
          sections: $$(el, '[part~="section"]').map((s) => s.id),
          situations: radios(el).map((r) => r.value),
          verdicts: $$(el, '.print-scenarios [part~="verdict"]').map((v) => v.getAttribute('part')!),
        };
      };
      // Compared with the content, not only with each other: two empty renderings must fail.
      const wanted = {
        sections: SECTION_IDS.map((id) => `confidentiality-${id}`),
        situations: EN.scenarios.map((s) => s.id),
        verdicts: EN.scenarios.map((s) => `verdict verdict-${pick(s.verdict, 'ie')}`),
      };
      expect(wanted.situations).to.have.length.above(0);
      expect(await rendered('en'), 'English').to.deep.equal(wanted);
      expect(await rendered('es'), 'Spanish').to.deep.equal(wanted);
    });

    it('keeps every English section and explanation at grade 8 or lower, in every jurisdiction', async () => {
      const texts: { where: string; text: string }[] = [];
      for (const jurisdiction of JURISDICTIONS) {
        for (const section of EN.sections) {
          texts.push({
            where: `${jurisdiction} section ${section.id}`,
            text: plain(pick(section.body, jurisdiction)),
          });
        }
        for (const scenario of EN.scenarios) {
          texts.push({
            where: `${jurisdiction} situation ${scenario.id}`,
            text: plain(pick(scenario.explanation, jurisdiction)),
          });
        }
      }
      const grades = await fkGrades(texts.map((t) => t.text));
      expect(grades).to.have.length(texts.length);
      const over = texts.map((t, i) => ({ ...t, grade: grades[i]! })).filter((t) => t.grade > 8);
      expect(over.map((t) => `${t.where}: ${t.grade}`)).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('passes axe collapsed, with a section open, and with all open', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality jurisdiction="us" policy-url="/privacy"></therapy-confidentiality>`,
      );
      await expect(el).to.be.accessible();
      $(el, '#confidentiality-limits-button').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await openAll(el);
      await expect(el).to.be.accessible();
    });

    const kinds: Verdict[] = ['private', 'usually-private', 'may-be-shared'];
    for (const kind of kinds.filter((k) => EN.scenarios.some((s) => pick(s.verdict, 'uk') === k))) {
      it(`passes axe with a "${kind}" answer shown`, async () => {
        const el = await mount<TherapyConfidentiality>(
          html`<therapy-confidentiality jurisdiction="uk"></therapy-confidentiality>`,
        );
        const scenario = EN.scenarios.find((s) => pick(s.verdict, 'uk') === kind)!;
        await choose(el, scenario.id);
        expect($(el, '.result [part~="verdict"]').getAttribute('part')).to.equal(`verdict verdict-${kind}`);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe in the dark theme, all open with an answer shown, and in Spanish', async () => {
      const el = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality
          theme="dark"
          jurisdiction="nz"
          contact-url="/contact"
        ></therapy-confidentiality>`,
      );
      await openAll(el);
      await choose(el, 'child-harm');
      await expect(el).to.be.accessible();
      const es = await mount<TherapyConfidentiality>(
        html`<therapy-confidentiality lang="es" theme="dark" jurisdiction="ca"></therapy-confidentiality>`,
      );
      await choose(es, 'drugs');
      await expect(es).to.be.accessible();
    });
  });
});
