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
  { attribute: 'booking-url', value: '//other.example/book' },
  { attribute: 'contact-url', value: '\\\\other.example' },
  { attribute: 'policy-url', value: '/\\other.example' },
  { attribute: 'booking-url', value: '\\/other.example' },
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
        expect(warning!.length, 'a warning quotes at most about 200 characters of the value').to.be.below(
          700,
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

  describe('properties set from script with values that are not strings', () => {
    /** Mounts the element, sets properties on it, and waits for it to render again. */
    async function withProperties(tag: Tag, properties: Record<string, unknown>) {
      const mounted = await mountWith(tag, {});
      const log = captureConsole();
      try {
        Object.assign(mounted.el, properties);
        await (mounted.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      } finally {
        log.restore();
      }
      return { ...mounted, log };
    }

    it('converts a number: el.phone = 5551234567 shows a tel: link', async () => {
      const { el, log } = await withProperties('therapy-faq', { phone: 5551234567, sessionMinutes: 50 });
      const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.include('tel:5551234567');
      expect(log.warnings).to.deep.equal([]);
    });

    it('joins an array of ids: el.include = ["cost"] shows only that item', async () => {
      const { el, log } = await withProperties('therapy-faq', { include: ['cost'] });
      const shown = [...el.shadowRoot!.querySelectorAll('.disclosure')].map((d) => d.id);
      expect(shown).to.deep.equal(['faq-cost']);
      expect(log.warnings).to.deep.equal([]);
    });

    for (const tag of TAGS) {
      it(`<${tag}> refuses objects, arrays and NaN with one warning each and still renders`, async () => {
        const { el, log, uncaught } = await withProperties(tag, {
          jurisdiction: { uk: true },
          sessionMinutes: Object.create(null),
          practiceName: ['Calm'],
          headingLevel: NaN,
          theme: null,
        });
        expectDefaults(el, tag);
        expect(uncaught).to.deep.equal([]);
        for (const attribute of ['jurisdiction', 'session-minutes', 'practice-name', 'heading-level']) {
          expect(
            log.warnings.filter((w) => w.includes(`attribute "${attribute}" got`)),
            attribute,
          ).to.have.length(1);
        }
      });
    }
  });

  describe('named elements that shadow document methods', () => {
    for (const tag of TAGS) {
      it(`<${tag}> still reads its config block`, async () => {
        const block = document.createElement('script');
        block.type = 'application/json';
        block.id = 'cfg-shadowed';
        block.textContent = '{"jurisdiction": "uk"}';
        const shadows = [
          Object.assign(document.createElement('img'), { name: 'getElementById' }),
          Object.assign(document.createElement('form'), { name: 'querySelector' }),
          Object.assign(document.createElement('img'), { name: 'documentElement' }),
        ];
        document.body.append(block, ...shadows);
        try {
          expect(typeof document.getElementById, 'the page really shadows it').to.equal('object');
          const { el, log, uncaught } = await mountWith(tag, { config: 'cfg-shadowed' });
          const uk = await mountWith(tag, { jurisdiction: 'uk' });
          expect(uncaught).to.deep.equal([]);
          expect(log.errors).to.deep.equal([]);
          expect(textOf(el)).to.equal(textOf(uk.el));
        } finally {
          for (const node of [block, ...shadows]) node.remove();
        }
      });
    }
  });

  describe('deep-link fragments', () => {
    const hashes: [string, boolean][] = [
      ['#faq-%E0%A4%A', true],
      ['#50%off', false],
      [`#faq-${'a'.repeat(1_000_000)}`, true],
    ];
    for (const [hash, ours] of hashes) {
      it(`${hash.slice(0, 20)} (${hash.length} characters) opens nothing and throws nothing`, async () => {
        const { el } = await mountWith('therapy-faq', {});
        const log = captureConsole();
        const uncaught: string[] = [];
        const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
        window.addEventListener('unhandledrejection', onRejection);
        try {
          const changed = new Promise((resolve) =>
            window.addEventListener('hashchange', resolve, { once: true }),
          );
          window.location.hash = hash;
          await changed;
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(uncaught).to.deep.equal([]);
          expect(el.shadowRoot!.querySelectorAll('.disclosure[data-open]')).to.have.length(0);
          const warnings = log.warnings.filter((w) => w.startsWith('<therapy-faq>: the link'));
          expect(warnings, log.warnings.join(' | ')).to.have.length(ours ? 1 : 0);
          if (ours) expect(warnings[0]!.length).to.be.below(500);
        } finally {
          log.restore();
          window.removeEventListener('unhandledrejection', onRejection);
          history.replaceState(history.state, '', window.location.pathname + window.location.search);
        }
      });
    }
  });

  describe('the config block, read as a practice would write it', () => {
    function withBlock(type: string, json: string): () => void {
      const block = document.createElement('script');
      block.setAttribute('type', type);
      block.id = 'cfg-written';
      block.textContent = json;
      document.body.append(block);
      return () => block.remove();
    }

    it('accepts type="application/json; charset=utf-8"', async () => {
      const remove = withBlock('application/json; charset=utf-8', '{"jurisdiction": "uk"}');
      try {
        const { el, log } = await mountWith('therapy-crisis', { config: 'cfg-written' });
        const uk = await mountWith('therapy-crisis', { jurisdiction: 'uk' });
        expect(log.errors).to.deep.equal([]);
        expect(textOf(el)).to.equal(textOf(uk.el));
      } finally {
        remove();
      }
    });

    it('names a misspelt key and an element-only key', async () => {
      const remove = withBlock('application/json', '{"jurisdicton": "uk", "include": "cost"}');
      try {
        const { log } = await mountWith('therapy-faq', { config: 'cfg-written' });
        expect(
          log.warnings.some((w) =>
            /^<therapy-faq>: config "cfg-written": key "jurisdicton" is not a setting.*did you mean "jurisdiction"\?/.test(
              w,
            ),
          ),
          log.warnings.join(' | '),
        ).to.equal(true);
        expect(
          log.warnings.some((w) =>
            w.includes('key "include" is set on each element, as the attribute include="…"'),
          ),
        ).to.equal(true);
      } finally {
        remove();
      }
    });

    it('reports a real position in a deeply nested broken block', async () => {
      const depth = 20_000;
      const remove = withBlock('application/json', `{"text": ${'['.repeat(depth)}1,}`);
      try {
        const { el, log, uncaught } = await mountWith('therapy-faq', { config: 'cfg-written' });
        expectDefaults(el, 'therapy-faq');
        expect(uncaught).to.deep.equal([]);
        expect(log.errors).to.have.length(1);
        expect(log.errors[0]).to.contain(`its JSON does not parse (line 1, column ${9 + depth + 3})`);
      } finally {
        remove();
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
