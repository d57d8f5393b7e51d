import { describe, expect, it } from 'vitest';
import type { ListingForm } from './form';
import { mergeForms } from './merge';

function form(over: Partial<ListingForm> = {}): ListingForm {
  return {
    state: 'active',
    defaultLocale: 'pt-BR',
    texts: { 'pt-BR': { title: 'Bolsa', description: 'Couro', tags: 'couro' } },
    variants: [
      {
        key: 1,
        id: 'v1',
        options: [{ key: 2, name: 'cor', value: 'preta' }],
        sku: 'B-1',
        stock: '4',
        weight: '350',
        hsCode: '420221',
        hsEdition: 'HS2022',
        originCountry: 'BR',
        customsDescription: 'Leather bag',
        prices: [
          { key: 3, currency: 'BRL', amount: '189,90' },
          { key: 4, currency: 'USD', amount: '39.00' },
        ],
      },
    ],
    ...over,
  };
}

const clone = (f: ListingForm): ListingForm => JSON.parse(JSON.stringify(f)) as ListingForm;

describe('mergeForms', () => {
  it("keeps the seller's edited fields and takes the teammate's other changes", () => {
    const base = form();
    const mine = clone(base);
    mine.texts['pt-BR']!.title = 'Bolsa de couro';
    mine.variants[0]!.prices[0]!.amount = '199,90';
    const fresh = clone(base);
    fresh.texts['pt-BR']!.description = 'Couro curtido à mão';
    fresh.variants[0]!.stock = '2';
    fresh.variants[0]!.prices[1]!.amount = '41.00';
    const merged = mergeForms(base, mine, fresh);
    expect(merged.texts['pt-BR']).toEqual({ title: 'Bolsa de couro', description: 'Couro curtido à mão', tags: 'couro' });
    expect(merged.variants[0]!.stock).toBe('2');
    expect(merged.variants[0]!.prices.map((p) => [p.currency, p.amount])).toEqual([
      ['BRL', '199,90'],
      ['USD', '41.00'],
    ]);
  });

  it('keeps new unsaved variants and the removal of a variant', () => {
    const base = form();
    const mine = clone(base);
    mine.variants = [{ ...mine.variants[0]!, id: null, key: 9, sku: 'B-2' }];
    const fresh = clone(base);
    fresh.texts['pt-BR']!.title = 'Bolsa nova';
    const merged = mergeForms(base, mine, fresh);
    expect(merged.variants.map((v) => v.sku)).toEqual(['B-2']);
    expect(merged.texts['pt-BR']!.title).toBe('Bolsa nova');
  });

  it('takes a translation a teammate added', () => {
    const base = form();
    const fresh = clone(base);
    fresh.texts['id-ID'] = { title: 'Tas kulit', description: '', tags: '' };
    const merged = mergeForms(base, clone(base), fresh);
    expect(merged.texts['id-ID']!.title).toBe('Tas kulit');
  });
});
