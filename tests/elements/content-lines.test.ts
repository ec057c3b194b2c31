import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TherapyConfidentiality } from '../../src/elements/confidentiality/confidentiality.js';
import type { TherapyCrisis } from '../../src/elements/crisis/crisis.js';
import type { TherapyFaq } from '../../src/elements/faq/faq.js';
import { $, $$, mount, textOf } from '../support/helpers.js';

// The jurisdiction- and locale-specific lines a reader relies on (issue 12), as rendered.

const linksOf = (root: Element): { text: string; href: string }[] =>
  [...root.shadowRoot!.querySelectorAll('a')].map((a) => ({
    text: a.textContent!.trim(),
    href: a.getAttribute('href')!,
  }));

async function openFaq(el: TherapyFaq, id: string): Promise<HTMLElement> {
  $<HTMLButtonElement>(el, `#faq-${id}-button`).click();
  await el.updateComplete;
  return $<HTMLElement>(el, `#faq-${id}-panel`);
}

async function openSections(el: TherapyConfidentiality): Promise<string> {
  for (const button of $$<HTMLButtonElement>(el, '.sections [part~="button"]')) {
    if (button.getAttribute('aria-expanded') === 'false') button.click();
    await el.updateComplete;
  }
  return $$(el, '.disclosure-panel:not([hidden])')
    .map((panel) => textOf(panel))
    .join(' ');
}

async function situation(el: TherapyConfidentiality, id: string): Promise<string> {
  const radio = $$<HTMLInputElement>(el, 'input[type="radio"]').find((r) => r.value === id)!;
  radio.click();
  await el.updateComplete;
  return textOf($(el, '[part~="result"]'));
}

describe('content lines that follow the jurisdiction and the locale', () => {
  it('gives Spanish text keywords (AYUDA) in US Spanish, and HOME in US English', async () => {
    const es = await mount<TherapyCrisis>(
      html`<therapy-crisis lang="es" jurisdiction="us"></therapy-crisis>`,
    );
    const esTexts = linksOf(es).filter((l) => l.href.startsWith('sms:'));
    expect(esTexts).to.deep.equal([
      { text: 'Enviar AYUDA al 988', href: 'sms:988?body=AYUDA' },
      { text: 'Enviar AYUDA al 741741', href: 'sms:741741?body=AYUDA' },
    ]);
    const en = await mount<TherapyCrisis>(
      html`<therapy-crisis lang="en" jurisdiction="us"></therapy-crisis>`,
    );
    expect(linksOf(en).map((l) => l.text)).to.include('Text HOME to 741741');
    expect(linksOf(en).map((l) => l.text)).not.to.include('Text AYUDA to 741741');
  });

  it('gives AYUDA in the crisis line inside the US Spanish FAQ crisis answer', async () => {
    const el = await mount<TherapyFaq>(html`<therapy-faq lang="es" jurisdiction="us"></therapy-faq>`);
    const line = (await openFaq(el, 'crisis')).querySelector<TherapyCrisis>('therapy-crisis')!;
    await line.updateComplete;
    expect(linksOf(line)).to.deep.include({ text: 'Enviar AYUDA al 988', href: 'sms:988?body=AYUDA' });
  });

  it('says the numbers are shown below only where they are', async () => {
    const generic = await mount<TherapyFaq>(html`<therapy-faq></therapy-faq>`);
    const genericText = textOf(await openFaq(generic, 'crisis'));
    expect(genericText).not.to.contain('shown below');
    expect(genericText).to.contain('local crisis line');
    const uk = await mount<TherapyFaq>(html`<therapy-faq jurisdiction="uk"></therapy-faq>`);
    expect(textOf(await openFaq(uk, 'crisis'))).to.contain('shown below');
    const es = await mount<TherapyFaq>(html`<therapy-faq lang="es"></therapy-faq>`);
    expect(textOf(await openFaq(es, 'crisis'))).not.to.contain('Abajo verás');
  });

  it('says US psychotherapy notes are outside the right of access, and offers confidential communications', async () => {
    const faq = await mount<TherapyFaq>(html`<therapy-faq jurisdiction="us"></therapy-faq>`);
    const records = textOf(await openFaq(faq, 'records'));
    expect(records).to.contain('does not include psychotherapy notes');
    expect(records).to.contain('ask us to contact you in a certain way');
    const conf = await mount<TherapyConfidentiality>(
      html`<therapy-confidentiality jurisdiction="us"></therapy-confidentiality>`,
    );
    const text = await openSections(conf);
    expect(text).to.contain('This right does not cover psychotherapy notes.');
    expect(text).to.contain('contact you in a certain way');
  });

  it('names counsellors among the Irish mandated persons, and the 2012 Act for past abuse', async () => {
    const conf = await mount<TherapyConfidentiality>(
      html`<therapy-confidentiality jurisdiction="ie"></therapy-confidentiality>`,
    );
    expect(await openSections(conf)).to.match(
      /mandated persons\. Counsellors, psychotherapists and psychologists/,
    );
    expect(await situation(conf, 'past-abuse')).to.contain('Under a law from 2012');
    const faq = await mount<TherapyFaq>(html`<therapy-faq jurisdiction="ie"></therapy-faq>`);
    expect(textOf(await openFaq(faq, 'confidentiality'))).to.contain(
      'counsellors, psychotherapists and psychologists',
    );
    const es = await mount<TherapyConfidentiality>(
      html`<therapy-confidentiality lang="es" jurisdiction="ie"></therapy-confidentiality>`,
    );
    expect(await openSections(es)).to.contain('los counsellors, los psicoterapeutas y los psicólogos');
  });

  it('tells UK readers Northern Ireland differs, and words the 2026 duty as not yet in force', async () => {
    const conf = await mount<TherapyConfidentiality>(
      html`<therapy-confidentiality jurisdiction="uk"></therapy-confidentiality>`,
    );
    const text = await openSections(conf);
    expect(text).to.contain('Criminal Law Act (Northern Ireland) 1967');
    expect(text).to.contain('once it comes into force');
    const faq = await mount<TherapyFaq>(html`<therapy-faq jurisdiction="uk"></therapy-faq>`);
    expect(textOf(await openFaq(faq, 'confidentiality'))).to.contain(
      'In Northern Ireland, the law is different.',
    );
    // Neither line belongs to another jurisdiction.
    const generic = await mount<TherapyConfidentiality>(
      html`<therapy-confidentiality></therapy-confidentiality>`,
    );
    expect(await openSections(generic)).not.to.contain('Northern Ireland');
  });
});
