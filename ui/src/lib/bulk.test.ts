import { describe, expect, it } from 'vitest';
import { fieldLabel, fraction, normalizeDecimal, roundingList, roundingsFor, splitTags } from './bulk';

describe('bulk helpers', () => {
  it('offers .99/.90 only to currencies with cents', () => {
    expect(roundingsFor(2)).toContain('to99');
    expect(roundingsFor(0)).toEqual(['none', 'whole', 'hundreds']);
  });

  it('sends only the roundings that are not exact', () => {
    expect(roundingList({ USD: 'to99', EUR: 'none', IDR: 'hundreds' })).toEqual([
      { currency: 'USD', rounding: 'to99' },
      { currency: 'IDR', rounding: 'hundreds' },
    ]);
  });

  it('splits tags on commas and drops blanks', () => {
    expect(splitTags(' sale, summer ,, ')).toEqual(['sale', 'summer']);
  });

  it('accepts a decimal comma in a percentage', () => {
    expect(normalizeDecimal('12,5')).toBe('12.5');
    expect(normalizeDecimal('-10')).toBe('-10');
    expect(normalizeDecimal(' 1 0 ')).toBe('10');
  });

  it('names previewed fields', () => {
    expect(fieldLabel('price.BRL')).toEqual({ id: 'bulk-field-price', args: { currency: 'BRL' } });
    expect(fieldLabel('title.pt-BR')).toEqual({ id: 'bulk-field-title-in', args: { language: 'pt-BR' } });
    expect(fieldLabel('stock')).toEqual({ id: 'bulk-field-stock' });
    expect(fieldLabel('hs_code')).toEqual({ id: 'bulk-field-other', args: { field: 'hs_code' } });
  });

  it('turns progress into a fraction', () => {
    expect(fraction(null)).toBeNull();
    expect(fraction({ task: 'csv-import', phase: 'parse', done: 50, total: 200 })).toBe(0.25);
    expect(fraction({ task: 'csv-import', phase: 'parse', done: 0, total: 0 })).toBeNull();
  });
});
