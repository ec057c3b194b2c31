// The practice-fact properties every element has (PracticeElement), before the elements show
// them: attribute, then config block, then unset; bad values warn once, naming the attribute.
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Facts } from '../../src/core/facts.js';
import { PracticeElement } from '../../src/core/practice-element.js';
import { captureConsole, mount, type Captured } from '../support/helpers.js';

/** The smallest element on the base class, showing which facts it resolved. */
class FactsProbe extends PracticeElement {
  get shownFacts(): Facts {
    return this.facts;
  }

  override render(): TemplateResult {
    return html``;
  }
}
if (!customElements.get('facts-probe')) customElements.define('facts-probe', FactsProbe);

describe('practice facts on every element', () => {
  let console_: Captured;
  const blocks: HTMLScriptElement[] = [];
  beforeEach(() => {
    console_ = captureConsole();
  });
  afterEach(() => {
    console_.restore();
    for (const block of blocks.splice(0)) block.remove();
  });

  function addConfig(id: string, json: string): void {
    const block = document.createElement('script');
    block.type = 'application/json';
    block.id = id;
    block.textContent = json;
    document.body.append(block);
    blocks.push(block);
  }

  it('reads each fact from its attribute', async () => {
    const el = await mount<FactsProbe>(
      html`<facts-probe
        jurisdiction="uk"
        fee="95.50"
        first-session-fee="120"
        sliding-scale="yes"
        free-call="15"
        insurance="Bupa, AXA Health"
        superbills="no"
        cancellation-hours="48"
        cancellation-fee="full"
        address="1 Mill Lane, York"
        access="Step-free entrance"
        hours="Weekday evenings"
        video-platform="Zoom"
        reply-days="2"
        languages="en cy"
        clients="adults couples"
        wait-weeks="3"
      ></facts-probe>`,
    );
    expect(el.shownFacts).to.deep.equal({
      fee: 95.5,
      firstSessionFee: 120,
      currency: 'GBP',
      slidingScale: true,
      freeCall: 15,
      insurance: ['Bupa', 'AXA Health'],
      superbills: false,
      cancellationHours: 48,
      cancellationFee: 'full',
      address: '1 Mill Lane, York',
      access: 'Step-free entrance',
      hours: 'Weekday evenings',
      videoPlatform: 'Zoom',
      replyDays: 2,
      languages: ['en', 'cy'],
      clients: ['adults', 'couples'],
      waitWeeks: 3,
    });
    expect(console_.warnings).to.deep.equal([]);
  });

  it('takes the config block for every widget on the page, and lets an attribute override it', async () => {
    addConfig(
      'facts-cfg',
      '{"jurisdiction": "us", "fee": 150, "insurance": ["Aetna", "Cigna"], "languages": ["en", "es"], "hipaa": "yes"}',
    );
    const a = await mount<FactsProbe>(html`<facts-probe config="facts-cfg"></facts-probe>`);
    const b = await mount<FactsProbe>(html`<facts-probe config="facts-cfg" fee="180"></facts-probe>`);
    expect(a.shownFacts).to.deep.equal({
      fee: 150,
      currency: 'USD',
      insurance: ['Aetna', 'Cigna'],
      hipaa: true,
      languages: ['en', 'es'],
    });
    expect(b.shownFacts.fee).to.equal(180);
    expect(b.shownFacts.insurance).to.deep.equal(['Aetna', 'Cigna']);
  });

  it('follows a changed attribute', async () => {
    const el = await mount<FactsProbe>(html`<facts-probe jurisdiction="us" fee="150"></facts-probe>`);
    expect(el.shownFacts.fee).to.equal(150);
    el.setAttribute('fee', '160');
    await el.updateComplete;
    expect(el.shownFacts.fee).to.equal(160);
  });

  it('warns once per bad value, naming the element, the attribute, the value and what it accepts', async () => {
    const el = await mount<FactsProbe>(
      html`<facts-probe
        jurisdiction="us"
        fee="1e9"
        currency="XYZ"
        address=${'<img src=x onerror=alert(1)>'}
        languages="english"
        free-call="-5"
      ></facts-probe>`,
    );
    expect(el.shownFacts).to.deep.equal({ currency: 'USD' });
    void el.shownFacts;
    expect(console_.warnings).to.have.members([
      '<facts-probe>: attribute "fee" got "1e9"; it accepts an amount from 0 to 100000 with up to 2 decimals, such as 150 or 95.50. Using the default instead.',
      '<facts-probe>: attribute "currency" got "XYZ"; it accepts an ISO 4217 currency code such as USD, GBP or EUR. Using the default instead.',
      '<facts-probe>: attribute "address" got "<img src=x onerror=alert(1)>"; it accepts plain text of 1 to 200 characters (the address), without < > or script links. Using the default instead.',
      '<facts-probe>: attribute "languages" got "english"; it accepts up to 20 BCP 47 language tags, space-separated, such as "en es vi" or "en pt-BR". Using the default instead.',
      '<facts-probe>: attribute "free-call" got "-5"; it accepts minutes, a whole number from 5 to 60. Using the default instead.',
    ]);
  });

  it('refuses a property of the wrong type, and takes lists as arrays', async () => {
    const el = await mount<FactsProbe>(html`<facts-probe jurisdiction="ca"></facts-probe>`);
    (el as unknown as { fee: unknown }).fee = { amount: 150 };
    el.insurance = ['Sun Life', 'Manulife'];
    await el.updateComplete;
    expect(el.shownFacts).to.deep.equal({ currency: 'CAD', insurance: ['Sun Life', 'Manulife'] });
    expect(console_.warnings).to.deep.equal([
      '<facts-probe>: attribute "fee" got "[object Object]"; it accepts an amount from 0 to 100000 with up to 2 decimals, such as 150 or 95.50. Using the default instead.',
    ]);
  });

  it('leaves a fee out in the generic jurisdiction without a currency, with one warning', async () => {
    const el = await mount<FactsProbe>(html`<facts-probe fee="150"></facts-probe>`);
    expect(el.shownFacts).to.deep.equal({});
    expect(console_.warnings).to.have.length(1);
    expect(console_.warnings[0]).to.match(
      /^<facts-probe>: attribute "currency" got ""; it accepts an ISO 4217/,
    );
  });
});
