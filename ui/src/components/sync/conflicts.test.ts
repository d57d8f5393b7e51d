import { describe, expect, it } from 'vitest';
import { conflictValue, minorToAmount, noticeField } from './conflicts';

describe('conflict values', () => {
  it('turns minor units into decimal strings by exponent', () => {
    expect(minorToAmount(16000, 2)).toBe('160.00');
    expect(minorToAmount(5, 2)).toBe('0.05');
    expect(minorToAmount(1500, 0)).toBe('1500');
    expect(minorToAmount(1234, 3)).toBe('1.234');
    expect(minorToAmount(-250, 2)).toBe('-2.50');
  });

  it('formats prices through the money formatter and counts per locale', () => {
    const money = (m: { currency: string; amount: string }): string => `${m.currency} ${m.amount}`;
    expect(conflictValue('price', '16000', 'BRL', money, 'pt-BR')).toBe('BRL 160.00');
    expect(conflictValue('price', '1500', 'JPY', money, 'en-US')).toBe('JPY 1500');
    expect(conflictValue('stock', '1234', null, money, 'ru-RU')).toBe(new Intl.NumberFormat('ru-RU').format(1234));
    expect(conflictValue('price', 'null', 'BRL', money, 'en-US')).toBe('—');
    expect(conflictValue('listing', '"Bolsa"', null, money, 'en-US')).toBe('Bolsa');
  });

  it('names notice fields', () => {
    expect(noticeField('texts.pt-BR.title')).toBe('sync-field-title');
    expect(noticeField('state')).toBe('sync-field-state');
    expect(noticeField('texts.pt-BR')).toBe('sync-field-other');
  });
});
