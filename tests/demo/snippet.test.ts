import { expect } from '@open-wc/testing';
import {
  CONFIG_ID,
  embedPlan,
  escapeAttribute,
  jsonForScript,
  snippetFor,
  type EmbedChoices,
} from '../../demo/snippet.js';
import { cleanToken, contrastRatio, tokensCss, WIDGET_TAGS } from '../../demo/tokens.js';
import { MODULE_URL, blankPage, builtIntegrity, openPage, rendered } from '../support/embed.js';
import { textOf } from '../support/helpers.js';

const base: EmbedChoices = {
  elements: ['therapy-faq', 'therapy-crisis'],
  scriptUrl: '/therapy-widgets.js',
  integrity: 'sha384-abc',
  settings: { 'practice-name': 'Calm Harbour Therapy', jurisdiction: 'uk' },
  useConfigBlock: false,
  tokens: {},
};

/** Parses a snippet the way a page would (without running it), as the body of a page. */
function parse(snippet: string): Document {
  return new DOMParser().parseFromString(blankPage(snippet), 'text/html');
}

/** Hostile text in every field that takes text. */
const HOSTILE = [
  '"><script>parent.pwned = true</script><img src=x onerror="parent.pwned = true">',
  '</script><script>parent.pwned = true</script>',
  '<!-- <script>',
  'Tom & Jerry\'s "place" <b>bold</b> \u2028 </style>',
];

function hostileChoices(text: string, useConfigBlock: boolean): EmbedChoices {
  return {
    ...base,
    elements: ['therapy-faq', 'therapy-crisis'],
    scriptUrl: `/therapy-widgets.js?${text}`,
    settings: {
      'practice-name': text,
      jurisdiction: text,
      'booking-url': `https://example.org/?q=${text}`,
      phone: text,
      email: text,
      lang: text,
    },
    useConfigBlock,
  };
}

describe('the snippet (demo/snippet.ts)', () => {
  it('writes the script line with its integrity hash, then one tag per chosen widget', () => {
    const snippet = snippetFor(base);
    const doc = parse(snippet);
    const script = doc.querySelector('script')!;
    expect(script.getAttribute('type')).to.equal('module');
    expect(script.getAttribute('src')).to.equal('/therapy-widgets.js');
    expect(script.getAttribute('integrity')).to.equal('sha384-abc');
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(script.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(script.getAttribute('blocking')).to.equal('render');
    const tags = [...doc.body.children].filter((el) => el.localName.startsWith('therapy-'));
    expect(tags.map((el) => el.localName)).to.deep.equal(['therapy-faq', 'therapy-crisis']);
    for (const el of tags) {
      expect(el.getAttribute('practice-name')).to.equal('Calm Harbour Therapy');
      expect(el.getAttribute('jurisdiction')).to.equal('uk');
    }
    expect(doc.querySelector('style')).to.equal(null);
    expect(doc.querySelector('script[type="application/json"]')).to.equal(null);
  });

  it('leaves out empty settings and the defaults, and never writes a placeholder hash', () => {
    const snippet = snippetFor({
      ...base,
      integrity: undefined,
      settings: {
        ...base.settings,
        'session-minutes': '50',
        format: 'both',
        theme: 'light',
        phone: '  ',
        lang: '',
      },
    });
    const faq = parse(snippet).querySelector('therapy-faq')!;
    expect(faq.getAttributeNames()).to.deep.equal(['practice-name', 'jurisdiction']);
    expect(parse(snippet).querySelector('script')!.hasAttribute('integrity')).to.equal(false);
    expect(snippet).not.to.contain('sha384');
  });

  it('with one settings block, puts the settings in JSON (numbers as numbers) and names it on each tag', () => {
    const choices: EmbedChoices = {
      ...base,
      settings: { ...base.settings, 'session-minutes': '60', 'heading-level': '3', theme: 'dark' },
      useConfigBlock: true,
    };
    const doc = parse(snippetFor(choices));
    const block = doc.querySelector(`script[type="application/json"]#${CONFIG_ID}`)!;
    expect(JSON.parse(block.textContent!)).to.deep.equal({
      'practice-name': 'Calm Harbour Therapy',
      jurisdiction: 'uk',
      'session-minutes': 60,
      'heading-level': 3,
      theme: 'dark',
    });
    for (const tag of ['therapy-faq', 'therapy-crisis']) {
      const el = doc.querySelector(tag)!;
      expect(el.getAttributeNames()).to.deep.equal(['config']);
      expect(el.getAttribute('config')).to.equal(CONFIG_ID);
    }
  });

  it('writes the chosen colours and font as one CSS rule for every widget', () => {
    const snippet = snippetFor({
      ...base,
      tokens: {
        '--therapy-color-accent': '#235E6F',
        '--therapy-font-family': "Georgia, 'Times New Roman', serif",
      },
    });
    const style = parse(snippet).querySelector('style')!;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style.textContent!);
    const rule = sheet.cssRules[0] as CSSStyleRule;
    expect(sheet.cssRules.length).to.equal(1);
    expect(rule.selectorText.split(',').map((s) => s.trim())).to.deep.equal([...WIDGET_TAGS]);
    expect(rule.style.getPropertyValue('--therapy-color-accent').trim()).to.equal('#235e6f');
    // Engines differ in the quotes they serialise a custom property with.
    expect(rule.style.getPropertyValue('--therapy-font-family').trim().replace(/"/g, "'")).to.equal(
      "Georgia, 'Times New Roman', serif",
    );
  });

  it('lets no typed text become markup: quotes, <script> and </script> stay text in attributes and JSON', () => {
    for (const text of HOSTILE) {
      for (const useConfigBlock of [false, true]) {
        const choices = hostileChoices(text, useConfigBlock);
        const doc = parse(snippetFor(choices));
        const elements = [...doc.querySelectorAll('head *, body *')].map((el) => el.localName);
        expect(elements, `${useConfigBlock ? 'block' : 'attributes'}: ${text}`).to.deep.equal([
          'meta',
          'title',
          'script',
          ...(useConfigBlock ? ['script'] : []),
          'therapy-faq',
          'therapy-crisis',
        ]);
        expect(doc.querySelector('script')!.getAttribute('src')).to.equal(`/therapy-widgets.js?${text}`);
        const expected = Object.fromEntries(
          Object.entries(choices.settings).map(([name, value]) => [name, value!.trim()]),
        );
        if (useConfigBlock) {
          expect(JSON.parse(doc.getElementById(CONFIG_ID)!.textContent!)).to.deep.equal(expected);
        } else {
          const faq = doc.querySelector('therapy-faq')!;
          for (const [name, value] of Object.entries(expected))
            expect(faq.getAttribute(name)).to.equal(value);
        }
      }
    }
  });

  it('escapes & " < > in attribute values, and < > & in the JSON block', () => {
    expect(escapeAttribute(`a&b"c<d>e'f`)).to.equal(`a&amp;b&quot;c&lt;d&gt;e'f`);
    const json = jsonForScript({ name: '</script><!-- & -->' });
    expect(json).not.to.match(/[<>&]/);
    expect(JSON.parse(json)).to.deep.equal({ name: '</script><!-- & -->' });
  });

  it('pasted into a page, hostile text runs nothing and shows as plain text in the widget', async () => {
    const integrity = await builtIntegrity();
    const name = '"><script>parent.pwned = true</script>';
    for (const useConfigBlock of [false, true]) {
      const snippet = snippetFor({
        ...base,
        scriptUrl: MODULE_URL,
        integrity,
        settings: { 'practice-name': name, jurisdiction: 'us' },
        elements: ['therapy-crisis'],
        useConfigBlock,
      });
      const page = await openPage(blankPage(snippet));
      const crisis = page.doc.querySelector('therapy-crisis')!;
      await rendered(crisis);
      expect((window as { pwned?: boolean }).pwned).to.equal(undefined);
      expect(page.doc.querySelectorAll('script').length).to.equal(useConfigBlock ? 2 : 1);
      expect(textOf(crisis)).to.contain(`${name} is not an emergency service`);
      page.close();
    }
  });
});

describe('the tokens (demo/tokens.ts)', () => {
  it('accepts only #rrggbb colours, the offered fonts and numbers in range with the right unit', () => {
    expect(cleanToken('--therapy-color-accent', '#AbCdEf')).to.equal('#abcdef');
    expect(cleanToken('--therapy-color-accent', 'red; } body { display: none')).to.equal(undefined);
    expect(cleanToken('--therapy-color-accent', '#abc</style>')).to.equal(undefined);
    expect(cleanToken('--therapy-font-family', 'Comic Sans MS; } *{')).to.equal(undefined);
    expect(cleanToken('--therapy-radius', '0.75em')).to.equal('0.75em');
    expect(cleanToken('--therapy-radius', '0.75px')).to.equal(undefined);
    expect(cleanToken('--therapy-radius', '9em')).to.equal(undefined);
    expect(cleanToken('--therapy-line-height', '1.6')).to.equal('1.6');
    expect(cleanToken('--therapy-font-size', '18px')).to.equal('18px');
  });

  it('writes nothing without tokens, and the tokens in documented order otherwise', () => {
    expect(tokensCss({})).to.equal(undefined);
    expect(tokensCss({ '--therapy-radius': '1em', '--therapy-color-text': '#111111' })).to.equal(
      [
        'therapy-faq, therapy-guide, therapy-confidentiality, therapy-crisis {',
        '  --therapy-color-text: #111111;',
        '  --therapy-radius: 1em;',
        '}',
      ].join('\n'),
    );
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#ffffff', '#ffffff')).to.equal(1);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(contrastRatio('#ffffff', '#777777')).to.be.closeTo(4.48, 0.01);
  });
});

describe('embed plans', () => {
  it('give the preview the very attributes the snippet writes', () => {
    const plan = embedPlan({ ...base, settings: { ...base.settings, phone: '020 7946 0000' } });
    const doc = parse(snippetFor({ ...base, settings: { ...base.settings, phone: '020 7946 0000' } }));
    for (const { tag, attributes } of plan.tags) {
      const el = doc.querySelector(tag)!;
      expect(attributes.map(([name, value]) => [name, value])).to.deep.equal(
        el.getAttributeNames().map((name) => [name, el.getAttribute(name)]),
      );
    }
  });
});
