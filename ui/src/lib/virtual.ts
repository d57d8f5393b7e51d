/**
 * The arithmetic of a virtualized list with a fixed row height: which rows
 * to render for a scroll position, where to put them, and when to fetch
 * more. Kept pure so it is tested apart from the DOM.
 */

export interface WindowInput {
  /** Pixels scrolled from the top of the list. */
  scrollTop: number;
  /** Height of the visible area in pixels. */
  viewportHeight: number;
  rowHeight: number;
  /** Rows that exist (loaded). */
  count: number;
  /** Extra rows rendered above and below the visible ones. */
  overscan: number;
}

export interface ListWindow {
  /** First row rendered (inclusive). */
  start: number;
  /** Row after the last rendered (exclusive). */
  end: number;
  /** First row at least partly visible. */
  firstVisible: number;
  /** Row after the last at least partly visible (exclusive). */
  lastVisible: number;
  /** Offset of row `start` from the top of the list, in pixels. */
  offset: number;
  /** Height of the whole list in pixels. */
  totalHeight: number;
}

export function computeWindow({ scrollTop, viewportHeight, rowHeight, count, overscan }: WindowInput): ListWindow {
  const totalHeight = Math.max(0, count) * rowHeight;
  if (count <= 0 || rowHeight <= 0) {
    return { start: 0, end: 0, firstVisible: 0, lastVisible: 0, offset: 0, totalHeight };
  }
  const maxTop = Math.max(0, totalHeight - viewportHeight);
  const top = Math.min(Math.max(0, scrollTop), maxTop);
  const firstVisible = Math.min(count - 1, Math.floor(top / rowHeight));
  const lastVisible = Math.min(count, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight));
  const start = Math.max(0, firstVisible - overscan);
  const end = Math.min(count, Math.max(lastVisible, firstVisible + 1) + overscan);
  return { start, end, firstVisible, lastVisible, offset: start * rowHeight, totalHeight };
}

/**
 * Whether to fetch the next page: more exists, nothing is in flight, and the
 * rendered window reaches within `threshold` rows of the end of what is loaded.
 */
export function shouldLoadMore(end: number, loaded: number, hasMore: boolean, busy: boolean, threshold: number): boolean {
  return hasMore && !busy && end >= loaded - threshold;
}

/**
 * The scroll position that brings row `index` fully into view with the least
 * movement, or `null` when it is visible already.
 */
export function scrollToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number | null {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return null;
}

/** Rows one page-key press moves: the whole rows that fit, at least one. */
export function rowsPerPage(viewportHeight: number, rowHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / rowHeight) - 1);
}
