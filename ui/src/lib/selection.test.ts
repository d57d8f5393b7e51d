import { describe, expect, it } from 'vitest';
import type { ListingQuery } from './bindings';
import {
  EMPTY_SELECTION,
  isChecked,
  selectAllMatching,
  selectLoaded,
  selectedCount,
  toBulkSelection,
  toggleRow,
} from './selection';

const rows = ['a', 'b', 'c', 'd', 'e', 'f'];
const query: ListingQuery = {
  search: 'mug',
  states: [],
  stock: null,
  currency: 'USD',
  missingLocale: null,
  archived: false,
  sort: 'title',
  descending: false,
  after: 'cursor',
  limit: 200,
};

describe('selection', () => {
  it('ticks and unticks single rows', () => {
    let s = toggleRow(EMPTY_SELECTION, rows, 1, false);
    expect(isChecked(s, 'b')).toBe(true);
    expect(selectedCount(s, 300)).toBe(1);
    s = toggleRow(s, rows, 1, false);
    expect(isChecked(s, 'b')).toBe(false);
    expect(selectedCount(s, 300)).toBe(0);
  });

  it('shift-click ticks the range from the last click, both directions', () => {
    let s = toggleRow(EMPTY_SELECTION, rows, 1, false);
    s = toggleRow(s, rows, 4, true);
    expect(rows.filter((id) => isChecked(s, id))).toEqual(['b', 'c', 'd', 'e']);
    // Shift-click on a ticked row unticks the range from the last click (e) to it.
    s = toggleRow(s, rows, 2, true);
    expect(rows.filter((id) => isChecked(s, id))).toEqual(['b']);
  });

  it('select all matching keeps exceptions and counts against the total', () => {
    let s = selectAllMatching();
    expect(selectedCount(s, 1234)).toBe(1234);
    s = toggleRow(s, rows, 0, false);
    expect(isChecked(s, 'a')).toBe(false);
    expect(isChecked(s, 'b')).toBe(true);
    expect(selectedCount(s, 1234)).toBe(1233);
    const sel = toBulkSelection(s, query);
    expect(sel.ids).toEqual([]);
    expect(sel.except).toEqual(['a']);
    expect(sel.query?.search).toBe('mug');
    expect(sel.query?.after).toBeNull();
  });

  it('ticked ids go to the core as ids, without the query', () => {
    const s = selectLoaded(EMPTY_SELECTION, rows.slice(0, 3));
    expect(toBulkSelection(s, query)).toEqual({ ids: ['a', 'b', 'c'], query: null, except: [] });
  });
});
