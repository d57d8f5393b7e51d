import { describe, expect, it } from 'vitest';
import type { SyncStatus } from './bindings';
import { applyStatus, stateKey } from './sync.svelte';

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
    ...over,
  };
}

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
