import { describe, expect, it } from 'vitest';
import { computeWindow, rowsPerPage, scrollToReveal, shouldLoadMore } from './virtual';

describe('computeWindow', () => {
  const base = { rowHeight: 40, viewportHeight: 400, overscan: 5 };

  it('renders the visible rows plus overscan at the top', () => {
    const w = computeWindow({ ...base, scrollTop: 0, count: 100_000 });
    expect(w).toEqual({ start: 0, end: 15, firstVisible: 0, lastVisible: 10, offset: 0, totalHeight: 4_000_000 });
  });

  it('renders a small window deep in 100,000 rows', () => {
    const w = computeWindow({ ...base, scrollTop: 2_000_020, count: 100_000 });
    expect(w.firstVisible).toBe(50_000);
    expect(w.lastVisible).toBe(50_011);
    expect(w.start).toBe(49_995);
    expect(w.end).toBe(50_016);
    expect(w.offset).toBe(49_995 * 40);
    expect(w.end - w.start).toBeLessThan(30);
  });

  it('clamps at the end of the list', () => {
    const w = computeWindow({ ...base, scrollTop: 1_000_000, count: 50 });
    expect(w.firstVisible).toBe(40);
    expect(w.lastVisible).toBe(50);
    expect(w.end).toBe(50);
    expect(w.start).toBe(35);
  });

  it('handles a list shorter than the viewport', () => {
    const w = computeWindow({ ...base, scrollTop: 0, count: 3 });
    expect([w.start, w.end, w.totalHeight]).toEqual([0, 3, 120]);
  });

  it('is empty for no rows', () => {
    expect(computeWindow({ ...base, scrollTop: 300, count: 0 })).toEqual({
      start: 0,
      end: 0,
      firstVisible: 0,
      lastVisible: 0,
      offset: 0,
      totalHeight: 0,
    });
  });

  it('ignores negative scroll (elastic overscroll)', () => {
    expect(computeWindow({ ...base, scrollTop: -80, count: 100 }).start).toBe(0);
  });
});

describe('shouldLoadMore', () => {
  it('fetches when the window nears the end of the loaded rows', () => {
    expect(shouldLoadMore(150, 200, true, false, 60)).toBe(true);
    expect(shouldLoadMore(139, 200, true, false, 60)).toBe(false);
  });
  it('never fetches past the last page or twice at once', () => {
    expect(shouldLoadMore(200, 200, false, false, 60)).toBe(false);
    expect(shouldLoadMore(200, 200, true, true, 60)).toBe(false);
  });
});

describe('scrollToReveal', () => {
  it('scrolls up or down just enough', () => {
    expect(scrollToReveal(5, 400, 400, 40)).toBe(200);
    expect(scrollToReveal(20, 400, 400, 40)).toBe(440);
    expect(scrollToReveal(12, 400, 400, 40)).toBeNull();
  });
});

describe('rowsPerPage', () => {
  it('keeps one row of context and moves at least one', () => {
    expect(rowsPerPage(400, 40)).toBe(9);
    expect(rowsPerPage(30, 40)).toBe(1);
  });
});
