/**
 * Which listings are ticked for a bulk edit. Either a set of ids, or "every
 * listing matching the current search and filters" less a set of exceptions,
 * so selecting 100,000 listings costs nothing until the core resolves it.
 */
import type { BulkSelection, ListingQuery } from './bindings';

export interface SelectionState {
  /** true: everything the query matches, less `ids`; false: just `ids`. */
  all: boolean;
  ids: ReadonlySet<string>;
  /** The row index of the last plain click: where a shift-click range starts. */
  anchor: number | null;
}

export const EMPTY_SELECTION: SelectionState = { all: false, ids: new Set(), anchor: null };

export function isChecked(s: SelectionState, id: string): boolean {
  return s.all !== s.ids.has(id);
}

/** How many listings are selected, out of `total` matching. */
export function selectedCount(s: SelectionState, total: number): number {
  return s.all ? Math.max(0, total - s.ids.size) : s.ids.size;
}

function setChecked(ids: Set<string>, all: boolean, id: string, checked: boolean): void {
  // In "all" mode `ids` holds exceptions: checking removes one.
  if (checked !== all) ids.add(id);
  else ids.delete(id);
}

/**
 * A click on row `index`'s checkbox. With shift held after an earlier click,
 * every loaded row between the two takes the clicked row's new state.
 */
export function toggleRow(s: SelectionState, rowIds: readonly string[], index: number, shift: boolean): SelectionState {
  const id = rowIds[index];
  if (id === undefined) return s;
  const checked = !isChecked(s, id);
  const ids = new Set(s.ids);
  if (shift && s.anchor !== null) {
    const [from, to] = s.anchor <= index ? [s.anchor, index] : [index, s.anchor];
    for (let i = from; i <= Math.min(to, rowIds.length - 1); i++) {
      const rid = rowIds[i];
      if (rid !== undefined) setChecked(ids, s.all, rid, checked);
    }
  } else {
    setChecked(ids, s.all, id, checked);
  }
  return { all: s.all, ids, anchor: index };
}

export function selectAllMatching(): SelectionState {
  return { all: true, ids: new Set(), anchor: null };
}

/** Ticks every loaded row (keeps what was ticked before). */
export function selectLoaded(s: SelectionState, rowIds: readonly string[]): SelectionState {
  if (s.all) return { ...s, ids: new Set() };
  const ids = new Set(s.ids);
  for (const id of rowIds) ids.add(id);
  return { all: false, ids, anchor: null };
}

/** What the core's bulk commands take. */
export function toBulkSelection(s: SelectionState, query: ListingQuery): BulkSelection {
  return s.all
    ? { ids: [], query: { ...query, after: null }, except: [...s.ids] }
    : { ids: [...s.ids], query: null, except: [] };
}
