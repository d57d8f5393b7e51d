/** Presenting conflict values (JSON from the core) in the seller's terms. */
import type { Money } from '../../lib/bindings';

/** Minor units → a decimal string with the currency's ISO exponent. */
export function minorToAmount(minor: number, exponent: number): string {
  const negative = minor < 0;
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const frac = exponent === 0 ? '' : `.${digits.slice(-exponent)}`;
  return `${negative ? '-' : ''}${whole}${frac}`;
}

/** ISO 4217 exponents of the currencies sellers here use that differ from 2. */
const EXPONENTS: Record<string, number> = { JPY: 0, KRW: 0, VND: 0, CLP: 0, KWD: 3, BHD: 3, JOD: 3, OMR: 3, TND: 3 };

export function conflictValue(
  what: string,
  raw: string,
  currency: string | null,
  money: (m: Money) => string,
  locale: string,
): string {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return raw;
  }
  if (v === null || v === undefined) return '—';
  if (what === 'price' && typeof v === 'number' && currency) {
    return money({ currency, amount: minorToAmount(v, EXPONENTS[currency] ?? 2) });
  }
  if (typeof v === 'number') return new Intl.NumberFormat(locale).format(v);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** The message key naming a field path such as `texts.pt-BR.title`. */
export function noticeField(path: string): string {
  const last = path.split('.').pop() ?? '';
  if (['title', 'description', 'tags', 'state'].includes(last)) return `sync-field-${last}`;
  return 'sync-field-other';
}
