// Readability scores, computed in Node so the widgets' bundle never carries them.
// English: Flesch–Kincaid grade from the text-readability library. Spanish: Szigriszt-Pazos
// (INFLESZ) from demo/editor/inflesz.mjs, the one copy the editor also uses in the page.
import rs from 'text-readability';
import { spanishSyllables, szigrisztPazos } from '../demo/editor/inflesz.mjs';

export { spanishSyllables, szigrisztPazos };

/** Flesch–Kincaid grade of English text (text-readability). */
export function fkGrade(text) {
  return rs.fleschKincaidGrade(text);
}

/** A Web Test Runner server command: tests send text, Node scores it. */
export function readabilityPlugin() {
  return {
    name: 'readability',
    executeCommand({ command, payload }) {
      if (command === 'fk-grade') return payload.texts.map((text) => fkGrade(text));
      if (command === 'inflesz') return payload.texts.map((text) => szigrisztPazos(text));
      return undefined;
    },
  };
}
