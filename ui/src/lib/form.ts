/**
 * The listing editor's form: what the seller sees and types, and its
 * translation to and from the core's `Listing` / `ListingDraft`.
 */
import type { Listing, ListingDraft, ListingState, ListingText, OptionValue, VariantDraft } from './bindings';
import { localizeAmount, normalizeAmount } from './amount';

export interface TextForm {
  title: string;
  description: string;
  /** Comma-separated, as typed. */
  tags: string;
}

export interface PriceForm {
  key: number;
  currency: string;
  /** As typed, in the seller's locale ("12,50"). */
  amount: string;
}

export interface OptionForm {
  key: number;
  name: string;
  value: string;
}

export interface VariantForm {
  key: number;
  id: string | null;
  options: OptionForm[];
  sku: string;
  stock: string;
  weight: string;
  hsCode: string;
  hsEdition: string | null;
  originCountry: string;
  customsDescription: string;
  prices: PriceForm[];
}

export interface ListingForm {
  state: ListingState;
  defaultLocale: string;
  texts: Record<string, TextForm>;
  variants: VariantForm[];
}

let nextKey = 1;
/** A key that tells rows apart in keyed lists. */
export function newKey(): number {
  return nextKey++;
}

export function emptyText(): TextForm {
  return { title: '', description: '', tags: '' };
}

export function emptyVariant(currency: string): VariantForm {
  return {
    key: newKey(),
    id: null,
    options: [{ key: newKey(), name: '', value: '' }],
    sku: '',
    stock: '0',
    weight: '',
    hsCode: '',
    hsEdition: null,
    originCountry: '',
    customsDescription: '',
    prices: [{ key: newKey(), currency, amount: '' }],
  };
}

export function newListingForm(defaultLocale: string, contentLocales: readonly string[], currency: string): ListingForm {
  const texts: Record<string, TextForm> = {};
  for (const l of contentLocales) texts[l] = emptyText();
  return { state: 'draft', defaultLocale, texts, variants: [emptyVariant(currency)] };
}

/** The form for an existing listing; amounts shown as `locale` writes them. */
export function formFromListing(listing: Listing, contentLocales: readonly string[], locale: string): ListingForm {
  const texts: Record<string, TextForm> = {};
  for (const l of contentLocales) texts[l] = emptyText();
  for (const t of listing.texts) {
    texts[t.locale] = { title: t.title, description: t.description, tags: t.tags.join(', ') };
  }
  return {
    state: listing.state,
    defaultLocale: listing.defaultLocale,
    texts,
    variants: listing.variants.map((v) => ({
      key: newKey(),
      id: v.id,
      options:
        v.options.length > 0
          ? v.options.map((o) => ({ key: newKey(), name: o.name, value: o.value }))
          : [{ key: newKey(), name: '', value: '' }],
      sku: v.sku,
      stock: String(v.stock),
      weight: v.weightGrams === null ? '' : String(v.weightGrams),
      hsCode: v.hsCode ?? '',
      hsEdition: v.hsEdition,
      originCountry: v.originCountry ?? '',
      customsDescription: v.customsDescription ?? '',
      prices: v.prices.map((p) => ({ key: newKey(), currency: p.currency, amount: localizeAmount(p.amount, locale) })),
    })),
  };
}

/** Tags as typed, split on commas (also the CJK "，" and "、"). */
export function splitTags(tags: string): string[] {
  return tags
    .split(/[,，、]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

function nullIfBlank(s: string): string | null {
  const t = s.trim();
  return t === '' ? null : t;
}

function textIsEmpty(t: TextForm): boolean {
  return t.title.trim() === '' && t.description.trim() === '' && splitTags(t.tags).length === 0;
}

/**
 * The draft the core validates. Texts go in content-locale order, only those
 * with content (and always the default language); variants in the order
 * shown, so `variants.1.sku` points back at the right row. A price row left
 * blank is no price in that currency and is not sent (see `priceSlots` for
 * mapping error paths back). Amounts are normalized from `locale`; stock and
 * weight go as typed for the core to judge.
 */
export function toDraft(form: ListingForm, contentLocales: readonly string[], locale: string): ListingDraft {
  const order = [...contentLocales, ...Object.keys(form.texts).filter((l) => !contentLocales.includes(l))];
  const texts: ListingText[] = [];
  for (const l of order) {
    const t = form.texts[l];
    if (!t || (textIsEmpty(t) && l !== form.defaultLocale)) continue;
    texts.push({ locale: l, title: t.title, description: t.description, tags: splitTags(t.tags) });
  }
  const variants: VariantDraft[] = form.variants.map((v) => {
    const options: OptionValue[] = v.options
      .filter((o) => o.name.trim() !== '' || o.value.trim() !== '')
      .map((o) => ({ name: o.name, value: o.value }));
    return {
      id: v.id,
      sku: v.sku,
      options,
      weightGrams: v.weight.trim(),
      hsCode: nullIfBlank(v.hsCode),
      hsEdition: v.hsEdition,
      originCountry: nullIfBlank(v.originCountry),
      customsDescription: nullIfBlank(v.customsDescription),
      stock: v.stock.trim(),
      prices: v.prices
        .filter((p) => p.amount.trim() !== '')
        .map((p) => ({ currency: p.currency, amount: normalizeAmount(p.amount, locale) })),
    };
  });
  return { state: form.state, defaultLocale: form.defaultLocale, texts, variants };
}

export type Completeness = 'complete' | 'partial' | 'empty';

/** How far a translation is: title and description make it complete. */
export function completeness(t: TextForm | undefined): Completeness {
  if (!t) return 'empty';
  const title = t.title.trim() !== '';
  const description = t.description.trim() !== '';
  if (title && description) return 'complete';
  return textIsEmpty(t) ? 'empty' : 'partial';
}

/** Characters in a title as the marketplace counts them (code points, NFC, trimmed). */
export function titleLength(title: string): number {
  return [...title.trim().normalize('NFC')].length;
}

/** Per variant, the form index of each price the draft sends, in order. */
export function priceSlots(form: ListingForm): number[][] {
  return form.variants.map((v) =>
    v.prices.flatMap((p, j) => (p.amount.trim() === '' ? [] : [j])),
  );
}

const PRICE_PATH = /^variants\.(\d+)\.prices\.(\d+)\.(.+)$/;

/** A field path about the draft, made about the form: `variants.0.prices.1.amount` → `…prices.2.amount` when the form's price 1 was blank. */
export function formPath(path: string, slots: readonly (readonly number[])[]): string {
  const m = PRICE_PATH.exec(path);
  if (!m) return path;
  const v = Number(m[1]);
  const j = slots[v]?.[Number(m[2])];
  return j === undefined ? path : `variants.${v}.prices.${j}.${m[3]}`;
}
