// A Web Test Runner server command: tests send English text, Node scores it with the
// text-readability library (Flesch–Kincaid grade), so the browser bundle never carries it.
import rs from 'text-readability';

export function readabilityPlugin() {
  return {
    name: 'readability',
    executeCommand({ command, payload }) {
      if (command !== 'fk-grade') return undefined;
      return payload.texts.map((text) => rs.fleschKincaidGrade(text));
    },
  };
}
