import { describe, expect, it } from 'vitest';
import { autonym, currencyTable, formatCount, formatMoney, formatRelative, languageCode, shortLanguageName } from './format';

/** Intl separates with no-break spaces (U+00A0, U+202F); compare them as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const digits = currencyTable([
  { code: 'BRL', exponent: 2, displayDecimals: 2 },
  { code: 'RUB', exponent: 2, displayDecimals: 2 },
  { code: 'IDR', exponent: 2, displayDecimals: 0 },
  { code: 'JPY', exponent: 0, displayDecimals: 0 },
  { code: 'KWD', exponent: 3, displayDecimals: 3 },
  { code: 'USD', exponent: 2, displayDecimals: 2 },
]);

describe('formatMoney', () => {
  it('formats Brazilian reais the Brazilian way', () => {
    expect(plain(formatMoney({ currency: 'BRL', amount: '1234.50' }, 'pt-BR', digits.get('BRL')))).toBe('R$ 1.234,50');
  });

  it('formats roubles the Russian way', () => {
    expect(plain(formatMoney({ currency: 'RUB', amount: '1234.50' }, 'ru-RU', digits.get('RUB')))).toBe('1 234,50 ₽');
  });

  it('shows rupiah without decimals, but never hides real cents', () => {
    expect(plain(formatMoney({ currency: 'IDR', amount: '15000' }, 'id-ID', digits.get('IDR')))).toBe('Rp 15.000');
    expect(plain(formatMoney({ currency: 'IDR', amount: '15000.00' }, 'id-ID', digits.get('IDR')))).toBe('Rp 15.000');
    expect(plain(formatMoney({ currency: 'IDR', amount: '15000.50' }, 'id-ID', digits.get('IDR')))).toBe('Rp 15.000,5');
  });

  it('uses the yen exponent of 0', () => {
    expect(formatMoney({ currency: 'JPY', amount: '1500' }, 'en-US', digits.get('JPY'))).toBe('¥1,500');
  });

  it('uses the Kuwaiti dinar exponent of 3', () => {
    expect(plain(formatMoney({ currency: 'KWD', amount: '1.250' }, 'en-US', digits.get('KWD')))).toBe('KWD 1.250');
    expect(plain(formatMoney({ currency: 'KWD', amount: '12.5' }, 'en-US', digits.get('KWD')))).toBe('KWD 12.500');
  });

  it('formats the decimal string exactly, beyond float precision', () => {
    expect(formatMoney({ currency: 'USD', amount: '12345678901234567.01' }, 'en-US', digits.get('USD'))).toBe(
      '$12,345,678,901,234,567.01',
    );
  });

  it('falls back to amount and code for a code Intl rejects', () => {
    expect(formatMoney({ currency: 'XX', amount: '3.00' }, 'en-US')).toBe('3.00 XX');
  });
});

describe('formatCount', () => {
  it('groups by locale', () => {
    expect(formatCount(12345, 'en-US')).toBe('12,345');
    expect(plain(formatCount(12345, 'ru-RU'))).toBe('12 345');
    expect(formatCount(12345, 'pt-BR')).toBe('12.345');
  });
});

describe('formatRelative', () => {
  const now = Date.UTC(2026, 10, 21, 12, 0, 0);
  it('picks the largest sensible unit', () => {
    expect(formatRelative(now - 5 * 60_000, now, 'en-US')).toBe('5 minutes ago');
    expect(formatRelative(now - 24 * 3600_000, now, 'en-US')).toBe('yesterday');
    expect(formatRelative(now - 3 * 3600_000, now, 'en-US')).toBe('3 hours ago');
    expect(formatRelative(now - 10_000, now, 'en-US')).toBe('now');
  });
  it('speaks the locale', () => {
    expect(formatRelative(now - 2 * 24 * 3600_000, now, 'pt-BR')).toBe('anteontem');
  });
});

describe('languageCode', () => {
  it('is the language subtag, upper case', () => {
    expect(languageCode('pt-BR')).toBe('PT');
    expect(languageCode('zh-CN')).toBe('ZH');
  });
});

describe('shortLanguageName', () => {
  it('drops the region unless two tags share a language', () => {
    expect(shortLanguageName('pt-BR', 'en-US', ['en-US', 'pt-BR'])).toBe('Portuguese');
    expect(shortLanguageName('pt-BR', 'en-US', ['pt-PT', 'pt-BR'])).toBe('Brazilian Portuguese');
    expect(shortLanguageName('ru-RU', 'pt-BR', ['ru-RU'])).toBe('russo');
  });
});

describe('autonym', () => {
  it('names each UI language in itself', () => {
    const ui = ['en-US', 'zh-CN', 'es-ES', 'pt-BR', 'ru-RU', 'id-ID'];
    expect(autonym('ru-RU', ui)).toBe('Русский');
    expect(autonym('pt-BR', ui)).toBe('Português');
    expect(autonym('zh-CN', ui)).toBe('中文');
    expect(autonym('pt-BR', ['pt-BR', 'pt-PT'])).toBe('Português (Brasil)');
  });
});
