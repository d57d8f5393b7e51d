/**
 * Where a field error from the core belongs in the listing editor.
 *
 * The core names the field with a path into the draft the editor sent:
 * `texts.pt-BR.title`, `variants.0.sku`, `variants.1.prices.0.amount`,
 * `default_locale`, `variants`. The editor sends variants and prices in the
 * order it shows them, so indices map straight back onto its rows.
 */
import type { FieldError } from './bindings';

export type TextField = 'title' | 'description' | 'tags' | 'locale';
export type VariantField = 'sku' | 'stock' | 'weight_grams' | 'options' | 'prices' | 'id';
export type CustomsField = 'hs_code' | 'hs_edition' | 'origin_country' | 'customs_description';
export type PriceField = 'currency' | 'amount';

export type FieldLocation =
  | { kind: 'listing'; field: 'state' | 'default_locale' }
  | { kind: 'text'; locale: string; field: TextField }
  | { kind: 'variants' }
  | { kind: 'variant'; index: number; field: VariantField }
  | { kind: 'customs'; index: number; field: CustomsField }
  | { kind: 'price'; variant: number; price: number; field: PriceField }
  | { kind: 'other' };

const TEXT_FIELDS: readonly string[] = ['title', 'description', 'tags', 'locale'];
const VARIANT_FIELDS: readonly string[] = ['sku', 'stock', 'weight_grams', 'options', 'prices', 'id'];
const CUSTOMS_FIELDS: readonly string[] = ['hs_code', 'hs_edition', 'origin_country', 'customs_description'];

function index(s: string | undefined): number | null {
  return s !== undefined && /^\d+$/.test(s) ? Number(s) : null;
}

/** Where the error for `path` is shown; `other` goes to the banner. */
export function locateField(path: string): FieldLocation {
  if (path === 'state' || path === 'default_locale') return { kind: 'listing', field: path };
  if (path === 'variants') return { kind: 'variants' };
  const parts = path.split('.');
  if (parts[0] === 'texts' && parts.length === 3) {
    const [, locale, field] = parts;
    if (locale && field && TEXT_FIELDS.includes(field)) return { kind: 'text', locale, field: field as TextField };
  }
  if (parts[0] === 'variants') {
    const v = index(parts[1]);
    if (v !== null && parts.length === 3) {
      const field = parts[2] ?? '';
      if (VARIANT_FIELDS.includes(field)) return { kind: 'variant', index: v, field: field as VariantField };
      if (CUSTOMS_FIELDS.includes(field)) return { kind: 'customs', index: v, field: field as CustomsField };
    }
    if (v !== null && parts.length === 5 && parts[2] === 'prices') {
      const p = index(parts[3]);
      const field = parts[4];
      if (p !== null && (field === 'currency' || field === 'amount')) return { kind: 'price', variant: v, price: p, field };
    }
  }
  return { kind: 'other' };
}

/** The field errors of one failed save, by path, for the editor to show inline. */
export class FieldErrors {
  readonly #byPath = new Map<string, string[]>();
  readonly #located: { path: string; at: FieldLocation }[] = [];

  constructor(fields: readonly FieldError[] = []) {
    for (const f of fields) {
      const list = this.#byPath.get(f.field);
      if (list) {
        if (!list.includes(f.message)) list.push(f.message);
      } else {
        this.#byPath.set(f.field, [f.message]);
        this.#located.push({ path: f.field, at: locateField(f.field) });
      }
    }
  }

  get size(): number {
    return this.#byPath.size;
  }

  /** The messages for exactly `path`. */
  messages(path: string): string[] {
    return this.#byPath.get(path) ?? [];
  }

  /** Whether any error sits in the translation tab of `locale`. */
  textHasErrors(locale: string): boolean {
    return this.#located.some((e) => e.at.kind === 'text' && e.at.locale === locale);
  }

  /** The first locale whose tab has an error, in the order given. */
  firstTextLocale(order: readonly string[]): string | null {
    return order.find((l) => this.textHasErrors(l)) ?? null;
  }

  /** Whether variant `i` has an error in its customs details. */
  customsHasErrors(i: number): boolean {
    return this.#located.some((e) => e.at.kind === 'customs' && e.at.index === i);
  }

  /**
   * Errors the editor has no place for, given the content locales it shows
   * and how many variants it has, with their paths; the banner lists them.
   */
  unplaced(contentLocales: readonly string[], variantCount: number): { path: string; message: string }[] {
    const out: { path: string; message: string }[] = [];
    for (const { path, at } of this.#located) {
      const placed =
        at.kind === 'listing' ||
        at.kind === 'variants' ||
        (at.kind === 'text' && contentLocales.includes(at.locale)) ||
        ((at.kind === 'variant' || at.kind === 'customs') && at.index < variantCount) ||
        (at.kind === 'price' && at.variant < variantCount);
      if (!placed) for (const message of this.messages(path)) out.push({ path, message });
    }
    return out;
  }
}

/** Field paths as the editor builds them, so markup and core agree on the names. */
export const paths = {
  text: (locale: string, field: TextField) => `texts.${locale}.${field}`,
  variant: (i: number, field: VariantField | CustomsField) => `variants.${i}.${field}`,
  price: (v: number, p: number, field: PriceField) => `variants.${v}.prices.${p}.${field}`,
} as const;

/** The element id of the messages for `path`, for `aria-describedby`. */
export function errorId(path: string): string {
  return `field-error-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
