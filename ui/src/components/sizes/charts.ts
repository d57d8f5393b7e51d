/** Pure logic of size charts in the UI: drafts, rows, copies, a listing's options. */
import type { Listing, SizeChart, SizeChartDraft, SizeChartRow } from '../../lib/bindings';

export const MARKETS = ['BR', 'EU', 'RU', 'ID', 'US', 'CN'] as const;
export const MEASURES = ['bust', 'chest', 'waist', 'hip', 'foot_length', 'height', 'inseam'] as const;

export function emptyRow(measures: number, markets: number): SizeChartRow {
  return {
    min: Array.from({ length: measures }, () => ''),
    max: Array.from({ length: measures }, () => ''),
    labels: Array.from({ length: markets }, () => ''),
  };
}

export function blankDraft(name: string): SizeChartDraft {
  const measures = ['chest', 'waist'];
  return { name, unit: 'cm', measures, markets: [...MARKETS], rows: [emptyRow(measures.length, MARKETS.length)] };
}

/** An editable copy of a stored chart (or a renamed duplicate of it). */
export function draftOf(chart: SizeChart, name: string = chart.name): SizeChartDraft {
  return {
    name,
    unit: chart.unit,
    measures: chart.measures.slice(),
    markets: chart.markets.slice(),
    rows: chart.rows.map((r) => ({ min: r.min.slice(), max: r.max.slice(), labels: r.labels.slice() })),
  };
}

/** Adds or removes a measure column, keeping every row aligned. */
export function toggleMeasure(draft: SizeChartDraft, measure: string): SizeChartDraft {
  const i = draft.measures.indexOf(measure);
  if (i >= 0) {
    return {
      ...draft,
      measures: draft.measures.filter((_, j) => j !== i),
      rows: draft.rows.map((r) => ({
        ...r,
        min: r.min.filter((_, j) => j !== i),
        max: r.max.filter((_, j) => j !== i),
      })),
    };
  }
  // Keep the canonical order of measures.
  const order = MEASURES as readonly string[];
  const measures = [...draft.measures, measure].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const at = measures.indexOf(measure);
  return {
    ...draft,
    measures,
    rows: draft.rows.map((r) => {
      const min = r.min.slice();
      const max = r.max.slice();
      min.splice(at, 0, '');
      max.splice(at, 0, '');
      return { ...r, min, max };
    }),
  };
}

/** The option names a listing's variants use, in first-seen order. */
export function optionNames(listing: Listing | null): string[] {
  const names: string[] = [];
  for (const v of listing?.variants ?? []) {
    for (const o of v.options) if (o.name && !names.includes(o.name)) names.push(o.name);
  }
  return names;
}

/** The option most likely to be the size: "size"/"tamanho"/"размер"/"尺码"..., else the first. */
export function sizeOption(names: readonly string[]): string | null {
  const hit = names.find((n) => /size|tama|talla|разм|尺|ukuran/i.test(n));
  return hit ?? names[0] ?? null;
}

/** The market a UI language's buyers shop in, for the default preview. */
export function marketOfLocale(locale: string): (typeof MARKETS)[number] {
  switch (locale) {
    case 'pt-BR':
      return 'BR';
    case 'ru-RU':
      return 'RU';
    case 'id-ID':
      return 'ID';
    case 'zh-CN':
      return 'CN';
    case 'en-US':
      return 'US';
    default:
      return 'EU';
  }
}
