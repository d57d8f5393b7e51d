import { describe, expect, it } from 'vitest';
import type { StreamProgress, SyncStatus } from './bindings';
import { applyStatus, pullFraction, stateKey, streamFraction } from './sync.svelte';

function status(over: Partial<SyncStatus>): SyncStatus {
  return {
    state: 'idle',
    url: 'http://127.0.0.1:1',
    email: 'a@b.c',
    demo: false,
    pending: 0,
    conflicts: 0,
    notices: 0,
    lastSuccessAt: 1,
    error: null,
    errorMessage: null,
    nextAttemptAt: null,
    initial: false,
    progress: [],
    keychain: true,
    seq: ++seq,
    ...over,
  };
}
let seq = 0;

describe('sync status', () => {
  it('bumps the data version when a cycle finishes, not while it runs', () => {
    const view = { status: null as SyncStatus | null, dataVersion: 0 };
    applyStatus(view, status({ state: 'idle', lastSuccessAt: 1 }));
    expect(view.dataVersion).toBe(0);
    applyStatus(view, status({ state: 'syncing', lastSuccessAt: 1 }));
    expect(view.dataVersion).toBe(0);
    expect(applyStatus(view, status({ state: 'idle', lastSuccessAt: 2 }))).toBe(true);
    expect(view.dataVersion).toBe(1);
    // A failed cycle that changed nothing does not reload pages.
    applyStatus(view, status({ state: 'syncing', lastSuccessAt: 2 }));
    expect(applyStatus(view, status({ state: 'offline', lastSuccessAt: 2 }))).toBe(false);
    expect(view.dataVersion).toBe(1);
  });

  it('keeps the newer status when an older one arrives late', () => {
    const view = { status: null as SyncStatus | null, dataVersion: 0 };
    const stale = status({ state: 'disconnected', url: null });
    applyStatus(view, status({ state: 'syncing' }));
    applyStatus(view, status({ state: 'idle', lastSuccessAt: 5 }));
    expect(applyStatus(view, stale)).toBe(false);
    expect(view.status?.state).toBe('idle');
    expect(view.status?.url).toBe('http://127.0.0.1:1');
  });

  it('reloads when the connection changes', () => {
    const view = { status: status({ url: null, state: 'disconnected' }), dataVersion: 0 };
    applyStatus(view, status({ url: 'http://127.0.0.1:9' }));
    expect(view.dataVersion).toBe(1);
  });

  it('maps unknown states to the error label', () => {
    expect(stateKey('idle')).toBe('sync-state-idle');
    expect(stateKey('weird')).toBe('sync-state-error');
  });
});

describe('pull progress', () => {
  const p = (stream: string, received: number, total: number | null, done = false): StreamProgress => ({
    stream,
    received,
    total,
    done,
  });

  it('weighs the streams by their totals', () => {
    expect(pullFraction([p('catalog', 500, 1000), p('orders', 0, 3000)])).toBe(0.125);
    expect(pullFraction([p('catalog', 1000, 1000, true), p('orders', 3000, 3000, true)])).toBe(1);
  });

  it('is unknown until a stream has a total, and ignores streams without one', () => {
    expect(pullFraction([])).toBeNull();
    expect(pullFraction([p('catalog', 500, null)])).toBeNull();
    expect(pullFraction([p('catalog', 500, null), p('orders', 10, 40)])).toBe(0.25);
    expect(pullFraction([p('catalog', 0, null, true)])).toBe(1);
  });

  it('never goes past 1 when changes arrive during the pull', () => {
    expect(pullFraction([p('catalog', 1200, 1000)])).toBe(1);
    expect(streamFraction(p('catalog', 1200, 1000))).toBe(1);
  });

  it('shows a stream as indeterminate without a total and full when done', () => {
    expect(streamFraction(p('catalog', 10, null))).toBeUndefined();
    expect(streamFraction(p('catalog', 10, 0))).toBeUndefined();
    expect(streamFraction(p('catalog', 10, 40))).toBe(0.25);
    expect(streamFraction(p('catalog', 40, null, true))).toBe(1);
  });
});
