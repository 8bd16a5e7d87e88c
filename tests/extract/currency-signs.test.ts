import { describe, expect, it } from 'vitest';
import { ICU_CURRENCY_SIGNS } from '../../src/extract/numbers/currency-signs.js';
import { currencySignsFromIcu } from '../../src/extract/numbers/generate-currency-signs.js';
import { CURRENCY_PREFIXES, CURRENCY_SIGNS } from '../../src/extract/numbers/words.js';

describe('currency sign table', () => {
  it('holds ISO codes and the symbols news uses, and no single letter from ICU', () => {
    const table = new Map(ICU_CURRENCY_SIGNS);
    expect(table.get('KES')).toBe('KES');
    expect(table.get('zł')).toBe('PLN');
    expect(table.get('₦')).toBe('NGN');
    for (const [sign] of ICU_CURRENCY_SIGNS) {
      expect(sign).not.toMatch(/^\p{L}$/u);
      expect(sign.toLowerCase() in CURRENCY_PREFIXES).toBe(false);
    }
  });

  it('adds the press forms, with "R" as rand and "Sh" as Kenyan shillings', () => {
    expect(CURRENCY_SIGNS.get('R')).toBe('ZAR');
    expect(CURRENCY_SIGNS.get('Sh')).toBe('KES');
    expect(CURRENCY_SIGNS.get('N')).toBe('NGN');
  });

  it('the generator reads the same kind of table from this Node (regenerate when ICU adds currencies)', () => {
    const fresh = new Map(currencySignsFromIcu());
    const committed = new Map(ICU_CURRENCY_SIGNS);
    // Every committed sign still means the same currency in this Node's ICU data.
    let same = 0;
    for (const [sign, code] of committed) if (fresh.get(sign) === code) same++;
    expect(same / committed.size).toBeGreaterThan(0.95);
  });
});
