import { expect } from '@open-wc/testing';
import { displayNames, listFormat, numberFormat } from '../../src/core/intl.js';
import { monthName } from '../../src/content/index.js';

describe('Intl formatters, made once per locale and options', () => {
  it('gives back the same formatter for the same locale and options, and another for others', () => {
    const money = { style: 'currency', currency: 'USD' } as const;
    expect(numberFormat('en', money)).to.equal(numberFormat('en', { ...money }));
    expect(numberFormat('en', money)).not.to.equal(numberFormat('es', money));
    expect(numberFormat('en', money).format(120)).to.equal('$120.00');
    expect(listFormat('en', { type: 'conjunction' })).to.equal(listFormat('en', { type: 'conjunction' }));
    expect(listFormat('es').format(['uno', 'dos', 'tres'])).to.equal('uno, dos y tres');
    expect(displayNames('en', { type: 'language' }).of('es')).to.equal('Spanish');
    expect(displayNames('es', { type: 'language' })).not.to.equal(displayNames('en', { type: 'language' }));
  });
});

describe('month names from the locale tables', () => {
  it('writes a month as the locale does, the same as Intl would', () => {
    for (const locale of ['en', 'es'] as const) {
      const intl = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        const yyyymm = `2026-${String(month).padStart(2, '0')}`;
        expect(monthName(yyyymm, locale)).to.equal(intl.format(new Date(Date.UTC(2026, month - 1, 1))));
      }
    }
  });
});
