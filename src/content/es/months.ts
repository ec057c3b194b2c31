import type { MonthWords } from '../locales.types.js';

export const months: MonthWords = {
  names: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  monthYear: (month, year) => `${month} de ${year}`,
};
