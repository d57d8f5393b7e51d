/**
 * Amounts as the seller types them, and back.
 *
 * The core takes prices as canonical decimal strings ("1234.50": ASCII
 * digits, `.` as the decimal point, no grouping). Sellers type them the way
 * their language writes numbers: "12,50" in Brazil or Russia, "12.50" in the
 * US, sometimes with grouping ("1.234,50", "1 234,50", "1,234.50"). These
 * functions translate without ever going through a float, so no amount is
 * rounded on the way.
 */

const separatorCache = new Map<string, { decimal: string; group: string }>();

/** The decimal and grouping separators of `locale` ("," and "." for pt-BR). */
export function separators(locale: string): { decimal: string; group: string } {
  let seps = separatorCache.get(locale);
  if (!seps) {
    let decimal = '.';
    let group = ',';
    try {
      const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
      decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
      group = parts.find((p) => p.type === 'group')?.value ?? '';
    } catch {
      // An unknown locale tag: keep the ASCII defaults.
    }
    seps = { decimal, group };
    separatorCache.set(locale, seps);
  }
  return seps;
}

const SPACES = /[\s\u00a0\u202f\u2009'\u2019]/g;

/**
 * Turns an amount typed in `locale` into the canonical form the core
 * expects: "12,50" → "12.50", "1.234,50" (pt-BR) → "1234.50",
 * "1 234,50" (ru-RU) → "1234.50", "1,234.50" (en-US) → "1234.50".
 *
 * A single separator is the decimal point when it is the locale's decimal
 * separator, or when it is not followed by exactly three digits; so both
 * "12,50" and "12.50" work in every locale. Input that is not a number is
 * returned trimmed and unchanged so the core rejects it with its own
 * localized message; a leading minus is kept for the same reason.
 */
export function normalizeAmount(input: string, locale: string): string {
  const raw = input.trim();
  if (raw === '') return '';
  let s = raw;
  let sign = '';
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    sign = '-';
    s = s.slice(1).trim();
  }
  s = s.replace(SPACES, '');
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return raw;

  const dots = countOf(s, '.');
  const commas = countOf(s, ',');
  let decimal: '.' | ',' | null = null;
  if (dots > 0 && commas > 0) {
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    // The decimal separator appears once, after every grouping separator.
    if (countOf(s, decimal) > 1) return raw;
  } else if (dots + commas === 1) {
    const sep = dots === 1 ? '.' : ',';
    const digitsAfter = s.length - s.indexOf(sep) - 1;
    const { decimal: localeDecimal, group: localeGroup } = separators(locale);
    if (sep === localeDecimal) decimal = sep;
    else if (sep === localeGroup && digitsAfter === 3) decimal = null;
    else decimal = sep;
  } else if (dots + commas > 1) {
    // The same separator several times: it can only be grouping.
    decimal = null;
  }

  let intPart = s;
  let fracPart = '';
  if (decimal !== null) {
    const at = s.lastIndexOf(decimal);
    intPart = s.slice(0, at);
    fracPart = s.slice(at + 1);
    if (/[.,]/.test(fracPart)) return raw;
  }
  intPart = intPart.replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
  if (intPart === '') intPart = '0';
  return sign + intPart + (fracPart === '' ? '' : `.${fracPart}`);
}

/** A canonical amount ("1234.50") as the seller would type it in `locale` ("1234,50"). */
export function localizeAmount(canonical: string, locale: string): string {
  const { decimal } = separators(locale);
  return decimal === '.' ? canonical : canonical.replace('.', decimal);
}

function countOf(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n += 1;
  return n;
}
