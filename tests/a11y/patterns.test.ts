/**
 * The APG patterns as a keyboard and screen reader user meets them: tabs exactly per the
 * Tabs pattern (orientation, keys, inactive panels out of the tree), at most one region per
 * widget, topics as headings, and names without stray spaces.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { FAQ_CONTENT, GUIDE_CONTENT, GUIDE_UI } from '../../src/content/index.js';
import type { LitElement } from 'lit';
import { $, $$ } from '../support/helpers.js';
import { deepActiveElement, RICH_ATTRIBUTES, settle } from '../support/widgets.js';
import { browserTree, controlNames, flatten, landmarks } from '../support/a11y.js';

const selectedTab = (el: Element): string => $(el, '[role="tab"][aria-selected="true"]').id;

async function guideAt(width: string): Promise<LitElement> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${`width: ${width}`}><therapy-guide></therapy-guide></div>`,
  );
  const el = wrapper.querySelector<LitElement>('therapy-guide')!;
  await settle(el);
  return el;
}

describe('APG patterns beyond axe', () => {
  describe('guide tabs', () => {
    it('horizontal: Left/Right/Home/End move; Up/Down do nothing and are not captured', async () => {
      const el = await guideAt('60em');
      const tablist = $(el, '[role="tablist"]');
      expect(tablist.getAttribute('aria-orientation') ?? 'horizontal').to.equal('horizontal');
      $(el, '[role="tab"][aria-selected="true"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(selectedTab(el)).to.equal('tab-first-session');
      let prevented: boolean | undefined;
      const spy = (e: KeyboardEvent) => (prevented = e.defaultPrevented);
      document.addEventListener('keydown', spy);
      await sendKeys({ press: 'ArrowDown' });
      document.removeEventListener('keydown', spy);
      expect(selectedTab(el)).to.equal('tab-first-session');
      expect(prevented, 'ArrowDown is left to the page (it scrolls)').to.equal(false);
      await sendKeys({ press: 'End' });
      expect(selectedTab(el)).to.equal('tab-ending');
      await sendKeys({ press: 'Home' });
      expect(selectedTab(el)).to.equal('tab-before');
    });

    it('stacked in a narrow column: aria-orientation="vertical", Up/Down move, and Left/Right still do', async () => {
      const el = await guideAt('300px');
      const tablist = $(el, '[role="tablist"]');
      expect(tablist.getAttribute('aria-orientation')).to.equal('vertical');
      $(el, '[role="tab"][aria-selected="true"]').focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(selectedTab(el)).to.equal('tab-first-session');
      // The keys a reader learned on a wider screen (or before zooming in) keep working.
      await sendKeys({ press: 'ArrowRight' });
      expect(selectedTab(el)).to.equal('tab-early-sessions');
      await sendKeys({ press: 'ArrowLeft' });
      expect(selectedTab(el)).to.equal('tab-first-session');
      await sendKeys({ press: 'ArrowUp' });
      expect(selectedTab(el)).to.equal('tab-before');
    });

    it('only the shown panel is a tabpanel in the accessibility tree; the others stay findable', async () => {
      const el = await guideAt('60em');
      const named = $$(el, '[role="tabpanel"]');
      expect(named.map((p) => p.id)).to.deep.equal(['panel-before']);
      // Hidden stages keep their text in the page, so find-in-page can still reach them.
      expect(el.shadowRoot!.textContent).to.contain(GUIDE_CONTENT.en.stages[4]!.title);
      const tree = await browserTree();
      if (tree) {
        const panels = flatten(tree).filter((n) => n.role === 'tabpanel');
        expect(panels.map((p) => p.name)).to.deep.equal([GUIDE_CONTENT.en.stages[0]!.title]);
      }
    });

    it('Next and Previous have names without stray spaces', async () => {
      const el = await guideAt('60em');
      const next = controlNames(el).find((n) => n.startsWith(GUIDE_UI.en.next));
      expect(next).to.equal(`${GUIDE_UI.en.next}: ${GUIDE_CONTENT.en.stages[1]!.title}`);
      for (const name of controlNames(el)) {
        expect(name, name).not.to.match(/\s[:;,.!?]|\s{2}|^\s|\s$/);
      }
    });
  });

  describe('landmarks', () => {
    it('each widget adds at most one region, FAQ topics are headings, and no name collides with a page "Privacy" landmark', async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <nav aria-label="Privacy"><a href="/privacy">Privacy</a></nav>
          <therapy-faq></therapy-faq>
          <therapy-guide></therapy-guide>
          <therapy-confidentiality></therapy-confidentiality>
          <therapy-crisis></therapy-crisis>
        </div>`,
      );
      const widgets = [
        ...page.querySelectorAll<LitElement>(
          'therapy-faq, therapy-guide, therapy-confidentiality, therapy-crisis',
        ),
      ];
      for (const w of widgets) {
        for (const [name, value] of Object.entries(RICH_ATTRIBUTES)) w.setAttribute(name, value);
      }
      for (const w of widgets) await settle(w);
      for (const w of widgets) {
        const found = landmarks(w);
        expect(found.length, `<${w.localName}>: ${found.join(', ')}`).to.be.at.most(1);
        expect(
          found.some((l) => l.endsWith('"Privacy"')),
          found.join(', '),
        ).to.be.false;
      }
      const faq = widgets[0]!;
      const topicLabels = FAQ_CONTENT.en.categories.map((c) => c.label);
      const headings = $$(faq, 'h3').map((h) => h.textContent!.trim());
      for (const label of topicLabels) expect(headings).to.include(label);
    });

    it("the crisis notice is no region inside the page's own landmark", async () => {
      const page = await fixture<HTMLElement>(
        html`<aside aria-label="Get help"><therapy-crisis jurisdiction="us"></therapy-crisis></aside>`,
      );
      const crisis = page.querySelector<LitElement>('therapy-crisis')!;
      await settle(crisis);
      expect(landmarks(crisis)).to.deep.equal([]);
    });
  });

  describe('explorer answer', () => {
    it('is named, and its words describe the group (aria-describedby)', async () => {
      const el = await fixture<LitElement>(html`<therapy-confidentiality></therapy-confidentiality>`);
      await settle(el);
      const group = $(el, 'fieldset, [role="radiogroup"]');
      const ids = (group.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const answer = $(el, '[part~="result"]');
      expect(answer.getAttribute('aria-label')).not.to.equal(null);
      // The words inside the named answer, not the answer itself (whose name would be the description).
      const described = ids.map((id) => el.shadowRoot!.getElementById(id));
      expect(described.some((node) => node !== answer && answer.contains(node))).to.equal(true);
      const radio = $$<HTMLInputElement>(el, 'input[type="radio"]')[0]!;
      radio.focus();
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(deepActiveElement()).to.equal(radio);
      expect(answer.textContent!.trim()).not.to.equal('');
    });
  });
});
