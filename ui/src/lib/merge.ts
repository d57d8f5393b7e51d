/**
 * Putting the seller's unsaved edits back on top of a listing that sync
 * changed meanwhile: a field the seller changed keeps their value, every
 * other field takes the fresh one. A three-way merge per field, so a
 * teammate's change to another field is never overwritten.
 */
import type { ListingForm, OptionForm, PriceForm, TextForm, VariantForm } from './form';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function pick<T>(base: T, mine: T, fresh: T): T {
  return same(mine, base) ? fresh : mine;
}

const optionValues = (o: OptionForm[]): { name: string; value: string }[] => o.map(({ name, value }) => ({ name, value }));

function prices(base: PriceForm[], mine: PriceForm[], fresh: PriceForm[]): PriceForm[] {
  const currencies = [...new Set([...fresh, ...mine].map((p) => p.currency))];
  const out: PriceForm[] = [];
  for (const c of currencies) {
    const b = base.find((p) => p.currency === c)?.amount ?? null;
    const m = mine.find((p) => p.currency === c)?.amount ?? null;
    const f = fresh.find((p) => p.currency === c) ?? null;
    const amount = pick(b, m, f?.amount ?? null);
    if (amount === null) continue;
    const key = f?.key ?? mine.find((p) => p.currency === c)?.key ?? 0;
    out.push({ key, currency: c, amount });
  }
  return out;
}

function variant(base: VariantForm | undefined, mine: VariantForm, fresh: VariantForm): VariantForm {
  if (!base) return mine;
  return {
    ...fresh,
    options: same(optionValues(mine.options), optionValues(base.options)) ? fresh.options : mine.options,
    sku: pick(base.sku, mine.sku, fresh.sku),
    stock: pick(base.stock, mine.stock, fresh.stock),
    weight: pick(base.weight, mine.weight, fresh.weight),
    hsCode: pick(base.hsCode, mine.hsCode, fresh.hsCode),
    hsEdition: pick(base.hsEdition, mine.hsEdition, fresh.hsEdition),
    originCountry: pick(base.originCountry, mine.originCountry, fresh.originCountry),
    customsDescription: pick(base.customsDescription, mine.customsDescription, fresh.customsDescription),
    prices: prices(base.prices, mine.prices, fresh.prices),
  };
}

export function mergeForms(base: ListingForm, mine: ListingForm, fresh: ListingForm): ListingForm {
  const texts: Record<string, TextForm> = {};
  for (const locale of new Set([...Object.keys(fresh.texts), ...Object.keys(mine.texts)])) {
    const b = base.texts[locale] ?? { title: '', description: '', tags: '' };
    const m = mine.texts[locale] ?? b;
    const f = fresh.texts[locale] ?? { title: '', description: '', tags: '' };
    texts[locale] = {
      title: pick(b.title, m.title, f.title),
      description: pick(b.description, m.description, f.description),
      tags: pick(b.tags, m.tags, f.tags),
    };
  }
  const removedByMe = new Set(
    base.variants.filter((b) => b.id !== null && !mine.variants.some((m) => m.id === b.id)).map((b) => b.id),
  );
  const variants: VariantForm[] = [];
  for (const f of fresh.variants) {
    if (removedByMe.has(f.id)) continue;
    const m = mine.variants.find((v) => v.id === f.id);
    const b = base.variants.find((v) => v.id === f.id);
    variants.push(m ? variant(b, m, f) : f);
  }
  // Variants the seller added (not saved yet) stay.
  variants.push(...mine.variants.filter((v) => v.id === null));
  return {
    state: pick(base.state, mine.state, fresh.state),
    defaultLocale: pick(base.defaultLocale, mine.defaultLocale, fresh.defaultLocale),
    texts,
    variants,
  };
}
