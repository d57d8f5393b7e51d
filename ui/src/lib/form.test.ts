import { describe, expect, it } from 'vitest';
import type { Listing } from './bindings';
import { completeness, formFromListing, formPath, newListingForm, priceSlots, splitTags, titleLength, toDraft } from './form';

const locales = ['en-US', 'pt-BR', 'ru-RU'];

const listing: Listing = {
  id: 'L1',
  state: 'active',
  defaultLocale: 'en-US',
  texts: [
    { locale: 'en-US', title: 'Silk scarf', description: 'Soft.', tags: ['silk', 'scarf'] },
    { locale: 'pt-BR', title: 'Lenço de seda', description: '', tags: [] },
  ],
  variants: [
    {
      id: 'V1',
      sku: 'SC-1',
      options: [{ name: 'Colour', value: 'Red' }],
      weightGrams: 120,
      hsCode: '621410',
      hsEdition: 'HS2022',
      originCountry: 'VN',
      customsDescription: null,
      stock: 7,
      prices: [
        { currency: 'BRL', amount: '1234.50' },
        { currency: 'USD', amount: '19.90' },
      ],
    },
  ],
  archived: false,
  createdAt: 0,
  updatedAt: 0,
  synced: false,
  rev: 0,
};

describe('the editor form', () => {
  it('shows amounts as the seller writes them and sends them canonical', () => {
    const form = formFromListing(listing, locales, 'pt-BR');
    expect(form.variants[0]?.prices.map((p) => p.amount)).toEqual(['1234,50', '19,90']);
    const draft = toDraft(form, locales, 'pt-BR');
    expect(draft.variants[0]?.prices).toEqual(listing.variants[0]?.prices);
  });

  it('round-trips an untouched listing to the same draft', () => {
    const draft = toDraft(formFromListing(listing, locales, 'en-US'), locales, 'en-US');
    expect(draft).toEqual({
      state: 'active',
      defaultLocale: 'en-US',
      texts: [
        { locale: 'en-US', title: 'Silk scarf', description: 'Soft.', tags: ['silk', 'scarf'] },
        { locale: 'pt-BR', title: 'Lenço de seda', description: '', tags: [] },
      ],
      variants: [
        {
          id: 'V1',
          sku: 'SC-1',
          options: [{ name: 'Colour', value: 'Red' }],
          weightGrams: '120',
          hsCode: '621410',
          hsEdition: 'HS2022',
          originCountry: 'VN',
          customsDescription: null,
          stock: '7',
          prices: [
            { currency: 'BRL', amount: '1234.50' },
            { currency: 'USD', amount: '19.90' },
          ],
        },
      ],
    });
  });

  it('sends stock and weight as typed, and no price for a blank price row', () => {
    const form = newListingForm('en-US', locales, 'USD');
    const v = form.variants[0]!;
    v.stock = ' -3 ';
    v.weight = 'abc';
    v.prices.push({ key: 99, currency: 'BRL', amount: '12,5' });
    const draft = toDraft(form, locales, 'en-US');
    expect(draft.variants[0]?.stock).toBe('-3');
    expect(draft.variants[0]?.weightGrams).toBe('abc');
    expect(draft.variants[0]?.prices).toEqual([{ currency: 'BRL', amount: '12.5' }]);
    // The default language is always sent, even empty, so the core can say "Enter a title".
    expect(draft.texts).toEqual([{ locale: 'en-US', title: '', description: '', tags: [] }]);
    // Blank option rows are not options.
    expect(draft.variants[0]?.options).toEqual([]);
  });

  it('maps price error paths from the draft back to the rows shown', () => {
    const form = newListingForm('en-US', locales, 'USD');
    const [v0] = form.variants;
    v0!.prices = [
      { key: 1, currency: 'USD', amount: '' },
      { key: 2, currency: 'BRL', amount: '-1' },
      { key: 3, currency: 'RUB', amount: '5' },
    ];
    const slots = priceSlots(form);
    expect(slots).toEqual([[1, 2]]);
    expect(formPath('variants.0.prices.0.amount', slots)).toBe('variants.0.prices.1.amount');
    expect(formPath('variants.0.prices.1.currency', slots)).toBe('variants.0.prices.2.currency');
    expect(formPath('variants.0.sku', slots)).toBe('variants.0.sku');
    expect(formPath('variants.3.prices.0.amount', slots)).toBe('variants.3.prices.0.amount');
  });

  it('splits tags on Latin and CJK commas', () => {
    expect(splitTags('silk, scarf,,  summer ')).toEqual(['silk', 'scarf', 'summer']);
    expect(splitTags('丝绸，围巾、夏季')).toEqual(['丝绸', '围巾', '夏季']);
  });

  it('rates translation completeness', () => {
    expect(completeness({ title: 'a', description: 'b', tags: '' })).toBe('complete');
    expect(completeness({ title: 'a', description: ' ', tags: '' })).toBe('partial');
    expect(completeness({ title: '', description: '', tags: 'x' })).toBe('partial');
    expect(completeness({ title: ' ', description: '', tags: ' , ' })).toBe('empty');
    expect(completeness(undefined)).toBe('empty');
  });

  it('counts title characters as the marketplace does', () => {
    expect(titleLength('  Café  ')).toBe(4);
    expect(titleLength('Cafe\u0301')).toBe(4);
    expect(titleLength('丝绸围巾🧣')).toBe(5);
  });
});
