/** Types for inflesz.mjs. */
export declare function spanishSyllables(word: string): number;
export declare function spanishWords(text: string): string[];
export declare function szigrisztPazos(text: string): number;
