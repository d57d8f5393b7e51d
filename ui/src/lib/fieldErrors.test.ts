import { describe, expect, it } from 'vitest';
import { FieldErrors, locateField, paths } from './fieldErrors';

describe('locateField', () => {
  it('places listing-level fields', () => {
    expect(locateField('default_locale')).toEqual({ kind: 'listing', field: 'default_locale' });
    expect(locateField('state')).toEqual({ kind: 'listing', field: 'state' });
    expect(locateField('variants')).toEqual({ kind: 'variants' });
  });

  it('places text fields in the tab of their locale', () => {
    expect(locateField('texts.pt-BR.title')).toEqual({ kind: 'text', locale: 'pt-BR', field: 'title' });
    expect(locateField('texts.zh-CN.tags')).toEqual({ kind: 'text', locale: 'zh-CN', field: 'tags' });
    expect(locateField('texts.xx.locale')).toEqual({ kind: 'text', locale: 'xx', field: 'locale' });
  });

  it('places variant fields in their row and customs fields in its customs part', () => {
    expect(locateField('variants.0.sku')).toEqual({ kind: 'variant', index: 0, field: 'sku' });
    expect(locateField('variants.12.stock')).toEqual({ kind: 'variant', index: 12, field: 'stock' });
    expect(locateField('variants.3.weight_grams')).toEqual({ kind: 'variant', index: 3, field: 'weight_grams' });
    expect(locateField('variants.1.prices')).toEqual({ kind: 'variant', index: 1, field: 'prices' });
    expect(locateField('variants.0.hs_code')).toEqual({ kind: 'customs', index: 0, field: 'hs_code' });
    expect(locateField('variants.2.origin_country')).toEqual({ kind: 'customs', index: 2, field: 'origin_country' });
  });

  it('places price fields by variant and price index', () => {
    expect(locateField('variants.1.prices.0.amount')).toEqual({ kind: 'price', variant: 1, price: 0, field: 'amount' });
    expect(locateField('variants.0.prices.3.currency')).toEqual({ kind: 'price', variant: 0, price: 3, field: 'currency' });
  });

  it('sends anything else to the banner', () => {
    for (const p of ['after', 'locale', 'variants.x.sku', 'variants.0.prices.y.amount', 'variants.0.color', 'texts.pt-BR', '']) {
      expect(locateField(p)).toEqual({ kind: 'other' });
    }
  });

  it('agrees with the paths the editor builds', () => {
    expect(locateField(paths.price(4, 2, 'amount'))).toEqual({ kind: 'price', variant: 4, price: 2, field: 'amount' });
    expect(locateField(paths.text('ru-RU', 'description'))).toEqual({ kind: 'text', locale: 'ru-RU', field: 'description' });
    expect(locateField(paths.variant(5, 'customs_description'))).toEqual({ kind: 'customs', index: 5, field: 'customs_description' });
  });
});

describe('FieldErrors', () => {
  const errors = new FieldErrors([
    { field: 'texts.pt-BR.title', code: 'title-empty', message: 'Digite um título.' },
    { field: 'variants.1.prices.0.amount', code: 'price-negative', message: 'negative' },
    { field: 'variants.1.prices.0.amount', code: 'price-negative', message: 'negative' },
    { field: 'variants.1.hs_code', code: 'hs-code-invalid', message: 'hs' },
    { field: 'variants.7.sku', code: 'sku-empty', message: 'sku of a row that is gone' },
    { field: 'after', code: 'cursor-invalid', message: 'cursor' },
  ]);

  it('groups messages by path without repeats', () => {
    expect(errors.messages('variants.1.prices.0.amount')).toEqual(['negative']);
    expect(errors.messages('variants.0.sku')).toEqual([]);
    expect(errors.size).toBe(5);
  });

  it('tells which translation tab and customs part hold errors', () => {
    expect(errors.textHasErrors('pt-BR')).toBe(true);
    expect(errors.textHasErrors('en-US')).toBe(false);
    expect(errors.firstTextLocale(['en-US', 'ru-RU', 'pt-BR'])).toBe('pt-BR');
    expect(errors.firstTextLocale(['en-US'])).toBeNull();
    expect(errors.customsHasErrors(1)).toBe(true);
    expect(errors.customsHasErrors(0)).toBe(false);
  });

  it('lists the errors with no place in the form', () => {
    expect(errors.unplaced(['en-US', 'pt-BR'], 2)).toEqual([
      { path: 'variants.7.sku', message: 'sku of a row that is gone' },
      { path: 'after', message: 'cursor' },
    ]);
    expect(errors.unplaced(['en-US'], 2).map((e) => e.path)).toContain('texts.pt-BR.title');
  });
});
