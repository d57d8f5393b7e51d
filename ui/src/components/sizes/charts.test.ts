import { describe, expect, it } from 'vitest';
import type { Listing, SizeChart } from '../../lib/bindings';
import { blankDraft, draftOf, marketOfLocale, optionNames, sizeOption, toggleMeasure } from './charts';

const chart: SizeChart = {
  id: 'c1',
  name: 'Tops',
  unit: 'cm',
  measures: ['bust', 'hip'],
  markets: ['BR', 'EU', 'RU', 'ID', 'US', 'CN'],
  rows: [{ min: ['86', '92'], max: ['90', '96'], labels: ['M', '36', '44', 'M', 'M', '165/88A'] }],
  updatedAt: 0,
};

describe('drafts', () => {
  it('copies a chart deeply, optionally renamed', () => {
    const d = draftOf(chart, 'Tops (copy)');
    d.rows[0]!.labels[0] = 'G';
    expect(chart.rows[0]!.labels[0]).toBe('M');
    expect(d.name).toBe('Tops (copy)');
  });
  it('starts blank with one empty row aligned to its measures and markets', () => {
    const d = blankDraft('New');
    expect(d.rows[0]!.min).toHaveLength(d.measures.length);
    expect(d.rows[0]!.labels).toHaveLength(6);
  });
  it('adds a measure in canonical order and removes it again, rows aligned', () => {
    const d = toggleMeasure(draftOf(chart), 'waist');
    expect(d.measures).toEqual(['bust', 'waist', 'hip']);
    expect(d.rows[0]!.min).toEqual(['86', '', '92']);
    const back = toggleMeasure(d, 'waist');
    expect(back.measures).toEqual(['bust', 'hip']);
    expect(back.rows[0]!.max).toEqual(['90', '96']);
  });
});

describe('listing options', () => {
  const listing = {
    variants: [
      { options: [{ name: 'colour', value: 'red' }, { name: 'size', value: 'M' }] },
      { options: [{ name: 'size', value: 'L' }] },
    ],
  } as unknown as Listing;
  it('lists option names once and picks the size option', () => {
    expect(optionNames(listing)).toEqual(['colour', 'size']);
    expect(sizeOption(['cor', 'tamanho'])).toBe('tamanho');
    expect(sizeOption(['colour'])).toBe('colour');
    expect(sizeOption([])).toBeNull();
  });
  it('maps UI languages to the market their buyers shop in', () => {
    expect(marketOfLocale('pt-BR')).toBe('BR');
    expect(marketOfLocale('es-ES')).toBe('EU');
  });
});
