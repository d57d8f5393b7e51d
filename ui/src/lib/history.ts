/**
 * A listing's audit trail, made readable: the core records each change as
 * JSON `[{ field, before, after }]` with prices in integer minor units.
 */
import type { HistoryEntry, Money } from './bindings';

export interface Change {
  field: string;
  before: string;
  after: string;
  /** Set for price changes (`variant.<sku>.price.<currency>`), so they format as money. */
  money?: { before: Money | null; after: Money | null };
}

/** Integer minor units as a decimal string: (1250, 2) → "12.50", (-5, 3) → "-0.005". */
export function minorToDecimal(minor: number | string, exponent: number): string {
  const s = String(minor);
  if (!/^-?\d+$/.test(s)) return s;
  const negative = s.startsWith('-');
  const digits = negative ? s.slice(1) : s;
  if (exponent <= 0) return s;
  const padded = digits.padStart(exponent + 1, '0');
  const int = padded.slice(0, padded.length - exponent);
  const frac = padded.slice(padded.length - exponent);
  return `${negative ? '-' : ''}${int}.${frac}`;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  if (Array.isArray(value)) {
    // Options: [{ name, value }].
    return value
      .map((v: unknown) =>
        v && typeof v === 'object' && 'name' in v && 'value' in v
          ? `${String((v as { name: unknown }).name)} = ${String((v as { value: unknown }).value)}`
          : JSON.stringify(v),
      )
      .join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const PRICE = /^variant\.(.+)\.price\.([A-Z]{3})$/;

/** The changes of one history entry; an unreadable record gives none. */
export function parseChanges(entry: HistoryEntry, exponentOf: (currency: string) => number): Change[] {
  let raw: unknown;
  try {
    raw = JSON.parse(entry.changes);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const out: Change[] = [];
  for (const c of raw) {
    if (!c || typeof c !== 'object' || typeof (c as { field?: unknown }).field !== 'string') continue;
    const { field, before, after } = c as { field: string; before: unknown; after: unknown };
    const price = PRICE.exec(field);
    if (price && price[2]) {
      const currency = price[2];
      const e = exponentOf(currency);
      const toMoney = (v: unknown): Money | null =>
        typeof v === 'number' || typeof v === 'string' ? { currency, amount: minorToDecimal(v, e) } : null;
      out.push({ field, before: show(before), after: show(after), money: { before: toMoney(before), after: toMoney(after) } });
    } else {
      out.push({ field, before: show(before), after: show(after) });
    }
  }
  return out;
}
