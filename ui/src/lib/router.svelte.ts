/** The page shown, kept in the URL hash (#/listings) so Back works. */

export const PAGES = [
  'listings',
  'translations',
  'sizes',
  'orders',
  'messages',
  'sync',
  'settings',
] as const;
export type Page = (typeof PAGES)[number];

function fromHash(hash: string): Page {
  const name = hash.replace(/^#\/?/, '');
  return (PAGES as readonly string[]).includes(name) ? (name as Page) : 'listings';
}

const state = $state({ page: fromHash(typeof location === 'undefined' ? '' : location.hash) });

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    state.page = fromHash(location.hash);
  });
}

export function currentPage(): Page {
  return state.page;
}

export function href(page: Page): string {
  return `#/${page}`;
}
