import { describe, expect, it } from 'vitest';
import { localDay, missingKey, normalizeTracking, percent, s10CheckDigit, statusKey, trackingProblem, urgency } from './orders';

describe('orders inbox logic', () => {
  const now = new Date(2026, 10, 22, 15, 30);
  const day = localDay(now);

  it('the local day spans midnight to midnight', () => {
    expect(new Date(day.start).getHours()).toBe(0);
    expect(new Date(day.start).getDate()).toBe(22);
    expect(new Date(day.end).getDate()).toBe(23);
    expect(day.end - day.start).toBeGreaterThanOrEqual(23 * 3600_000);
  });

  it('overdue and due today stand out; shipped orders are never urgent', () => {
    expect(urgency(day.start - 1, 'paid', day)).toBe('overdue');
    expect(urgency(day.start, 'paid', day)).toBe('today');
    expect(urgency(day.end - 1, 'paid', day)).toBe('today');
    expect(urgency(day.end, 'paid', day)).toBe('soon');
    expect(urgency(day.end + 2 * 86_400_000, 'paid', day)).toBe('later');
    expect(urgency(day.start - 1, 'shipped', day)).toBe('none');
    expect(urgency(null, 'paid', day)).toBe('none');
  });

  it('a scanned tracking number is trimmed and upper-cased', () => {
    expect(normalizeTracking(' rr 473124829 de\n')).toBe('RR473124829DE');
  });

  it('checks S10 like the core, including the published example', () => {
    expect(s10CheckDigit('47312482')).toBe(9);
    expect(trackingProblem('RR473124829DE', 'post')).toBeNull();
    expect(trackingProblem('RR473124828DE', 'post')).toBe('s10-check-digit');
    expect(trackingProblem('1Z999AA10123456784', 'post')).toBe('s10-format');
    expect(trackingProblem('1Z999AA10123456784', 'courier')).toBeNull();
    expect(trackingProblem('AB-12', 'courier')).toBe('shape');
    expect(trackingProblem('  ', 'post')).toBe('empty');
  });

  it('maps states to message ids', () => {
    expect(statusKey('paid', 'shipping')).toBe('orders-status-shipping');
    expect(statusKey('paid', 'refused')).toBe('orders-status-refused');
    expect(statusKey('paid', null)).toBe('orders-status-paid');
    expect(statusKey('shipped', 'shipped')).toBe('orders-status-shipped');
    expect(missingKey('hs-code')).toBe('orders-missing-hs-code');
  });

  it('progress is a whole percent', () => {
    expect(percent(0, 0)).toBe(0);
    expect(percent(1, 3)).toBe(33);
    expect(percent(3, 3)).toBe(100);
  });
});
