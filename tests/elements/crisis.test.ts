import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { TherapyCrisis } from '../../src/elements/crisis/crisis.js';
import { define } from '../../src/core/define.js';
import { $, $$, captureConsole, mount, textOf, type Captured } from '../support/helpers.js';

function links(el: Element): { text: string; href: string }[] {
  return $$<HTMLAnchorElement>(el, 'a').map((a) => ({
    text: a.textContent!.trim(),
    href: a.getAttribute('href')!,
  }));
}

describe('<therapy-crisis>', () => {
  let console_: Captured;
  beforeEach(() => {
    console_ = captureConsole();
  });
  afterEach(() => console_.restore());

  it('speaks calmly, says it is not an emergency service and when numbers were checked', async () => {
    const el = await mount<TherapyCrisis>(
      html`<therapy-crisis practice-name="Calm Harbour Therapy"></therapy-crisis>`,
    );
    const text = textOf(el);
    expect($(el, 'h2').textContent).to.equal('If you need help right now');
    expect(text).to.contain('thinking about suicide');
    expect(text).to.contain('Calm Harbour Therapy is not an emergency service');
    expect(text).to.match(/Numbers last checked: [A-Z][a-z]+ \d{4}\./);
    expect(text).not.to.match(/commit(ted)? suicide/i);
    expect(console_.warnings).to.deep.equal([]);
  });

  it('says how soon the practice answers messages when it gives reply-days, in English and Spanish', async () => {
    const general = textOf(await mount(html`<therapy-crisis practice-name="Calm Rooms"></therapy-crisis>`));
    expect(general).to.contain(
      'Calm Rooms is not an emergency service, and messages may not be read straight away.',
    );
    const el = await mount<TherapyCrisis>(
      html`<therapy-crisis practice-name="Calm Rooms" reply-days="2"></therapy-crisis>`,
    );
    expect(textOf(el)).to.contain(
      'Calm Rooms is not an emergency service. We reply to messages within 2 working days. These services can help at any hour.',
    );
    expect(textOf(el)).not.to.contain('may not be read straight away');
    const one = await mount(html`<therapy-crisis lang="es" reply-days="1"></therapy-crisis>`);
    expect(textOf(one)).to.contain(
      'no es un servicio de emergencias. Respondemos los mensajes en 1 día hábil o menos. Estos servicios pueden ayudarte a cualquier hora.',
    );
    expect(console_.warnings).to.deep.equal([]);
  });

  it('warns about a bad practice fact like every element, and keeps its general words', async () => {
    const el = await mount<TherapyCrisis>(
      html`<therapy-crisis practice-name="Calm Rooms" reply-days="99" fee="lots"></therapy-crisis>`,
    );
    expect(console_.warnings).to.have.length(2);
    expect(console_.warnings[0]).to.match(
      /^<therapy-crisis>: attribute "(reply-days|fee)" got "(99|lots)"; it accepts /,
    );
    expect(console_.warnings[1]).to.match(
      /^<therapy-crisis>: attribute "(reply-days|fee)" got "(99|lots)"; it accepts /,
    );
    expect(textOf(el)).to.contain('messages may not be read straight away');
  });

  it('names no number for generic, and sends the reader to local help', async () => {
    const el = await mount<TherapyCrisis>(html`<therapy-crisis></therapy-crisis>`);
    expect(links(el)).to.deep.equal([]);
    expect(textOf(el)).to.contain('call your local emergency number');
    expect(textOf(el)).to.contain('Our practice is not an emergency service');
  });

  const expected: Record<string, { text: string; href: string }[]> = {
    us: [
      { text: 'Call 911', href: 'tel:911' },
      { text: 'Call 988', href: 'tel:988' },
      { text: 'Text 988', href: 'sms:988' },
      { text: 'Text HOME to 741741', href: 'sms:741741?body=HOME' },
    ],
    ca: [
      { text: 'Call 911', href: 'tel:911' },
      { text: 'Call 988', href: 'tel:988' },
      { text: 'Text 988', href: 'sms:988' },
      { text: 'Call 1-800-668-6868', href: 'tel:18006686868' },
      { text: 'Text CONNECT to 686868', href: 'sms:686868?body=CONNECT' },
    ],
    uk: [
      { text: 'Call 999', href: 'tel:999' },
      { text: 'Call 116 123', href: 'tel:116123' },
      { text: 'Text SHOUT to 85258', href: 'sms:85258?body=SHOUT' },
      { text: 'Call 111', href: 'tel:111' },
    ],
    ie: [
      { text: 'Call 112', href: 'tel:112' },
      { text: 'Call 999', href: 'tel:999' },
      { text: 'Call 116 123', href: 'tel:116123' },
      { text: 'Text 50808', href: 'sms:50808' },
    ],
    au: [
      { text: 'Call 000', href: 'tel:000' },
      { text: 'Call 13 11 14', href: 'tel:131114' },
      { text: 'Text 0477 13 11 14', href: 'sms:0477131114' },
      { text: 'Call 1800 55 1800', href: 'tel:1800551800' },
    ],
    nz: [
      { text: 'Call 111', href: 'tel:111' },
      { text: 'Call 1737', href: 'tel:1737' },
      { text: 'Text 1737', href: 'sms:1737' },
      { text: 'Call 0800 543 354', href: 'tel:0800543354' },
    ],
  };
  for (const [jurisdiction, wanted] of Object.entries(expected)) {
    it(`gives ${jurisdiction}'s emergency number and crisis lines as links`, async () => {
      const el = await mount<TherapyCrisis>(
        html`<therapy-crisis jurisdiction=${jurisdiction}></therapy-crisis>`,
      );
      expect(links(el)).to.deep.equal(wanted);
      expect($$(el, '[part~="link"]')).to.have.length(wanted.length);
    });
  }

  it('does not list the ended 988 press-3 option', async () => {
    const el = await mount<TherapyCrisis>(html`<therapy-crisis jurisdiction="us"></therapy-crisis>`);
    expect(textOf(el)).not.to.match(/press 3/i);
    expect(textOf(el)).to.contain('For Spanish, press 2');
  });

  it('offers a one-line variant', async () => {
    const el = await mount<TherapyCrisis>(
      html`<therapy-crisis jurisdiction="uk" variant="line"></therapy-crisis>`,
    );
    expect($(el, '[part~="crisis"]').tagName).to.equal('P');
    expect(links(el).map((l) => l.href)).to.deep.equal(['tel:116123', 'tel:999']);
  });

  it('speaks Spanish, from its own lang or the closest ancestor with one', async () => {
    const wrapper = await fixture(
      html`<div lang="es-MX"><therapy-crisis jurisdiction="us"></therapy-crisis></div>`,
    );
    const el = wrapper.querySelector('therapy-crisis')!;
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Si necesitas ayuda ahora');
    expect(links(el)[1]).to.deep.equal({ text: 'Llamar al 988', href: 'tel:988' });
    expect(textOf(el)).to.contain('Nuestra consulta no es un servicio de emergencias');
    expect(textOf(el)).to.match(/revisados por última vez: [a-z]+ de \d{4}/);

    wrapper.setAttribute('lang', 'en');
    await aTimeout(0);
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('If you need help right now');

    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Si necesitas ayuda ahora');
  });

  it('falls back to English with one warning for a language it does not ship', async () => {
    const el = await mount<TherapyCrisis>(html`<therapy-crisis lang="fr"></therapy-crisis>`);
    expect($(el, 'h2').textContent).to.equal('If you need help right now');
    expect(console_.warnings).to.deep.equal([
      '<therapy-crisis>: attribute "lang" got "fr"; it accepts en, es (region subtags such as en-GB or es-MX are fine). Using the default instead.',
    ]);
    el.requestUpdate();
    await el.updateComplete;
    expect(console_.warnings).to.have.length(1);
  });

  it('warns once per bad attribute, naming the element, the attribute, the value and what it accepts', async () => {
    const el = await mount<TherapyCrisis>(
      html`<therapy-crisis
        jurisdiction="mars"
        session-minutes="500"
        format="phone"
        booking-url="javascript:alert(1)"
        heading-level="9"
        theme="neon"
        email="nope"
        phone="call us"
        variant="big"
      ></therapy-crisis>`,
    );
    expect(console_.warnings).to.have.members([
      '<therapy-crisis>: attribute "jurisdiction" got "mars"; it accepts generic, us, uk, ca, au, ie, nz. Using the default instead.',
      '<therapy-crisis>: attribute "session-minutes" got "500"; it accepts a whole number from 15 to 180. Using the default instead.',
      '<therapy-crisis>: attribute "format" got "phone"; it accepts in-person, online, both. Using the default instead.',
      '<therapy-crisis>: attribute "booking-url" got "javascript:alert(1)"; it accepts an https:, http: or relative URL. Using the default instead.',
      '<therapy-crisis>: attribute "heading-level" got "9"; it accepts a whole number from 2 to 6. Using the default instead.',
      '<therapy-crisis>: attribute "theme" got "neon"; it accepts light, dark, auto. Using the default instead.',
      '<therapy-crisis>: attribute "email" got "nope"; it accepts an email address such as hello@example.org. Using the default instead.',
      '<therapy-crisis>: attribute "phone" got "call us"; it accepts a phone number of digits, spaces, ( ) - . and a leading +. Using the default instead.',
      '<therapy-crisis>: attribute "variant" got "big"; it accepts notice, line. Using the default instead.',
    ]);
    // The defaults render.
    expect($(el, 'h2').textContent).to.equal('If you need help right now');
    expect(links(el)).to.deep.equal([]);
    el.requestUpdate();
    await el.updateComplete;
    expect(console_.warnings).to.have.length(9);
  });

  it('shows markup in a practice name as literal text', async () => {
    const el = await mount<TherapyCrisis>(
      html`<therapy-crisis practice-name=${'<img src=x onerror=alert(1)>Calm'}></therapy-crisis>`,
    );
    expect(textOf(el)).to.contain('<img src=x onerror=alert(1)>Calm is not an emergency service');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('re-renders when attributes change', async () => {
    const el = await mount<TherapyCrisis>(html`<therapy-crisis jurisdiction="uk"></therapy-crisis>`);
    expect(links(el)[0]?.href).to.equal('tel:999');
    el.setAttribute('jurisdiction', 'AU');
    await el.updateComplete;
    expect(links(el)[0]?.href).to.equal('tel:000');
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect($(el, '[part~="heading"]').tagName).to.equal('H4');
  });

  describe('config block', () => {
    let block: HTMLScriptElement;
    afterEach(() => block?.remove());
    function addConfig(id: string, json: string): void {
      block = document.createElement('script');
      block.type = 'application/json';
      block.id = id;
      block.textContent = json;
      document.body.append(block);
    }

    it('configures the element, and attributes win over it', async () => {
      addConfig(
        'cfg-ok',
        '{"jurisdiction": "nz", "practice-name": "Kōwhai Counselling", "heading-level": 3}',
      );
      const el = await mount<TherapyCrisis>(html`<therapy-crisis config="cfg-ok"></therapy-crisis>`);
      expect(links(el)[0]?.href).to.equal('tel:111');
      expect(textOf(el)).to.contain('Kōwhai Counselling is not an emergency service');
      expect($(el, '[part~="heading"]').tagName).to.equal('H3');
      el.setAttribute('jurisdiction', 'ie');
      await el.updateComplete;
      expect(links(el)[0]?.href).to.equal('tel:112');
      expect(console_.errors).to.deep.equal([]);
    });

    it('warns about a bad value in the block, naming the block and the key', async () => {
      addConfig('cfg-bad-value', '{"jurisdiction": "atlantis", "session-minutes": {"n": 5}}');
      await mount<TherapyCrisis>(html`<therapy-crisis config="cfg-bad-value"></therapy-crisis>`);
      expect(console_.warnings).to.have.members([
        '<therapy-crisis>: config "cfg-bad-value" key "jurisdiction" got "atlantis"; it accepts generic, us, uk, ca, au, ie, nz. Using the default instead.',
        '<therapy-crisis>: config "cfg-bad-value" key "session-minutes" got "{\\"n\\":5}"; it accepts a whole number from 15 to 180. Using the default instead.',
      ]);
    });

    it('logs one error and renders the defaults when the id does not exist', async () => {
      const el = await mount<TherapyCrisis>(html`<therapy-crisis config="nowhere"></therapy-crisis>`);
      expect(console_.errors).to.deep.equal([
        '<therapy-crisis>: config "nowhere": no <script type="application/json" id="nowhere"> was found on the page. Showing the default settings.',
      ]);
      expect($(el, 'h2').textContent).to.equal('If you need help right now');
      el.requestUpdate();
      await el.updateComplete;
      expect(console_.errors).to.have.length(1);
    });

    it('logs one error with the position when the JSON does not parse', async () => {
      addConfig('cfg-broken', '{\n  "jurisdiction": "uk",\n}');
      const el = await mount<TherapyCrisis>(html`<therapy-crisis config="cfg-broken"></therapy-crisis>`);
      expect(console_.errors).to.deep.equal([
        '<therapy-crisis>: config "cfg-broken": its JSON does not parse (line 3, column 1). Showing the default settings.',
      ]);
      expect(links(el)).to.deep.equal([]);
    });
  });

  for (const theme of ['light', 'dark', 'auto']) {
    it(`passes axe with theme="${theme}"`, async () => {
      const el = await mount<TherapyCrisis>(
        html`<therapy-crisis jurisdiction="us" theme=${theme}></therapy-crisis>`,
      );
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe in Spanish and in the one-line variant', async () => {
    const es = await mount<TherapyCrisis>(
      html`<therapy-crisis lang="es" jurisdiction="ca"></therapy-crisis>`,
    );
    await expect(es).to.be.accessible();
    const line = await mount<TherapyCrisis>(
      html`<therapy-crisis variant="line" jurisdiction="nz"></therapy-crisis>`,
    );
    await expect(line).to.be.accessible();
  });
});

describe('registration', () => {
  it('defining the same tag again, or a taken tag, does not throw', () => {
    const captured = captureConsole();
    try {
      expect(() => define('therapy-crisis', TherapyCrisis)).not.to.throw();
      expect(captured.warnings).to.deep.equal([]);
      // Another script took the tag first: ours steps aside with one warning.
      class Impostor extends HTMLElement {}
      customElements.define('therapy-taken', Impostor);
      expect(() => define('therapy-taken', class extends TherapyCrisis {})).not.to.throw();
      expect(captured.warnings).to.deep.equal([
        '<therapy-taken>: this tag is already defined by another script; keeping that definition.',
      ]);
      expect(customElements.get('therapy-taken') === Impostor, 'the first definition stays').to.equal(true);
      expect(customElements.get('therapy-crisis') === TherapyCrisis).to.equal(true);
    } finally {
      captured.restore();
    }
  });
});
