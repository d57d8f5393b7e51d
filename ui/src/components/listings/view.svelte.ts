/** What the Listings page keeps while the seller visits other pages. */
import { DEFAULT_FILTERS, type ListingFilters } from '../../lib/feed.svelte';

export const view: { filters: ListingFilters; openListing: string | null } = $state({
  filters: { ...DEFAULT_FILTERS, states: [] },
  // Set by other pages (e.g. an order's missing customs data) to open the editor on arrival.
  openListing: null,
});
