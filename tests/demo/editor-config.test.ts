/**
 * Per-language wording in the config block (what the editor writes for a bilingual practice):
 * `"text": { "en": {…}, "es": {…} }`, alongside the flat form. textOverrides() reads both, and
 * the widgets show each language's own words.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { textOverrides } from '../../src/core/config.js';
import { MODULE_URL, blankPage, openPage, rendered } from '../support/embed.js';
import { textOf } from '../support/helpers.js';

describe('textOverrides: flat and per-language wording', () => {
  it('reads the flat form for every language, as before', () => {
    const values = { text: { 'faq.cost.question': 'What do sessions cost?', 'guide.title': '  ' } };
    expect([...textOverrides(values)]).to.deep.equal([['faq.cost.question', 'What do sessions cost?']]);
    expect([...textOverrides(values, 'es')]).to.deep.equal([['faq.cost.question', 'What do sessions cost?']]);
  });

  it("lays a language's own words over the flat ones, and ignores other languages", () => {
    const values = {
      text: {
        'faq.cost.question': 'flat',
        'guide.title': 'flat title',
        en: { 'faq.cost.question': 'English' },
        es: { 'faq.cost.question': 'Español', 'guide.intro': 'Hola', 'faq.crisis.answer': 7 },
      },
    };
    expect(Object.fromEntries(textOverrides(values, 'en'))).to.deep.equal({
      'faq.cost.question': 'English',
      'guide.title': 'flat title',
    });
    expect(Object.fromEntries(textOverrides(values, 'es'))).to.deep.equal({
      'faq.cost.question': 'Español',
      'guide.title': 'flat title',
      'guide.intro': 'Hola',
    });
    expect(Object.fromEntries(textOverrides(values))).to.deep.equal({
      'faq.cost.question': 'flat',
      'guide.title': 'flat title',
    });
  });

  it('takes nothing from text that is not an object, or from a language that is not one', () => {
    expect(textOverrides({ text: ['a'] }, 'en').size).to.equal(0);
    expect(textOverrides({ text: 'a' }, 'en').size).to.equal(0);
    expect(textOverrides({ text: { en: ['English'] } }, 'en').size).to.equal(0);
    expect(textOverrides({ text: { toString: 'x' } }, 'toString').size).to.equal(1);
  });

  it('the widgets show each language its own words, from one block', async () => {
    const block = JSON.stringify({
      text: {
        en: { 'faq.cost.question': 'How much is a session here?', 'guide.title': 'Your first steps' },
        es: { 'faq.cost.question': '¿Cuánto cuesta una sesión aquí?', 'guide.title': 'Tus primeros pasos' },
      },
    });
    const page = await openPage(
      blankPage(
        `<script type="application/json" id="cfg">${block}</script>
         <therapy-faq config="cfg" id="en"></therapy-faq>
         <div lang="es"><therapy-faq config="cfg" id="es"></therapy-faq><therapy-guide config="cfg" id="es-guide"></therapy-guide></div>`,
        `<script type="module" src="${MODULE_URL}"></script>`,
      ),
    );
    const [en, es, guide] = ['en', 'es', 'es-guide'].map((id) => page.doc.getElementById(id)!);
    await waitUntil(() => page.win.customElements.get('therapy-faq'), 'the module loads');
    for (const el of [en!, es!, guide!]) await rendered(el);
    expect(textOf(en)).to.contain('How much is a session here?');
    expect(textOf(en)).not.to.contain('¿Cuánto cuesta una sesión aquí?');
    expect(textOf(es)).to.contain('¿Cuánto cuesta una sesión aquí?');
    expect(textOf(es)).not.to.contain('How much is a session here?');
    expect(textOf(guide)).to.contain('Tus primeros pasos');
    page.close();
  });
});
