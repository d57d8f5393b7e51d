import { describe, expect, it } from 'vitest';
import { requestLeave, setLeaveGuard } from './leave';

describe('leave guard', () => {
  it('lets navigation through when no guard is set or the guard allows it', () => {
    expect(requestLeave(() => {})).toBe(true);
    const remove = setLeaveGuard(() => true);
    expect(requestLeave(() => {})).toBe(true);
    remove();
  });

  it('holds navigation back and resumes it when the guard says so', () => {
    let pending: (() => void) | null = null;
    const remove = setLeaveGuard((proceed) => {
      pending = proceed;
      return false;
    });
    let went = false;
    expect(requestLeave(() => (went = true))).toBe(false);
    expect(went).toBe(false);
    (pending as (() => void) | null)?.();
    expect(went).toBe(true);
    remove();
    expect(requestLeave(() => {})).toBe(true);
  });

  it('removing an old guard leaves a newer one in place', () => {
    const removeOld = setLeaveGuard(() => true);
    const removeNew = setLeaveGuard(() => false);
    removeOld();
    expect(requestLeave(() => {})).toBe(false);
    removeNew();
  });
});
