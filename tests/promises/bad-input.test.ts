import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import {
  CONFIDENTIALITY_CONTENT,
  CRISIS_CONTENT,
  FAQ_CONTENT,
  GUIDE_CONTENT,
} from '../../src/content/index.js';
import { captureConsole, textOf } from '../support/helpers.js';

type Tag = 'therapy-crisis' | 'therapy-faq' | 'therapy-guide' | 'therapy-confidentiality';
const TAGS: Tag[] = ['therapy-crisis', 'therapy-faq', 'therapy-guide', 'therapy-confidentiality'];

/** What each element shows by default: its English title. */
const DEFAULT_HEADING: Record<Tag, string> = {
  'therapy-crisis': CRISIS_CONTENT.en.heading,
  'therapy-faq': FAQ_CONTENT.en.title,
  'therapy-guide': GUIDE_CONTENT.en.title,
  'therapy-confidentiality': CONFIDENTIALITY_CONTENT.en.title,
};

const PWN = 'window.__pwned=1';
const HUGE = 'Calm '.repeat(20_000);

/** A bad value for an attribute, and the words the warning must contain. */
interface Row {
  readonly attribute: string;
  readonly value: string;
  /** Tags it applies to (default: all four). */
  readonly tags?: readonly Tag[];
}

const SHARED: Row[] = [
  { attribute: 'jurisdiction', value: 'mars' },
  { attribute: 'jurisdiction', value: 'us; drop table' },
  { attribute: 'jurisdiction', value: '<b>uk</b>' },
  { attribute: 'session-minutes', value: '0' },
  { attribute: 'session-minutes', value: '-50' },
  { attribute: 'session-minutes', value: '999' },
  { attribute: 'session-minutes', value: '12.5' },
  { attribute: 'session-minutes', value: 'NaN' },
  { attribute: 'session-minutes', value: '1e2' },
  { attribute: 'session-minutes', value: 'fifty' },
  { attribute: 'format', value: 'telepathy' },
  { attribute: 'theme', value: 'neon' },
  { attribute: 'heading-level', value: '1' },
  { attribute: 'heading-level', value: '7' },
  { attribute: 'heading-level', value: 'h2' },
  { attribute: 'lang', value: 'fr' },
  { attribute: 'lang', value: 'klingon-XX' },
  { attribute: 'booking-url', value: `javascript:${PWN}` },
  { attribute: 'booking-url', value: `JAVASCRIPT:${PWN}` },
  { attribute: 'booking-url', value: `data:text/html,<script>${PWN}</script>` },
  { attribute: 'contact-url', value: ` java\tscript:${PWN}` },
  { attribute: 'contact-url', value: 'vbscript:msgbox(1)' },
  { attribute: 'policy-url', value: `\u0001javascript:${PWN}` },
  { attribute: 'policy-url', value: 'file:///etc/passwd' },
  { attribute: 'phone', value: `<img src=x onerror="${PWN}">` },
  { attribute: 'phone', value: '12' },
  { attribute: 'email', value: 'not an email' },
  { attribute: 'email', value: `"><script>${PWN}</script>@x.y` },
  { attribute: 'practice-name', value: HUGE },
  { attribute: 'practice-name', value: 'x'.repeat(121) },
];

const OWN: Row[] = [
  { attribute: 'include', value: 'nope', tags: ['therapy-faq', 'therapy-guide', 'therapy-confidentiality'] },
  {
    attribute: 'exclude',
    value: 'zzz <script>',
    tags: ['therapy-faq', 'therapy-guide', 'therapy-confidentiality'],
  },
  { attribute: 'categories', value: 'food', tags: ['therapy-faq'] },
  { attribute: 'start', value: 'middle', tags: ['therapy-guide'] },
  { attribute: 'crisis', value: 'maybe', tags: ['therapy-guide', 'therapy-confidentiality'] },
  { attribute: 'variant', value: 'huge', tags: ['therapy-crisis'] },
];

function pwned(): boolean {
  return (window as { __pwned?: unknown }).__pwned !== undefined;
}

/** Mounts `<tag attribute="value">` and collects what the page would see. */
async function mountWith(tag: Tag, attributes: Record<string, string>) {
  const log = captureConsole();
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    const host = await fixture(html`<div>${el}</div>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { el, host, log, uncaught };
  } finally {
    log.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

function expectDefaults(el: Element, tag: Tag): void {
  const heading = el.shadowRoot!.querySelector('[part~="heading"]');
  expect(heading?.textContent?.trim(), `${tag} shows its default heading`).to.equal(DEFAULT_HEADING[tag]);
  const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
  expect(
    hrefs.filter((h) => !/^(https?:|tel:|sms:|mailto:|\/|#|\.)/.test(h)),
    'no other link scheme',
  ).to.deep.equal([]);
  expect(el.shadowRoot!.querySelector('script, img, iframe'), 'no markup from input').to.equal(null);
}

describe('bad input never breaks the page', () => {
  let count = 0;
  for (const row of [...SHARED, ...OWN]) {
    for (const tag of row.tags ?? TAGS) {
      count++;
      it(`<${tag} ${row.attribute}=${JSON.stringify(row.value.slice(0, 40))}>`, async () => {
        const { el, log, uncaught } = await mountWith(tag, { [row.attribute]: row.value });
        expectDefaults(el, tag);
        expect(pwned(), 'no script ran').to.equal(false);
        expect(uncaught).to.deep.equal([]);
        expect(log.errors).to.deep.equal([]);
        const warning = log.warnings.find((w) => w.includes(`attribute "${row.attribute}"`));
        expect(warning, `a warning names "${row.attribute}": ${log.warnings.join(' | ')}`).to.be.a('string');
        expect(warning).to.match(
          new RegExp(`^<${tag}>: attribute "${row.attribute}" got .*; it accepts .+\\.`),
        );
      });
    }
  }

  it(`covers at least 40 bad values (${count} cases here)`, () => {
    expect(SHARED.length + OWN.length).to.be.at.least(36);
    expect(count).to.be.at.least(40);
  });

  describe('markup in text is shown as text', () => {
    for (const tag of TAGS) {
      it(`<${tag}> shows a practice name with markup literally`, async () => {
        const name = `<img src=x onerror="${PWN}"><script>${PWN}</script>Calm`;
        const { el, log, uncaught } = await mountWith(tag, { 'practice-name': name, jurisdiction: 'uk' });
        expect(el.shadowRoot!.querySelector('script, img')).to.equal(null);
        expect(pwned()).to.equal(false);
        expect(uncaught).to.deep.equal([]);
        expect(log.warnings).to.deep.equal([]);
        if (tag === 'therapy-crisis') expect(textOf(el)).to.contain(`${name} is not an emergency service`);
      });
    }
  });

  describe('the config block', () => {
    const blocks: [string, string, RegExp][] = [
      ['missing', '', /config "cfg-missing": no <script type="application\/json" id="cfg-missing">/],
      [
        'trailing-comma',
        '{"jurisdiction": "uk",}',
        /config "cfg-trailing-comma": its JSON does not parse \(line 1, column 23\)/,
      ],
      ['single-quotes', "{'jurisdiction': 'uk'}", /its JSON does not parse \(line 1, column 2\)/],
      ['array', '["uk"]', /its JSON must be an object/],
      ['string', '"uk"', /its JSON must be an object/],
      ['html', '<b>{}</b>', /its JSON does not parse \(line 1, column 1\)/],
    ];
    for (const [name, json, message] of blocks) {
      for (const tag of TAGS) {
        it(`<${tag}> with a ${name} config block logs one error and renders its defaults`, async () => {
          const block = document.createElement('script');
          if (name !== 'missing') {
            block.type = 'application/json';
            block.id = `cfg-${name}`;
            block.textContent = json;
            document.body.append(block);
          }
          try {
            const { el, log, uncaught } = await mountWith(tag, { config: `cfg-${name}` });
            expectDefaults(el, tag);
            expect(uncaught).to.deep.equal([]);
            expect(log.errors).to.have.length(1);
            expect(log.errors[0]).to.match(new RegExp(`^<${tag}>: `));
            expect(log.errors[0]).to.match(message);
          } finally {
            block.remove();
          }
        });
      }
    }

    it('refuses bad values and markup in a good block, naming the key', async () => {
      const block = document.createElement('script');
      block.type = 'application/json';
      block.id = 'cfg-bad-values';
      block.textContent = JSON.stringify({
        jurisdiction: 42,
        'session-minutes': [50],
        'booking-url': `javascript:${PWN}`,
        'practice-name': { html: '<b>x</b>' },
        text: { 'faq.cost.question': `<img src=x onerror="${PWN}">Cost?` },
      });
      document.body.append(block);
      try {
        const { el, log, uncaught } = await mountWith('therapy-faq', { config: 'cfg-bad-values' });
        expectDefaults(el, 'therapy-faq');
        expect(uncaught).to.deep.equal([]);
        for (const key of ['jurisdiction', 'session-minutes', 'booking-url', 'practice-name']) {
          expect(
            log.warnings.some((w) => w.includes(`config "cfg-bad-values" key "${key}"`)),
            key,
          ).to.equal(true);
        }
        const question = el.shadowRoot!.querySelector('#faq-cost-button')!;
        expect(question.textContent).to.contain('<img src=x');
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        expect(pwned()).to.equal(false);
      } finally {
        block.remove();
      }
    });
  });

  it('keeps what the reader typed when an attribute turns bad', async () => {
    const { el } = await mountWith('therapy-faq', {});
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'cost';
    input.dispatchEvent(new Event('input'));
    const log = captureConsole();
    try {
      el.setAttribute('jurisdiction', 'atlantis');
      el.setAttribute('session-minutes', '-1');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    } finally {
      log.restore();
    }
    expect(input.value).to.equal('cost');
    expect(el.shadowRoot!.querySelector('input[type="search"]')).to.equal(input);
  });
});
