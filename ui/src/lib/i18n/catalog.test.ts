import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Catalog, parseFtlPath } from './catalog';
import { catalog } from './index.svelte';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(svelte|ts)$/.test(name) && !/\.test\.ts$/.test(name) && name !== 'bindings.ts') out.push(path);
  }
  return out;
}

/** Every literal message id the UI asks for: t('id'), t("id") and t(`id`). */
function referencedIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*(['"`])([a-z][a-z0-9-]*)\1/g)) {
      if (m[2]) ids.set(m[2], relative(srcDir, file));
    }
  }
  return ids;
}

describe('the Fluent catalog the UI loads', () => {
  it('finds the shared locales/ folder and parses it cleanly', () => {
    expect(catalog.locales).toContain('en-US');
    expect(catalog.locales).not.toContain('replies');
    expect(catalog.problems).toEqual([]);
  });

  it('has every message id the UI references, in en-US', () => {
    const ids = referencedIds();
    expect(ids.size).toBeGreaterThan(100);
    const missing = [...ids].filter(([id]) => !catalog.has('en-US', id)).map(([id, file]) => `${id} (${file})`);
    expect(missing).toEqual([]);
  });

  it('uses every message of the UI-owned files, so translators get no dead strings', () => {
    const ids = referencedIds();
    const unused: string[] = [];
    for (const file of ['app.ftl', 'listings.ftl']) {
      const text = readFileSync(join(srcDir, '..', '..', 'locales', 'en-US', file), 'utf8');
      for (const m of text.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)) if (m[1] && !ids.has(m[1])) unused.push(`${file}: ${m[1]}`);
    }
    expect(unused).toEqual([]);
  });

  it('sees the nav names shared with Rust', () => {
    for (const id of ['nav-listings', 'nav-orders', 'nav-messages', 'nav-sync', 'nav-settings']) {
      expect(catalog.format('en-US', id)).not.toBe(id);
    }
  });

  it('formats counts with plurals and grouping, without isolation marks', () => {
    expect(catalog.format('en-US', 'listings-count', { count: 1 })).toBe('1 listing');
    expect(catalog.format('en-US', 'listings-count', { count: 12345 })).toBe('12,345 listings');
    expect(catalog.format('en-US', 'listings-count', { count: 12345 })).not.toMatch(/[\u2068\u2069]/);
  });
});

describe('Catalog', () => {
  const files = {
    '../../locales/en-US/app.ftl': 'hello = Hello, { $name }!\nonly-en = English only\n',
    '../../locales/pt-BR/app.ftl': 'hello = Olá, { $name }!\n',
    '../../locales/pt-BR/zz-again.ftl': 'hello = Oi de novo\n',
    '../../somewhere/else.ftl': 'stray = no\n',
  };
  const c = new Catalog(files);

  it('keys bundles by the locale folder', () => {
    expect(c.locales.sort()).toEqual(['en-US', 'pt-BR']);
    expect(parseFtlPath('/a/locales/zh-CN/listings.ftl')).toEqual({ locale: 'zh-CN', file: 'listings.ftl' });
    expect(parseFtlPath('/a/zh-CN/listings.ftl')).toBeNull();
  });

  it('formats in the locale, then falls back to en-US, then to the id', () => {
    expect(c.format('pt-BR', 'hello', { name: 'Ana' })).toBe('Olá, Ana!');
    expect(c.format('pt-BR', 'only-en')).toBe('English only');
    expect(c.format('ru-RU', 'hello', { name: 'Ivan' })).toBe('Hello, Ivan!');
    expect(c.format('pt-BR', 'nope')).toBe('nope');
  });

  it('reports a message defined twice instead of silently picking one', () => {
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]).toMatchObject({ locale: 'pt-BR', file: 'zz-again.ftl' });
    expect(c.format('pt-BR', 'hello', { name: 'Ana' })).toBe('Olá, Ana!');
  });
});
