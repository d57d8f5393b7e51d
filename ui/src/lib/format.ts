/**
 * Locale-aware display of money, numbers and dates (CLDR data through Intl).
 * Amounts stay decimal strings all the way: Intl.NumberFormat formats a
 * numeric string exactly, so "1234.50" is never turned into a float.
 */
import type { CurrencyInfo, Money } from './bindings';

export interface CurrencyDigits {
  exponent: number;
  displayDecimals: number;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, nf);
  }
  return nf;
}

/**
 * `money` in `locale`: pt-BR "R$ 1.234,50", ru-RU "1 234,50 ₽", id-ID
 * "Rp 15.000". At least `displayDecimals` decimals are shown and at most
 * `exponent` (the currency's minor unit), so no price is ever rounded.
 */
export function formatMoney(money: Money, locale: string, digits?: CurrencyDigits): string {
  const exponent = digits?.exponent ?? 2;
  const min = Math.min(digits?.displayDecimals ?? exponent, exponent);
  try {
    const nf = numberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: min,
      maximumFractionDigits: exponent,
    });
    return nf.format(money.amount as Intl.StringNumericLiteral);
  } catch {
    // A code Intl does not know, or an amount that is not a number.
    return `${money.amount} ${money.currency}`;
  }
}

/** A lookup of currency digits by ISO code. */
export function currencyTable(currencies: readonly CurrencyInfo[]): Map<string, CurrencyDigits> {
  return new Map(currencies.map((c) => [c.code, { exponent: c.exponent, displayDecimals: c.displayDecimals }]));
}

/** An integer with the locale's grouping: "12,345", "12 345", "12.345". */
export function formatCount(n: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date and time, medium length: "Nov 21, 2026, 10:12 PM". */
export function formatDateTime(ms: number, locale: string): string {
  let df = dateFormats.get(locale);
  if (!df) {
    df = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateFormats.set(locale, df);
  }
  return df.format(new Date(ms));
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600 * 1000],
  ['month', 30 * 24 * 3600 * 1000],
  ['week', 7 * 24 * 3600 * 1000],
  ['day', 24 * 3600 * 1000],
  ['hour', 3600 * 1000],
  ['minute', 60 * 1000],
];

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** How long ago `ms` was, relative to `now`: "5 minutes ago", "yesterday", "now". */
export function formatRelative(ms: number, now: number, locale: string): string {
  let rf = relativeFormats.get(locale);
  if (!rf) {
    rf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
    relativeFormats.set(locale, rf);
  }
  const diff = ms - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return rf.format(Math.round(diff / size), unit);
  }
  return rf.format(0, 'second');
}

const nameFormats = new Map<string, Intl.DisplayNames>();

/** The name of a language in `inLocale` ("pt-BR" in en-US: "Brazilian Portuguese"). */
export function languageName(tag: string, inLocale: string): string {
  let dn = nameFormats.get(inLocale);
  if (!dn) {
    try {
      dn = new Intl.DisplayNames([inLocale], { type: 'language' });
    } catch {
      return tag;
    }
    nameFormats.set(inLocale, dn);
  }
  try {
    return dn.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * A language's own name for itself, capitalized: "Русский", "Português".
 * The region is named only when another tag in `siblings` shares the language.
 */
export function autonym(tag: string, siblings: readonly string[] = []): string {
  const name = shortLanguageName(tag, tag, siblings);
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** The short code of a language for compact chips: "pt-BR" → "PT". */
export function languageCode(tag: string): string {
  return (tag.split('-')[0] ?? tag).toUpperCase();
}

/**
 * A compact language name for tabs and menus: just "Portuguese" when no
 * other tag in `siblings` shares the language, else the full "Brazilian
 * Portuguese".
 */
export function shortLanguageName(tag: string, inLocale: string, siblings: readonly string[]): string {
  const language = tag.split('-')[0] ?? tag;
  const shared = siblings.some((s) => s !== tag && s.split('-')[0] === language);
  return languageName(shared ? tag : language, inLocale);
}
