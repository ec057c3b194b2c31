/**
 * Every locale's words: the locale table of dist/therapy-widgets.js, and of the source
 * (tests, the demo). The per-locale builds swap in ./locales.en.ts or ./locales.es.ts.
 */
import { en } from './locales.en.js';
import { es } from './locales.es.js';
import type { LocaleTables } from './locales.types.js';

export const TABLES: LocaleTables = { words: { en, es }, fallback: 'en', file: 'therapy-widgets.js' };
