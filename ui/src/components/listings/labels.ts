/** Localized labels for closed sets, spelled out so every message id is literal. */
import type { ListingState, SortField, StockFilter } from '../../lib/bindings';
import { t } from '../../lib/i18n/index.svelte';

export const STATES: readonly ListingState[] = ['draft', 'active', 'inactive', 'sold_out'];

export function stateLabel(state: ListingState): string {
  switch (state) {
    case 'draft':
      return t('listing-state-draft');
    case 'active':
      return t('listing-state-active');
    case 'inactive':
      return t('listing-state-inactive');
    case 'sold_out':
      return t('listing-state-sold-out');
  }
}

export const STOCK_FILTERS: readonly StockFilter[] = ['in_stock', 'low', 'out_of_stock'];

export function stockFilterLabel(filter: StockFilter): string {
  switch (filter) {
    case 'in_stock':
      return t('listings-stock-in');
    case 'low':
      return t('listings-stock-low');
    case 'out_of_stock':
      return t('listings-stock-out');
  }
}

export const SORT_FIELDS: readonly SortField[] = ['updated', 'created', 'title', 'stock'];

export function sortLabel(field: SortField): string {
  switch (field) {
    case 'title':
      return t('listings-sort-title');
    case 'updated':
      return t('listings-sort-updated');
    case 'created':
      return t('listings-sort-created');
    case 'stock':
      return t('listings-sort-stock');
  }
}
