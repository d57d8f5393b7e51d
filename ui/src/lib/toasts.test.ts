import { afterEach, describe, expect, it, vi } from 'vitest';
import { dismissToast, showToast, toasts } from './toasts.svelte';

afterEach(() => {
  for (const t of [...toasts]) dismissToast(t.id);
  vi.useRealTimers();
});

describe('toasts', () => {
  it('close by themselves; an undo toast stays long enough to click', () => {
    vi.useFakeTimers();
    showToast('Changes saved.');
    const undo = vi.fn();
    showToast('Archived.', { undo });
    expect(toasts.map((t) => t.message)).toEqual(['Changes saved.', 'Archived.']);
    vi.advanceTimersByTime(5_001);
    expect(toasts.map((t) => t.message)).toEqual(['Archived.']);
    vi.advanceTimersByTime(5_000);
    expect(toasts).toHaveLength(0);
    expect(undo).not.toHaveBeenCalled();
  });

  it('keeps at most three, dropping the oldest', () => {
    for (const m of ['a', 'b', 'c', 'd']) showToast(m);
    expect(toasts.map((t) => t.message)).toEqual(['b', 'c', 'd']);
  });

  it('can be dismissed early', () => {
    const id = showToast('x', { kind: 'error' });
    expect(toasts[0]?.kind).toBe('error');
    dismissToast(id);
    expect(toasts).toHaveLength(0);
  });
});
