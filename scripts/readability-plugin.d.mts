/** Types for readability-plugin.mjs (used by the unit tests). */
export declare function fkGrade(text: string): number;
export declare function spanishSyllables(word: string): number;
export declare function szigrisztPazos(text: string): number;
export declare function readabilityPlugin(): {
  name: string;
  executeCommand(args: { command: string; payload: { texts: readonly string[] } }): number[] | undefined;
};
