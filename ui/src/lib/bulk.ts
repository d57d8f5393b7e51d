/**
 * Bulk edit and CSV helpers for the UI: the label of a previewed field, the
 * default rounding of a currency, tags typed with commas, progress as a
 * fraction. The arithmetic itself is the core's (decimal, never here).
 */
import type { BulkAction, CurrencyRounding, Rounding, TaskProgress } from './bindings';

export type ActionKind = BulkAction['kind'];

export const ACTION_KINDS: readonly ActionKind[] = [
  'price_percent',
  'price_amount',
  'set_stock',
  'add_stock',
  'add_tags',
  'remove_tags',
  'set_state',
  'set_text',
];

export const ROUNDINGS: readonly Rounding[] = ['none', 'to99', 'to90', 'whole', 'hundreds'];

/** Roundings that make sense for a currency with `exponent` decimals. */
export function roundingsFor(exponent: number): Rounding[] {
  return ROUNDINGS.filter((r) => exponent >= 2 || (r !== 'to99' && r !== 'to90'));
}

/** Only the currencies whose rounding is not exact need to travel. */
export function roundingList(choice: Record<string, Rounding>): CurrencyRounding[] {
  return Object.entries(choice)
    .filter(([, r]) => r !== 'none')
    .map(([currency, rounding]) => ({ currency, rounding }));
}

export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** A percentage as typed in the seller's locale ("12,5" or "12.5") → "12.5". */
export function normalizeDecimal(text: string): string {
  const t = text.trim().replace(/\s/g, '');
  if (/^-?\d+,\d+$/.test(t)) return t.replace(',', '.');
  return t;
}

export interface FieldLabel {
  id: string;
  args?: Record<string, string>;
}

/** The Fluent message (and its arguments) naming a previewed field. */
export function fieldLabel(field: string): FieldLabel {
  const dot = field.indexOf('.');
  const head = dot < 0 ? field : field.slice(0, dot);
  const rest = dot < 0 ? '' : field.slice(dot + 1);
  switch (head) {
    case 'state':
      return { id: 'bulk-field-state' };
    case 'stock':
      return { id: 'bulk-field-stock' };
    case 'listing':
      return { id: 'bulk-field-listing' };
    case 'variant':
      return { id: 'bulk-field-variant' };
    case 'archived':
      return { id: 'bulk-field-archived' };
    case 'price':
      return { id: 'bulk-field-price', args: { currency: rest } };
    case 'tags':
      return { id: 'bulk-field-tags', args: { language: rest } };
    case 'title':
      return rest ? { id: 'bulk-field-title-in', args: { language: rest } } : { id: 'bulk-field-other', args: { field } };
    case 'description':
      return rest
        ? { id: 'bulk-field-description-in', args: { language: rest } }
        : { id: 'bulk-field-other', args: { field } };
    default:
      return { id: 'bulk-field-other', args: { field } };
  }
}

/** 0..1 for a progress bar; null when the total is not known yet. */
export function fraction(p: TaskProgress | null): number | null {
  if (!p || p.total <= 0) return null;
  return Math.min(1, Math.max(0, p.done / p.total));
}
