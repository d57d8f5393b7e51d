/**
 * The UI language, reactive: `t()` read in markup re-renders when
 * `setUiLocale` switches languages, without a reload.
 */
import { Catalog, FALLBACK_LOCALE, type MessageArgs } from './catalog';

// locales/replies/ holds buyer-facing saved replies (shopkeeper-messages), not UI strings.
const files = import.meta.glob<string>(['../../../../locales/*/*.ftl', '!../../../../locales/replies/*.ftl'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const catalog = new Catalog(files);

const state = $state({ locale: FALLBACK_LOCALE });

/** The UI language in use, e.g. "pt-BR". */
export function uiLocale(): string {
  return state.locale;
}

/** Switches the UI language (the caller tells the core with `setLocale`). */
export function setUiLocale(locale: string): void {
  state.locale = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** The localized message `id`. */
export function t(id: string, args?: MessageArgs): string {
  return catalog.format(state.locale, id, args);
}
