// Practice facts from the page: one config block for every widget, an attribute over the
// block, and hostile values (markup, script links, negatives, 1e9, 100,000 characters, wrong
// types, unknown currencies, invalid language tags), each refused with one warning while the
// general words render.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { $$, captureConsole, textOf, type Captured } from '../support/helpers.js';
import { EVERY_ELEMENT, faqItem, folded, money, place, section, stage } from './facts-page.js';

const LONG = 'a'.repeat(100_000);
const MARKUP = '<img src=x onerror="window.pwned=1">';
const SCRIPT = 'javascript:window.pwned=1';

/** Hostile attribute values, per fact, that must each be refused. */
const HOSTILE: Readonly<Record<string, readonly string[]>> = {
  fee: ['-5', '1e9', '150000', MARKUP, SCRIPT, LONG, '12.345', 'NaN'],
  'first-session-fee': ['-1', '1e9', MARKUP, LONG],
  currency: ['XYZ', 'usd1', MARKUP, SCRIPT, LONG],
  'sliding-scale': ['maybe', '-5', '1e9', MARKUP, LONG],
  'free-call': ['-5', '1e9', '0', '61', '2.5', MARKUP, LONG],
  insurance: [
    MARKUP,
    SCRIPT,
    LONG,
    'Aetna,,Cigna',
    Array.from({ length: 21 }, (_, i) => `Plan ${i}`).join(','),
  ],
  superbills: ['maybe', '-1', MARKUP],
  hipaa: ['maybe', '1e9', SCRIPT],
  'cancellation-hours': ['-24', '1e9', '169', MARKUP, LONG],
  'cancellation-fee': ['half', '-5', '1e9', MARKUP, SCRIPT],
  address: [MARKUP, SCRIPT, LONG, 'data:text/html,hi'],
  access: [MARKUP, SCRIPT, LONG],
  hours: [MARKUP, SCRIPT, LONG],
  'video-platform': [MARKUP, SCRIPT, LONG, 'vbscript:msgbox'],
  'reply-days': ['-2', '1e9', '0', '15', MARKUP],
  languages: ['english', 'e', 'en_US!', '123', MARKUP, SCRIPT, LONG],
  clients: ['everyone', '-5', MARKUP, LONG],
  'wait-weeks': ['-1', '1e9', '53', MARKUP],
};

/** Where each fact shows in the FAQ (what changes when it is accepted). */
const FAQ_PLACE: Readonly<Record<string, string>> = {
  fee: 'cost',
  'first-session-fee': 'cost',
  currency: 'cost',
  'sliding-scale': 'cost',
  'free-call': 'booking',
  insurance: 'insurance',
  superbills: 'insurance',
  hipaa: 'records',
  'cancellation-hours': 'cancellation',
  'cancellation-fee': 'cancellation',
  address: 'location',
  access: 'location',
  hours: 'hours',
  'video-platform': 'online',
  'reply-days': 'between-sessions',
  languages: 'languages',
  clients: 'who-we-see',
  'wait-weeks': 'wait',
};

function addConfig(id: string, values: Record<string, unknown>): HTMLScriptElement {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = id;
  block.textContent = JSON.stringify(values);
  document.body.append(block);
  return block;
}

function noMarkupGotThrough(el: Element): void {
  const root = el.shadowRoot!;
  expect(root.querySelector('img, script, iframe, object, embed'), 'no injected element').to.equal(null);
  for (const a of root.querySelectorAll('a')) {
    expect(a.getAttribute('href') ?? '', 'no script link').not.to.match(/^\s*(javascript|vbscript|data):/i);
  }
  expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
}

describe('practice facts from the page', () => {
  let log: Captured;
  const blocks: HTMLScriptElement[] = [];
  beforeEach(() => {
    log = captureConsole();
  });
  afterEach(() => {
    log.restore();
    for (const block of blocks.splice(0)) block.remove();
  });

  it('one config block reaches every widget on the page, and an attribute overrides it', async () => {
    blocks.push(
      addConfig('practice-facts', {
        jurisdiction: 'us',
        fee: 150,
        insurance: ['Aetna', 'Cigna'],
        languages: ['en', 'es'],
        'cancellation-hours': 24,
        'free-call': 15,
        'video-platform': 'Doxy.me',
        hipaa: 'yes',
      }),
    );
    const faq = await place('therapy-faq', { config: 'practice-facts' });
    const guide = await place('therapy-guide', { config: 'practice-facts' });
    const explainer = await place('therapy-confidentiality', { config: 'practice-facts' });
    const fee = folded(`A session costs ${money('en', 'us', 150)}.`);
    expect(folded(faqItem(faq, 'cost'))).to.contain(fee);
    expect(faqItem(faq, 'insurance')).to.contain('We are in network with Aetna and Cigna.');
    expect(faqItem(faq, 'languages')).to.contain('We offer sessions in English and Spanish.');
    expect(faqItem(faq, 'cancellation')).to.contain('please tell us at least 24 hours before');
    expect(folded(stage(guide, 'before'))).to.contain(fee);
    expect(stage(guide, 'before')).to.contain('You can book a free 15-minute call first.');
    expect(stage(guide, 'first-session')).to.contain('please tell us at least 24 hours before');
    expect(section(explainer, 'online')).to.contain('Our online sessions use Doxy.me.');
    expect(textOf(explainer)).to.contain('is a HIPAA covered entity, so');

    const own = await place('therapy-faq', {
      config: 'practice-facts',
      fee: '180',
      'video-platform': 'Zoom',
    });
    expect(folded(faqItem(own, 'cost'))).to.contain(folded(`A session costs ${money('en', 'us', 180)}.`));
    expect(folded(faqItem(own, 'cost'))).not.to.contain(fee);
    expect(faqItem(own, 'online')).to.contain('Our online sessions use Zoom.');
    expect(faqItem(own, 'insurance'), 'the rest still comes from the block').to.contain('Aetna and Cigna');
    expect(log.warnings).to.deep.equal([]);
  });

  it('follows a fact changed on the page', async () => {
    const el = await place('therapy-faq', { jurisdiction: 'uk', fee: '90' });
    expect(folded(faqItem(el, 'cost'))).to.contain(folded(money('en', 'uk', 90)));
    el.setAttribute('fee', '95');
    await (el as LitElement).updateComplete;
    expect(folded(faqItem(el, 'cost'))).to.contain(folded(money('en', 'uk', 95)));
    el.removeAttribute('fee');
    await (el as LitElement).updateComplete;
    expect(folded(faqItem(el, 'cost'))).not.to.contain('£');
  });

  for (const [attribute, values] of Object.entries(HOSTILE)) {
    it(`refuses hostile ${attribute} values with one warning each, in every widget, and shows the general words`, async () => {
      const base = { jurisdiction: 'us' };
      const general = faqItem(await place('therapy-faq', base), FAQ_PLACE[attribute]!);
      for (const value of values) {
        for (const tag of EVERY_ELEMENT) {
          log.warnings.length = 0;
          const el = await place(tag, { ...base, [attribute]: value });
          el.requestUpdate();
          await (el as LitElement).updateComplete;
          const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
          expect(log.warnings, `${tag} ${attribute}=${shown}`).to.have.length(1);
          const warning = log.warnings[0]!;
          expect(
            warning.startsWith(`<${tag}>: attribute "${attribute}" got `),
            warning.slice(0, 120),
          ).to.equal(true);
          expect(warning).to.match(/; it accepts .+\. Using the default instead\.$/);
          noMarkupGotThrough(el);
          if (tag === 'therapy-faq') {
            expect(faqItem(el, FAQ_PLACE[attribute]!), `${attribute}=${shown}`).to.equal(general);
          }
          expect(textOf(el)).not.to.contain('onerror');
          expect(textOf(el)).not.to.contain(LONG.slice(0, 300));
        }
      }
    });
  }

  it('refuses wrong types set as properties, takes lists as arrays, and warns once', async () => {
    const el = await place<LitElement & Record<string, unknown>>('therapy-faq', { jurisdiction: 'ca' });
    const general = faqItem(el, 'cost');
    el['fee'] = { amount: 150 };
    el['freeCall'] = Number.NaN;
    el['insurance'] = [1, 2];
    el['languages'] = ['en', 'es'];
    el['waitWeeks'] = () => 2;
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(faqItem(el, 'cost')).to.equal(general);
    expect(faqItem(el, 'booking')).not.to.contain('You can book a free');
    expect(faqItem(el, 'insurance')).not.to.contain('in network with');
    expect(faqItem(el, 'languages')).to.contain('We offer sessions in English and Spanish.');
    expect(log.warnings.map((w) => /attribute "([a-z-]+)"/.exec(w)?.[1])).to.have.members([
      'fee',
      'free-call',
      'insurance',
      'wait-weeks',
    ]);
    el['slidingScale'] = true;
    el['fee'] = 120;
    await el.updateComplete;
    expect(faqItem(el, 'cost')).to.match(/A session costs \S*120\b/);
    expect(faqItem(el, 'cost')).to.contain('We keep some lower-fee places');
  });

  it('refuses bad values in the config block with one warning naming the key', async () => {
    blocks.push(
      addConfig('bad-facts', {
        jurisdiction: 'uk',
        fee: -5,
        insurance: [1, 2],
        languages: 'klingon!',
        address: { street: 'x' },
        'wait-weeks': 1e9,
      }),
    );
    const el = await place('therapy-guide', { config: 'bad-facts' });
    const keys = log.warnings.map((w) => /key "([a-z-]+)"/.exec(w)?.[1]);
    expect(keys).to.have.members(['fee', 'insurance', 'languages', 'address', 'wait-weeks']);
    for (const warning of log.warnings) expect(warning).to.match(/^<therapy-guide>: config "bad-facts" key /);
    expect(stage(el, 'before')).not.to.contain('£');
    expect($$(el, '.prep input[value="fees-cancellation"]')).to.have.length(1);
  });

  it('leaves fees out in the generic jurisdiction without a currency, with one warning naming currency', async () => {
    for (const tag of EVERY_ELEMENT) {
      log.warnings.length = 0;
      const el = await place(tag, { fee: '150', 'cancellation-fee': '40' });
      expect(log.warnings, tag).to.have.length(1);
      expect(log.warnings[0]).to.match(
        new RegExp(`^<${tag}>: attribute "currency" got ""; it accepts an ISO 4217`),
      );
      expect(textOf(el)).not.to.match(/150|\b40\b/);
    }
  });
});
