/**
 * Pure logic of the orders inbox: the local day the ship-by dates are judged
 * against, how urgent an order is, what the scanner typed, and UPU S10 checks
 * (the same rule as the core; the core has the final word).
 */

/** [start, end) of the local day containing `now`, in ms since the epoch. */
export function localDay(now: Date): { start: number; end: number } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
  return { start, end };
}

export type Urgency = 'overdue' | 'today' | 'soon' | 'later' | 'none';

/**
 * How urgent shipping is: overdue (ship-by before today), due today, soon
 * (tomorrow), later, or none (already shipped / no date).
 */
export function urgency(shipBy: number | null, status: string, day: { start: number; end: number }): Urgency {
  if (status !== 'paid' || shipBy === null) return 'none';
  if (shipBy < day.start) return 'overdue';
  if (shipBy < day.end) return 'today';
  if (shipBy < day.end + 86_400_000) return 'soon';
  return 'later';
}

/** A scanned or typed tracking number: spaces removed, upper case. */
export function normalizeTracking(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

const S10 = /^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$/;

/** UPU S10 check digit of an 8-digit serial: weights 8,6,4,2,3,5,9,7; 10 → 0, 11 → 5. */
export function s10CheckDigit(serial: string): number {
  const w = [8, 6, 4, 2, 3, 5, 9, 7];
  let sum = 0;
  w.forEach((weight, i) => {
    sum += Number(serial[i] ?? 0) * weight;
  });
  const c = 11 - (sum % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

export type TrackingProblem = 'empty' | 'shape' | 's10-format' | 's10-check-digit' | null;

/** What is wrong with a tracking number for a carrier kind (`post` needs S10). */
export function trackingProblem(tracking: string, kind: string): TrackingProblem {
  const t = normalizeTracking(tracking);
  if (t === '') return 'empty';
  if (!/^[A-Z0-9]{4,40}$/.test(t)) return 'shape';
  if (kind !== 'post') return null;
  const m = S10.exec(t);
  const [, serial, check] = m ?? [];
  if (serial === undefined || check === undefined) return 's10-format';
  return s10CheckDigit(serial) === Number(check) ? null : 's10-check-digit';
}

/** Fluent id of a ship state / order status badge. */
export function statusKey(status: string, shipState: string | null): string {
  if (status === 'paid' && shipState === 'shipping') return 'orders-status-shipping';
  if (status === 'paid' && shipState === 'refused') return 'orders-status-refused';
  if (status === 'paid' && shipState === 'labelled') return 'orders-status-labelled';
  return `orders-status-${status.replace(/_/g, '-')}`;
}

/** Fluent id explaining one missing customs field. */
export function missingKey(field: string): string {
  return `orders-missing-${field}`;
}

/** Percent done of a batch, 0..100, never NaN. */
export function percent(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((done / total) * 100)));
}
