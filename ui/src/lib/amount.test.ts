import { describe, expect, it } from 'vitest';
import { localizeAmount, normalizeAmount } from './amount';

describe('normalizeAmount', () => {
  it('accepts a comma or a point as the decimal separator in any locale', () => {
    for (const locale of ['en-US', 'pt-BR', 'ru-RU', 'id-ID', 'zh-CN', 'es-ES']) {
      expect(normalizeAmount('12,50', locale)).toBe('12.50');
      expect(normalizeAmount('12.50', locale)).toBe('12.50');
    }
  });

  it('removes grouping as each locale writes it', () => {
    expect(normalizeAmount('1.234,50', 'pt-BR')).toBe('1234.50');
    expect(normalizeAmount('1,234.50', 'en-US')).toBe('1234.50');
    expect(normalizeAmount('1 234,50', 'ru-RU')).toBe('1234.50');
    expect(normalizeAmount('1\u202f234,50', 'ru-RU')).toBe('1234.50');
    expect(normalizeAmount('1\u00a0234\u00a0567', 'ru-RU')).toBe('1234567');
    expect(normalizeAmount('1,234,567', 'en-US')).toBe('1234567');
    expect(normalizeAmount('15.000', 'id-ID')).toBe('15000');
    expect(normalizeAmount('1.234.567,8', 'es-ES')).toBe('1234567.8');
  });

  it('reads a lone separator before three digits by the locale', () => {
    expect(normalizeAmount('1,234', 'en-US')).toBe('1234');
    expect(normalizeAmount('1.234', 'pt-BR')).toBe('1234');
    expect(normalizeAmount('1,234', 'pt-BR')).toBe('1.234');
    expect(normalizeAmount('1.250', 'en-US')).toBe('1.250');
  });

  it('keeps every digit and never rounds', () => {
    expect(normalizeAmount('0,1', 'pt-BR')).toBe('0.1');
    expect(normalizeAmount('12345678901234567,89', 'pt-BR')).toBe('12345678901234567.89');
    expect(normalizeAmount('12.345', 'ru-RU')).toBe('12.345');
  });

  it('tidies leading zeros and bare separators', () => {
    expect(normalizeAmount('007,50', 'pt-BR')).toBe('7.50');
    expect(normalizeAmount(',5', 'pt-BR')).toBe('0.5');
    expect(normalizeAmount('12.', 'en-US')).toBe('12');
    expect(normalizeAmount('  9,99 ', 'es-ES')).toBe('9.99');
    expect(normalizeAmount('0', 'en-US')).toBe('0');
  });

  it('leaves bad input for the core to reject, with its own message', () => {
    expect(normalizeAmount('', 'en-US')).toBe('');
    expect(normalizeAmount('   ', 'en-US')).toBe('');
    expect(normalizeAmount('abc', 'en-US')).toBe('abc');
    expect(normalizeAmount('12,50,3.4.5', 'en-US')).toBe('12,50,3.4.5');
    expect(normalizeAmount('1.2.3,4,5', 'pt-BR')).toBe('1.2.3,4,5');
    expect(normalizeAmount('R$ 12', 'pt-BR')).toBe('R$ 12');
  });

  it('keeps a minus sign so the core can refuse negative prices', () => {
    expect(normalizeAmount('-5,00', 'pt-BR')).toBe('-5.00');
    expect(normalizeAmount('\u22125.00', 'en-US')).toBe('-5.00');
  });
});

describe('localizeAmount', () => {
  it('writes the decimal separator of the locale', () => {
    expect(localizeAmount('1234.50', 'pt-BR')).toBe('1234,50');
    expect(localizeAmount('1234.50', 'en-US')).toBe('1234.50');
    expect(localizeAmount('15000', 'id-ID')).toBe('15000');
  });

  it('round-trips through normalizeAmount', () => {
    for (const locale of ['en-US', 'pt-BR', 'ru-RU', 'id-ID', 'zh-CN', 'es-ES']) {
      for (const a of ['0.01', '12.50', '1234.5', '999999.999', '7']) {
        expect(normalizeAmount(localizeAmount(a, locale), locale)).toBe(a);
      }
    }
  });
});
