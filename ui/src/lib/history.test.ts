import { describe, expect, it } from 'vitest';
import { minorToDecimal, parseChanges } from './history';

describe('minorToDecimal', () => {
  it('places the decimal point by the currency exponent, without floats', () => {
    expect(minorToDecimal(1250, 2)).toBe('12.50');
    expect(minorToDecimal(5, 2)).toBe('0.05');
    expect(minorToDecimal(-5, 3)).toBe('-0.005');
    expect(minorToDecimal(1500, 0)).toBe('1500');
    expect(minorToDecimal('900719925474099312', 2)).toBe('9007199254740993.12');
  });
});

describe('parseChanges', () => {
  const entry = (changes: string) => ({ at: 0, memberId: 'm', deviceId: 'd', action: 'update', changes });
  const exp = (c: string) => (c === 'JPY' ? 0 : 2);

  it('reads fields, lists and options', () => {
    const changes = parseChanges(
      entry(
        JSON.stringify([
          { field: 'texts.pt-BR.title', before: 'Lenço', after: 'Lenço de seda' },
          { field: 'texts.en-US.tags', before: ['a'], after: ['a', 'b'] },
          { field: 'variant.SC-1.options', before: [], after: [{ name: 'Size', value: 'M' }] },
          { field: 'variant.SC-1.stock', before: 3, after: null },
        ]),
      ),
      exp,
    );
    expect(changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['texts.pt-BR.title', 'Lenço', 'Lenço de seda'],
      ['texts.en-US.tags', 'a', 'a, b'],
      ['variant.SC-1.options', '', 'Size = M'],
      ['variant.SC-1.stock', '3', ''],
    ]);
  });

  it('turns price changes into money', () => {
    const [c] = parseChanges(entry('[{"field":"variant.SC-1.price.BRL","before":1250,"after":1999}]'), exp);
    expect(c?.money).toEqual({ before: { currency: 'BRL', amount: '12.50' }, after: { currency: 'BRL', amount: '19.99' } });
    const [y] = parseChanges(entry('[{"field":"variant.X.price.JPY","before":null,"after":1500}]'), exp);
    expect(y?.money).toEqual({ before: null, after: { currency: 'JPY', amount: '1500' } });
  });

  it('survives records it cannot read', () => {
    expect(parseChanges(entry('not json'), exp)).toEqual([]);
    expect(parseChanges(entry('{"field":"x"}'), exp)).toEqual([]);
    expect(parseChanges(entry('[1, {"nofield":1}]'), exp)).toEqual([]);
  });
});
