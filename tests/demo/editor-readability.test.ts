/**
 * The editor's Flesch–Kincaid grade (demo/editor/readability.ts, small enough for the page)
 * against text-readability's, which the content tests use in Node: on every default FAQ
 * answer, explainer section and situation, they agree within 1.5 grades and on which side of
 * grade 8 a text falls when it is not within a grade of it.
 */
import { expect } from '@open-wc/testing';
import { richText } from '../../demo/editor/content.js';
import { contentItems } from '../../demo/editor/content.js';
import {
  FEWEST_WORDS,
  HARDEST_GRADE,
  LOWEST_INFLESZ,
  fleschKincaid,
  syllables,
  tooHard,
  tooHardSpanish,
} from '../../demo/editor/readability.js';
import { spanishWords } from '../../demo/editor/inflesz.mjs';
import { CONTENT_TAGS, emptyState } from '../../demo/editor/state.js';
import { CONFIDENTIALITY_CONTENT, FAQ_CONTENT, GUIDE_CONTENT } from '../../src/content/index.js';
import { pick } from '../../src/content/resolve.js';
import { fkGrades, infleszScores } from '../support/helpers.js';

const HARD =
  'Notwithstanding considerable variability, remuneration arrangements necessitate individualised consultation regarding affordability and reimbursement eligibility.';

function texts(): string[] {
  const out: string[] = [];
  for (const item of FAQ_CONTENT.en.items) {
    out.push([pick(item.short, 'generic'), richText(item.detail, 'generic')].join('\n\n'));
  }
  for (const s of CONFIDENTIALITY_CONTENT.en.sections) out.push(richText(s.body, 'us'));
  for (const s of CONFIDENTIALITY_CONTENT.en.scenarios) out.push(richText(s.explanation, 'uk'));
  for (const s of GUIDE_CONTENT.en.stages) out.push(pick(s.summary, 'generic'));
  out.push(HARD, 'We can talk. You can ask us. It is fine.');
  return out;
}

describe("the editor's readability check", () => {
  it("agrees with text-readability's Flesch–Kincaid grade on the widgets' own texts", async () => {
    const all = texts();
    const theirs = await fkGrades(all);
    expect(all.length).to.be.greaterThan(50);
    all.forEach((text, i) => {
      const mine = fleschKincaid(text)!;
      const their = theirs[i]!;
      expect(Math.abs(mine - their), text).to.be.at.most(1.5);
      if (Math.abs(their - HARDEST_GRADE) > 1)
        expect(mine > HARDEST_GRADE, text).to.equal(their > HARDEST_GRADE);
    });
  });

  it('warns above grade 8 with the grade, and not for plain words or empty text', () => {
    expect(tooHard(HARD)).to.be.greaterThan(HARDEST_GRADE);
    expect(tooHard('We can talk. You can ask us. It is fine.')).to.equal(undefined);
    expect(tooHard('')).to.equal(undefined);
    expect(fleschKincaid('   ')).to.equal(undefined);
  });

  it('counts syllables as people say them', () => {
    const words: Record<string, number> = {
      therapy: 3,
      session: 2,
      anxious: 2,
      cancel: 2,
      people: 2,
      time: 1,
      the: 1,
      comfortable: 4,
    };
    for (const [word, count] of Object.entries(words)) expect(syllables(word), word).to.equal(count);
  });

  it('scores Spanish by INFLESZ, as the content tests do in Node, and never warns on our own Spanish', async () => {
    const hard =
      'No obstante la considerable variabilidad, los correspondientes procedimientos administrativos de facturación requieren necesariamente una consulta individualizada.';
    const score = tooHardSpanish(hard);
    expect(score).to.be.a('number');
    expect(score).to.be.below(LOWEST_INFLESZ);
    const [node] = await infleszScores([hard]);
    expect(score).to.equal(Math.round(node!));
    expect(
      tooHardSpanish('Pregúntanos. Te diremos el precio antes de reservar. Puedes llamar cuando quieras.'),
    ).to.equal(undefined);
    // A title of a few long words is too short to score.
    expect(tooHardSpanish('Confidencialidad y responsabilidades administrativas')).to.equal(undefined);
    expect(tooHardSpanish('')).to.equal(undefined);
  });

  it('never warns on our own words, in either language, and reads each paragraph as a sentence', () => {
    const state = emptyState();
    for (const [locale, warn] of [
      ['en', tooHard],
      ['es', tooHardSpanish],
    ] as const) {
      const defaults = CONTENT_TAGS.flatMap((tag) => contentItems(tag, state, locale)).flatMap((item) =>
        item.parts.map((part) => part.fallback),
      );
      expect(defaults.filter((text) => spanishWords(text).length >= FEWEST_WORDS).length).to.be.greaterThan(
        50,
      );
      for (const text of defaults) expect(warn(text), `${locale}: ${text}`).to.equal(undefined);
    }
    // Lines of a list, a blank line apart and without full stops, are sentences of their own.
    const list = [
      'Things that often help on the day:',
      'Any forms you were asked to fill in',
      'Your questions, written down on paper',
      'A list of any medicines you take',
      'Details of your health plan or insurance',
    ];
    expect(tooHard(list.join('\n\n'))).to.equal(undefined);
    expect(tooHard(list.join(' '))).to.be.greaterThan(HARDEST_GRADE);
  });
});
