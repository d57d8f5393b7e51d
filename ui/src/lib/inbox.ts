/**
 * The inbox's UI logic without Svelte: keyboard shortcuts, one-line previews
 * of untrusted text, the buyer's local time, rule-violation highlighting and
 * reading the core's field errors (issue 4).
 */
import type { FieldError } from './bindings';
import { sanitizeForDisplay } from './safeText';

export type InboxAction = 'next' | 'previous' | 'reply' | 'done';

/** The action of a key press in the inbox, or null (typing in a field never triggers one). */
export function keyAction(e: {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target?: EventTarget | null;
}): InboxAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const el = e.target as { tagName?: string; isContentEditable?: boolean } | null | undefined;
  const tag = el?.tagName?.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select' || el?.isContentEditable) return null;
  switch (e.key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'previous';
    case 'r':
      return 'reply';
    case 'e':
      return 'done';
    default:
      return null;
  }
}

/** The index after moving by `delta` in a list of `count`, clamped (nothing selected: the first). */
export function moveSelection(current: number, count: number, delta: number): number {
  if (count <= 0) return -1;
  if (current < 0) return 0;
  return Math.max(0, Math.min(count - 1, current + delta));
}

/**
 * One line of untrusted text for the conversation list: the safe splitter's
 * segments flattened (links as written, invisible characters as [U+…]),
 * whitespace collapsed, cut at `max` characters. Plain text only: the caller
 * renders it as a text node.
 */
export function previewLine(body: string, max = 120): string {
  const safe = sanitizeForDisplay(body);
  const flat = safe.segments
    .map((s) => (s.kind === 'text' ? s.text : s.kind === 'link' ? s.display : `[${s.code_point}]`))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

/** The buyer's local time ("14:05") in their zone; falls back to UTC for an unknown zone. */
export function buyerLocalTime(now: number, timeZone: string, locale: string): string {
  const opts: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', weekday: 'short' };
  try {
    return new Intl.DateTimeFormat(locale, { ...opts, timeZone }).format(new Date(now));
  } catch {
    return new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(new Date(now));
  }
}

export interface Range {
  start: number;
  end: number;
}

export type Piece = { text: string; mark: number | null };

/**
 * `text` cut into pieces with the violations' UTF-16 ranges marked (the
 * index of the violation), for the compose box's highlight layer.
 * Overlapping or out-of-range ranges are clipped.
 */
export function highlight(text: string, ranges: readonly Range[]): Piece[] {
  const sorted = ranges
    .map((r, i) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end), i }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let pos = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, pos);
    if (start >= r.end) continue;
    if (start > pos) out.push({ text: text.slice(pos, start), mark: null });
    out.push({ text: text.slice(start, r.end), mark: r.i });
    pos = r.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: null });
  return out;
}

/** Variables a template still needs (field errors `vars.<name>` of a preview). */
export function missingVariables(fields: readonly FieldError[]): string[] {
  return fields.filter((f) => f.field.startsWith('vars.')).map((f) => f.field.slice('vars.'.length));
}

/** Rule violations of a refused send (`body.<start>-<end>` fields) as ranges with their messages. */
export function ruleFields(fields: readonly FieldError[]): (Range & { message: string })[] {
  const out: (Range & { message: string })[] = [];
  for (const f of fields) {
    const m = /^body\.(\d+)-(\d+)$/.exec(f.field);
    if (m) out.push({ start: Number(m[1]), end: Number(m[2]), message: f.message });
  }
  return out;
}

/** The flag emoji of an ISO 3166-1 alpha-2 country (decorative; the code is shown too). */
export function flag(country: string): string {
  if (!/^[A-Za-z]{2}$/.test(country)) return '';
  const base = 0x1f1e6;
  return String.fromCodePoint(...Array.from(country.toUpperCase()).map((c) => base + c.charCodeAt(0) - 65));
}
