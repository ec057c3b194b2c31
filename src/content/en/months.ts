import type { MonthWords } from '../locales.types.js';

export const months: MonthWords = {
  names: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  monthYear: (month, year) => `${month} ${year}`,
};
