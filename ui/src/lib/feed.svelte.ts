/**
 * The rows of the Listings table, fetched a page at a time with the core's
 * keyset cursors: never all rows at once. A new query starts over; answers
 * to an older query are dropped, so fast typing never shows stale rows.
 */
import type { ListingPage, ListingQuery, ListingRow, ListingState, SortField, StockFilter } from './bindings';

export interface ListingFilters {
  search: string;
  states: ListingState[];
  stock: StockFilter | null;
  currency: string | null;
  missingLocale: string | null;
  sort: SortField;
  descending: boolean;
}

export const DEFAULT_FILTERS: ListingFilters = {
  search: '',
  states: [],
  stock: null,
  currency: null,
  missingLocale: null,
  sort: 'updated',
  descending: true,
};

/** Whether the seller narrowed the list (search or any filter). */
export function isFiltered(f: ListingFilters): boolean {
  return f.search.trim() !== '' || f.states.length > 0 || f.stock !== null || f.currency !== null || f.missingLocale !== null;
}

export function toQuery(f: ListingFilters, after: string | null, limit: number): ListingQuery {
  const search = f.search.trim();
  return {
    search: search === '' ? null : search,
    states: [...f.states],
    stock: f.stock,
    currency: f.currency,
    missingLocale: f.missingLocale,
    archived: false,
    sort: f.sort,
    descending: f.descending,
    after,
    limit,
  };
}

export type FetchPage = (query: ListingQuery) => Promise<ListingPage>;

export const PAGE_SIZE = 200;
/** The core's largest page; used to reload many rows in few calls. */
const MAX_PAGE = 500;

export class ListingFeed {
  rows: ListingRow[] = $state.raw([]);
  total = $state(0);
  /** A first page for the current query is on its way. */
  loading = $state(false);
  /** A further page is on its way. */
  loadingMore = $state(false);
  /** The last failure, as thrown by `fetchPage`; cleared by the next success. */
  error: unknown = $state.raw(null);
  /** At least one page of the current query has arrived. */
  loaded = $state(false);

  #next: string | null = $state(null);
  #generation = 0;
  #filters: ListingFilters = DEFAULT_FILTERS;
  readonly #fetch: FetchPage;
  readonly #pageSize: number;

  constructor(fetchPage: FetchPage, pageSize = PAGE_SIZE) {
    this.#fetch = fetchPage;
    this.#pageSize = pageSize;
  }

  get hasMore(): boolean {
    return this.#next !== null;
  }

  get filters(): ListingFilters {
    return this.#filters;
  }

  /** Starts over with `filters`: the first page replaces every row. */
  async reset(filters: ListingFilters): Promise<void> {
    this.#filters = filters;
    const generation = ++this.#generation;
    this.loading = true;
    this.loadingMore = false;
    try {
      const page = await this.#fetch(toQuery(filters, null, this.#pageSize));
      if (generation !== this.#generation) return;
      this.rows = page.rows;
      this.total = page.total;
      this.#next = page.next;
      this.error = null;
      this.loaded = true;
    } catch (e) {
      if (generation !== this.#generation) return;
      this.error = e;
    } finally {
      if (generation === this.#generation) this.loading = false;
    }
  }

  /** Appends the next page, unless one is on its way or there is none. */
  async loadMore(): Promise<void> {
    const after = this.#next;
    if (after === null || this.loading || this.loadingMore) return;
    const generation = this.#generation;
    this.loadingMore = true;
    try {
      const page = await this.#fetch(toQuery(this.#filters, after, this.#pageSize));
      if (generation !== this.#generation) return;
      this.rows = this.rows.concat(page.rows);
      this.total = page.total;
      this.#next = page.next;
      this.error = null;
    } catch (e) {
      if (generation !== this.#generation) return;
      this.error = e;
    } finally {
      if (generation === this.#generation) this.loadingMore = false;
    }
  }

  /**
   * Reloads the current query after an edit, as many rows as needed to cover
   * the first `keep` rows so the table stays where the seller was. The old
   * rows stay on screen until the new ones are complete.
   */
  async refresh(keep: number): Promise<void> {
    const generation = ++this.#generation;
    const want = Math.max(this.#pageSize, keep);
    this.loadingMore = false;
    const rows: ListingRow[] = [];
    let after: string | null = null;
    let total = this.total;
    try {
      do {
        const limit = Math.min(MAX_PAGE, Math.max(this.#pageSize, want - rows.length));
        const page: ListingPage = await this.#fetch(toQuery(this.#filters, after, limit));
        if (generation !== this.#generation) return;
        rows.push(...page.rows);
        total = page.total;
        after = page.next;
      } while (after !== null && rows.length < want);
      this.rows = rows;
      this.total = total;
      this.#next = after;
      this.error = null;
      this.loaded = true;
    } catch (e) {
      if (generation !== this.#generation) return;
      this.error = e;
    }
  }
}
