// @vitest-environment happy-dom
/**
 * SafeMessage over the hostile corpus shared with the Rust core: nothing the
 * buyer writes becomes markup, nothing runs, links show where they go and
 * open only after a confirmation.
 */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SafeMessage from './SafeMessage.svelte';
import { hostileCorpus } from '../../lib/safeText.corpus';
import { setUiLocale } from '../../lib/i18n/index.svelte';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

let target: HTMLElement;
let component: ReturnType<typeof mount> | null = null;

beforeEach(() => {
  setUiLocale('en-US');
  delete window.__pwned;
  target = document.createElement('div');
  document.body.appendChild(target);
});

afterEach(() => {
  if (component) unmount(component);
  component = null;
  target.remove();
});

function render(text: string, opened: string[] = []): HTMLElement {
  component = mount(SafeMessage, { target, props: { text, onopen: (href: string) => opened.push(href) } });
  flushSync();
  return target;
}

/** Elements SafeMessage itself creates; anything else came from the text. */
const ALLOWED = new Set(['DIV', 'P', 'SPAN', 'BUTTON', 'BDI', 'svg', 'path', 'circle', 'line', 'polyline', 'rect']);

describe('SafeMessage over the hostile corpus', () => {
  const cases = hostileCorpus();

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const root = render(c.input);
    // Give any injected handler a chance to run.
    await new Promise((r) => setTimeout(r, 10));
    expect(window.__pwned).toBeUndefined();

    const body = root.querySelector('[data-testid="safe-message-body"]');
    expect(body).not.toBeNull();
    for (const el of root.querySelectorAll('*')) {
      expect(ALLOWED.has(el.tagName), `unexpected <${el.tagName}>`).toBe(true);
      for (const attr of el.getAttributeNames()) {
        expect(attr.startsWith('on'), `event handler attribute ${attr}`).toBe(false);
        expect(['src', 'href', 'srcdoc', 'style'].includes(attr), `attribute ${attr}`).toBe(false);
      }
    }
    expect(root.querySelectorAll('img, script, iframe, a, object, embed, image, foreignObject').length).toBe(0);

    // Links: one button per expected link, showing the real href.
    const expectedLinks = c.segments.filter((s) => s.kind === 'link');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-testid="safe-message-link"]')];
    expect(buttons.map((b) => b.dataset['href'])).toEqual(expectedLinks.map((l) => l.href));
    buttons.forEach((b, i) => {
      const link = expectedLinks[i];
      if (!link || link.kind !== 'link') throw new Error('link expected');
      const shownHref = b.querySelector('[data-testid="safe-message-href"]')?.textContent ?? b.querySelector('bdi')?.textContent;
      expect(shownHref).toBe(link.href);
      expect(b.querySelector('bdi')?.textContent).toBe(link.display);
      expect(b.querySelector('[data-testid="safe-message-link-warning"]') !== null).toBe(link.warnings.length > 0);
    });

    // Invisible characters are visible markers, and the warning shows.
    const markers = [...root.querySelectorAll('[data-testid="safe-message-control"]')].map((m) => m.textContent);
    expect(markers).toEqual(c.segments.flatMap((s) => (s.kind === 'control' ? [`[${s.code_point}]`] : [])));
    expect(root.querySelector('[data-testid="safe-message-hidden-warning"]') !== null).toBe(c.warnings.length > 0);

    // The visible text is the input with markers for invisible characters:
    // no character took effect, none was dropped.
    const expectedText = c.segments
      .map((s) =>
        s.kind === 'text' ? s.text : s.kind === 'control' ? `[${s.code_point}]` : s.display + (s.href !== s.display ? s.href : ''),
      )
      .join('');
    const shown = (body?.textContent ?? '').replaceAll('Suspicious link', '');
    expect(shown).toBe(expectedText);
  });
});

describe('opening a link', () => {
  it('asks first, and opens only the real href after confirming', () => {
    const opened: string[] = [];
    const root = render('Tracking: www.example.com/t/RR473124829DE ok', opened);
    const button = root.querySelector<HTMLButtonElement>('[data-testid="safe-message-link"]');
    button?.click();
    flushSync();
    expect(opened).toEqual([]);
    const dialog = document.querySelector('[role="alertdialog"]');
    expect(dialog?.textContent).toContain('https://www.example.com/t/RR473124829DE');
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')?.click();
    flushSync();
    expect(opened).toEqual(['https://www.example.com/t/RR473124829DE']);
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('opens nothing when the seller cancels, and warns about look-alike hosts', () => {
    const opened: string[] = [];
    const root = render('https://p\u0430ypal.com/login', opened);
    root.querySelector<HTMLButtonElement>('[data-testid="safe-message-link"]')?.click();
    flushSync();
    const body = document.querySelector('#confirm-body')?.textContent ?? '';
    expect(body).toContain('mixes alphabets');
    expect(body).toContain('non-Latin letters');
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-cancel"]')?.click();
    flushSync();
    expect(opened).toEqual([]);
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('speaks the seller’s language', () => {
    setUiLocale('zh-CN');
    const root = render('a\u202eb');
    expect(root.querySelector('[data-testid="safe-message-hidden-warning"]')?.textContent).toContain('隐藏字符');
  });
});
