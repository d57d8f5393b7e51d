import { describe, expect, it } from 'vitest';
import type { ListingPage, ListingQuery, ListingRow } from './bindings';
import { DEFAULT_FILTERS, ListingFeed, isFiltered, toQuery } from './feed.svelte';

function row(id: number): ListingRow {
  return {
    id: `L${id}`,
    title: `Listing ${id}`,
    defaultLocale: 'en-US',
    state: 'active',
    variantCount: 1,
    totalStock: 5,
    prices: [],
    locales: ['en-US'],
    updatedAt: 0,
    archived: false,
  };
}

/** A fake core over `total` rows, answering when told to. */
function fakeCore(total: number) {
  const calls: { query: ListingQuery; resolve: () => void }[] = [];
  const fetch = (query: ListingQuery) =>
    new Promise<ListingPage>((resolve) => {
      const start = query.after === null || query.after === undefined ? 0 : Number(query.after);
      const end = Math.min(total, start + query.limit);
      const rows = Array.from({ length: end - start }, (_, i) => row(start + i));
      calls.push({ query, resolve: () => resolve({ rows, total, next: end < total ? String(end) : null }) });
    });
  return { calls, fetch };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('ListingFeed', () => {
  it('loads a page, then the next one on demand, never all rows', async () => {
    const core = fakeCore(450);
    const feed = new ListingFeed(core.fetch, 200);
    const first = feed.reset(DEFAULT_FILTERS);
    expect(feed.loading).toBe(true);
    core.calls[0]?.resolve();
    await first;
    expect(feed.rows).toHaveLength(200);
    expect(feed.total).toBe(450);
    expect(feed.hasMore).toBe(true);
    expect(core.calls[0]?.query.limit).toBe(200);

    const more = feed.loadMore();
    void feed.loadMore(); // a second request while one is in flight is ignored
    expect(core.calls).toHaveLength(2);
    expect(core.calls[1]?.query.after).toBe('200');
    core.calls[1]?.resolve();
    await more;
    expect(feed.rows).toHaveLength(400);

    const last = feed.loadMore();
    core.calls[2]?.resolve();
    await last;
    expect(feed.rows).toHaveLength(450);
    expect(feed.rows[449]?.id).toBe('L449');
    expect(feed.hasMore).toBe(false);
    await feed.loadMore();
    expect(core.calls).toHaveLength(3);
  });

  it('drops answers to a query the seller has already replaced', async () => {
    const core = fakeCore(1000);
    const feed = new ListingFeed(core.fetch, 200);
    const old = feed.reset({ ...DEFAULT_FILTERS, search: 'sca' });
    const current = feed.reset({ ...DEFAULT_FILTERS, search: 'scarf' });
    core.calls[1]?.resolve();
    await current;
    expect(feed.rows).toHaveLength(200);
    const firstIds = feed.rows.map((r) => r.id);
    // The stale answer arrives late and must change nothing.
    core.calls[0]?.resolve();
    await old;
    expect(feed.rows.map((r) => r.id)).toEqual(firstIds);
    expect(core.calls[1]?.query.search).toBe('scarf');
  });

  it('drops a further page of an old query', async () => {
    const core = fakeCore(1000);
    const feed = new ListingFeed(core.fetch, 200);
    const a = feed.reset(DEFAULT_FILTERS);
    core.calls[0]?.resolve();
    await a;
    const more = feed.loadMore();
    const b = feed.reset({ ...DEFAULT_FILTERS, stock: 'low' });
    core.calls[2]?.resolve();
    await b;
    core.calls[1]?.resolve();
    await more;
    expect(feed.rows).toHaveLength(200);
    expect(feed.loadingMore).toBe(false);
  });

  it('refreshes enough rows to keep the seller where they were', async () => {
    const core = fakeCore(5000);
    const feed = new ListingFeed(core.fetch, 200);
    const a = feed.reset(DEFAULT_FILTERS);
    core.calls[0]?.resolve();
    await a;
    for (let i = 0; i < 4; i++) {
      const m = feed.loadMore();
      core.calls[core.calls.length - 1]?.resolve();
      await m;
    }
    expect(feed.rows).toHaveLength(1000);
    const r = feed.refresh(950);
    // Old rows stay visible while the refresh runs.
    expect(feed.rows).toHaveLength(1000);
    while (core.calls.some((c, i) => i >= 5 && !('done' in c))) {
      const pending = core.calls.slice(5).filter((c) => !('done' in c));
      for (const c of pending) {
        Object.assign(c, { done: true });
        c.resolve();
      }
      await flush();
    }
    await r;
    expect(feed.rows.length).toBeGreaterThanOrEqual(950);
    expect(feed.rows.length).toBeLessThan(5000);
    expect(core.calls.slice(5).every((c) => c.query.limit <= 500)).toBe(true);
  });

  it('keeps the error of a failed page and recovers on the next success', async () => {
    let fail = true;
    const feed = new ListingFeed(async () => {
      if (fail) throw new Error('disk');
      return { rows: [row(0)], total: 1, next: null } satisfies ListingPage;
    });
    await feed.reset(DEFAULT_FILTERS);
    expect(feed.error).toBeInstanceOf(Error);
    expect(feed.loaded).toBe(false);
    fail = false;
    await feed.reset(DEFAULT_FILTERS);
    expect(feed.error).toBeNull();
    expect(feed.rows).toHaveLength(1);
  });
});

describe('toQuery', () => {
  it('sends a trimmed search or none, and never archived rows', () => {
    const q = toQuery({ ...DEFAULT_FILTERS, search: '  café ', states: ['draft'] }, 'c1', 200);
    expect(q).toMatchObject({ search: 'café', states: ['draft'], archived: false, after: 'c1', limit: 200 });
    expect(toQuery({ ...DEFAULT_FILTERS, search: '   ' }, null, 200).search).toBeNull();
  });

  it('tells filtered queries apart', () => {
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, sort: 'title', descending: false })).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, missingLocale: 'pt-BR' })).toBe(true);
  });
});
