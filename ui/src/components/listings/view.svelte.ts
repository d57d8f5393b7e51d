/** What the Listings page keeps while the seller visits other pages. */
import { DEFAULT_FILTERS, type ListingFilters } from '../../lib/feed.svelte';

export const view: { filters: ListingFilters } = $state({
  filters: { ...DEFAULT_FILTERS, states: [] },
});
