import { describe, expect, it } from 'vitest';
import { answerProblem, answerUrgency, charCount, isResolved, reasonKey } from './disputes';

describe('disputes', () => {
  it('maps known reasons to their key and anything else to the generic one', () => {
    expect(reasonKey('not_received')).toBe('dispute-reason-not_received');
    expect(reasonKey('damaged')).toBe('dispute-reason-damaged');
    expect(reasonKey('<script>')).toBe('dispute-reason-other');
  });

  it('knows resolved states', () => {
    expect(isResolved('resolved_buyer')).toBe(true);
    expect(isResolved('resolved_seller')).toBe(true);
    expect(isResolved('open')).toBe(false);
    expect(isResolved('seller_responded')).toBe(false);
  });

  it('judges the answer date against now', () => {
    const now = 1_800_000_000_000;
    expect(answerUrgency(null, now)).toBe('none');
    expect(answerUrgency(now - 1, now)).toBe('overdue');
    expect(answerUrgency(now + 86_400_000, now)).toBe('soon');
    expect(answerUrgency(now + 3 * 86_400_000, now)).toBe('later');
  });

  it('counts characters like the core and checks the limits', () => {
    expect(charCount('😀é')).toBe(2);
    expect(answerProblem('   ', '')).toBe('empty');
    expect(answerProblem('😀'.repeat(4000), '')).toBeNull();
    expect(answerProblem('a'.repeat(4001), '')).toBe('too-long');
    expect(answerProblem('ok', 'n'.repeat(501))).toBe('note-too-long');
    expect(answerProblem('ok', 'n'.repeat(500))).toBeNull();
  });
});
