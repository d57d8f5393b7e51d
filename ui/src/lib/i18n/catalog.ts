/**
 * Fluent messages for the UI, built from the same `locales/<lang>/*.ftl`
 * files the Rust core reads. Kept free of Svelte so tests use it directly.
 */
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

export const FALLBACK_LOCALE = 'en-US';

export type MessageArgs = Record<string, FluentVariable>;

export interface CatalogProblem {
  locale: string;
  file: string;
  message: string;
}

/** `…/locales/pt-BR/app.ftl` → `{ locale: "pt-BR", file: "app.ftl" }`. */
export function parseFtlPath(path: string): { locale: string; file: string } | null {
  const m = /(?:^|\/)locales\/([^/]+)\/([^/]+\.ftl)$/.exec(path);
  return m && m[1] && m[2] ? { locale: m[1], file: m[2] } : null;
}

export class Catalog {
  readonly bundles = new Map<string, FluentBundle>();
  readonly problems: CatalogProblem[] = [];

  /** `files`: path → contents, as `import.meta.glob(…, { query: '?raw' })` gives them. */
  constructor(files: Record<string, string>) {
    const paths = Object.keys(files).sort();
    for (const path of paths) {
      const where = parseFtlPath(path);
      if (!where) continue;
      let bundle = this.bundles.get(where.locale);
      if (!bundle) {
        // No Unicode isolation marks: they would end up in WebDriver text,
        // clipboard copies and the window title.
        bundle = new FluentBundle(where.locale, { useIsolating: false });
        this.bundles.set(where.locale, bundle);
      }
      const resource = new FluentResource(files[path] ?? '');
      for (const error of bundle.addResource(resource)) {
        this.problems.push({ locale: where.locale, file: where.file, message: error.message });
      }
    }
  }

  get locales(): string[] {
    return [...this.bundles.keys()];
  }

  has(locale: string, id: string): boolean {
    return this.bundles.get(locale)?.hasMessage(id) ?? false;
  }

  /**
   * The message `id` in `locale`, else in en-US, else the id itself (so a
   * missing string is visible, never blank). `attribute` picks `.attr`.
   */
  format(locale: string, id: string, args?: MessageArgs, attribute?: string): string {
    for (const candidate of locale === FALLBACK_LOCALE ? [locale] : [locale, FALLBACK_LOCALE]) {
      const bundle = this.bundles.get(candidate);
      const message = bundle?.getMessage(id);
      if (!bundle || !message) continue;
      const pattern = attribute ? message.attributes[attribute] : message.value;
      if (!pattern) continue;
      const errors: Error[] = [];
      const text = bundle.formatPattern(pattern, args ?? null, errors);
      if (errors.length > 0 && import.meta.env.DEV) console.warn(`Fluent ${candidate}/${id}:`, errors);
      return text;
    }
    return id;
  }
}
