/** What the core told the UI at start-up (AppInfo), shared by every page. */
import type { AppInfo } from './bindings';
import { currencyTable, type CurrencyDigits } from './format';

class Shop {
  info: AppInfo | null = $state.raw(null);
  readonly digits: Map<string, CurrencyDigits> = $derived(currencyTable(this.info?.currencies ?? []));
}

export const shop = new Shop();
