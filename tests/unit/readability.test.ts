/// <reference types="node" />
/**
 * Plain words, measured where a reader meets them, for every jurisdiction variant:
 * - English: every paragraph (each string block and list line) at Flesch–Kincaid grade 9 or
 *   lower, and every whole answer at 8 or lower. Passages under 12 words are exempt.
 * - Spanish: every whole answer at Szigriszt-Pazos (INFLESZ) 55 or higher.
 * An "answer" is what opens or shows as one unit: an FAQ item (its short answer and detail),
 * a confidentiality section or situation, a guide stage's block, the crisis notice.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fkGrade, spanishSyllables, szigrisztPazos } from '../../scripts/readability-plugin.mjs';
import {
  CONFIDENTIALITY_CONTENT,
  CRISIS_CONTENT,
  FAQ_CONTENT,
  FAQ_UI,
  GUIDE_CONTENT,
  GUIDE_UI,
} from '../../src/content/index.js';
import { CRISIS } from '../../src/content/jurisdictions.js';
import { fill, formatLines, formatRich, pick, type Fills } from '../../src/content/resolve.js';
import type { Rich } from '../../src/content/types.js';
import { FORMATS, JURISDICTIONS, type Format, type Locale } from '../../src/core/settings.js';

const FILLS: Record<Locale, Fills> = {
  en: { practice: 'our practice', minutes: '50', format: 'in person or online' },
  es: { practice: 'nuestra consulta', minutes: '50', format: 'en persona o en línea' },
};

interface Answer {
  readonly where: string;
  /** Each paragraph and each list line, filled. */
  readonly paragraphs: readonly string[];
}

const ends = (t: string): string => (/[.!?:;]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`);

function paragraphsOf(blocks: Rich, locale: Locale, format: Format): string[] {
  return formatRich(blocks, format)
    .flatMap((b) => (typeof b === 'string' ? [b] : b.list))
    .map((t) => ends(fill(t, FILLS[locale])));
}

/** Every answer a reader meets, in this locale, for every jurisdiction and way of meeting. */
function answers(locale: Locale): Answer[] {
  const out: Answer[] = [];
  let format: Format = 'both';
  const add = (where: string, blocks: Rich) =>
    out.push({ where: `${where} (${format})`, paragraphs: paragraphsOf(blocks, locale, format) });
  const faq = FAQ_CONTENT[locale];
  const guide = GUIDE_CONTENT[locale];
  const conf = CONFIDENTIALITY_CONTENT[locale];
  const crisis = CRISIS_CONTENT[locale];
  for (format of FORMATS) {
    for (const j of JURISDICTIONS) {
      for (const item of faq.items)
        add(`faq ${item.id}/${j}`, [pick(item.short, j), ...pick(item.detail, j)]);
      for (const stage of guide.stages) {
        for (const key of ['happens', 'therapist', 'you', 'feelings'] as const) {
          add(`guide ${stage.id}.${key}/${j}`, pick(stage[key], j));
        }
      }
      for (const s of conf.sections) add(`confidentiality section ${s.id}/${j}`, pick(s.body, j));
      for (const s of conf.scenarios) add(`confidentiality situation ${s.id}/${j}`, pick(s.explanation, j));
      const services = CRISIS[j].services.map((s) => crisis.services[s.id].note);
      add(`crisis notice/${j}`, [crisis.intro, ...services, crisis.notEmergency]);
    }
    for (const stage of guide.stages)
      add(`guide ${stage.id} questions`, formatLines(stage.questions, format));
  }
  add('faq intro', [faq.intro]);
  add('guide intro', [guide.intro]);
  add('guide prep', [guide.prep.intro, guide.prep.hopesHint, guide.prep.privacyNote]);
  add('confidentiality intro', [conf.intro]);
  add('confidentiality scenarios intro', [conf.scenariosIntro]);
  add('confidentiality closing', [conf.disclaimer, conf.askInvite]);
  add('crisis notice, no numbers', [
    crisis.intro,
    crisis.genericEmergency,
    crisis.genericLine,
    crisis.notEmergency,
  ]);
  add('faq call to action', [FAQ_UI[locale].ctaText, FAQ_UI[locale].noResultsContact]);
  add('guide closing', [GUIDE_UI[locale].closing, GUIDE_UI[locale].copyFailed]);
  return out;
}

const words = (t: string): number => t.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
const round = (n: number): number => Math.round(n * 10) / 10;

describe('English readability (Flesch–Kincaid, text-readability)', () => {
  const all = answers('en');

  it('covers every FAQ item, guide block and confidentiality text in all seven jurisdictions', () => {
    assert.ok(all.length > 7 * (FAQ_CONTENT.en.items.length + 20));
  });

  it('keeps every paragraph and list line of 12 words or more at grade 9 or lower', () => {
    const over = all.flatMap((a) =>
      a.paragraphs
        .filter((p) => words(p) >= 12 && fkGrade(p) > 9)
        .map((p) => `${a.where}: ${round(fkGrade(p))}: ${p}`),
    );
    assert.deepEqual([...new Set(over)], []);
  });

  it('keeps every whole answer at grade 8 or lower', () => {
    const over = all
      .map((a) => ({ where: a.where, text: a.paragraphs.join(' ') }))
      .filter((a) => words(a.text) >= 12 && fkGrade(a.text) > 8)
      .map((a) => `${a.where}: ${round(fkGrade(a.text))}`);
    assert.deepEqual(over, []);
  });

  it('scores a hard paragraph above the line, so the check can fail', () => {
    const legal =
      'Notwithstanding the aforementioned confidentiality obligations, practitioners may disclose information necessitated by statutory requirements.';
    assert.ok(fkGrade(legal) > 9);
  });
});

describe('Spanish readability (Szigriszt-Pazos, read on the INFLESZ scale)', () => {
  it('counts syllables as the Real Academia splits them', () => {
    // Examples of diphthongs, hiatuses and triphthongs given in the Ortografía de la lengua
    // española (RAE and ASALE, 2010), as quoted in school guides to its rules, and the rule
    // that a silent h between vowels changes nothing (ahu-mar, pro-hí-ben).
    const expected: Record<string, number> = {
      amáis: 2,
      peine: 2,
      aplauso: 3,
      suave: 2,
      huevo: 2,
      continuo: 3,
      canción: 2,
      ciudad: 2,
      diurno: 2,
      viudo: 2,
      poseer: 3,
      teatro: 3,
      aéreo: 4,
      héroe: 3,
      alegría: 4,
      acentúa: 4,
      río: 2,
      búho: 2,
      raíz: 2,
      baúl: 2,
      reír: 2,
      oír: 2,
      transeúnte: 4,
      buey: 1,
      estudiáis: 3,
      ahumar: 2,
      prohíben: 3,
      // Everyday words of this content.
      y: 1,
      hoy: 1,
      muy: 1,
      ayuda: 3,
      leyes: 2,
      que: 1,
      quien: 1,
      psicoterapeutas: 6,
    };
    const got = Object.fromEntries(Object.keys(expected).map((w) => [w, spanishSyllables(w)]));
    assert.deepEqual(got, expected);
  });

  it('applies 206.835 − 62.3 × syllables/words − words/sentences', () => {
    // "El gato come. El perro duerme.": 6 words, 10 syllables (el, ga-to, co-me, el, pe-rro,
    // duer-me), 2 sentences: 206.835 − 62.3 × 10/6 − 6/2 = 100.0017 (worked by hand).
    assert.ok(Math.abs(szigrisztPazos('El gato come. El perro duerme.') - 100.0017) < 0.001);
    // A long sentence of long words reads as "muy difícil" (below 40).
    const hard =
      'La responsabilidad profesional concerniente a la confidencialidad terapéutica condiciona significativamente la comunicación interdisciplinaria, particularmente considerando obligaciones jurisdiccionales heterogéneas.';
    assert.ok(szigrisztPazos(hard) < 40);
  });

  it('keeps every whole answer at 55 or higher', () => {
    const under = answers('es')
      .map((a) => ({ where: a.where, text: a.paragraphs.join(' ') }))
      .filter((a) => words(a.text) >= 12 && szigrisztPazos(a.text) < 55)
      .map((a) => `${a.where}: ${round(szigrisztPazos(a.text))}`);
    assert.deepEqual(under, []);
  });
});
