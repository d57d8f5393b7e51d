/**
 * The sync status the whole UI shows: fetched once, then kept current by the
 * core's `sync-status` events. `dataVersion` bumps whenever a sync cycle
 * finished, so pages showing shop data can refresh.
 */
import { listen } from '@tauri-apps/api/event';
import { api } from './api';
import type { SyncStatus } from './bindings';

class SyncView {
  status: SyncStatus | null = $state.raw(null);
  /** Bumps after each finished sync cycle (pulled data may have changed). */
  dataVersion = $state(0);
}

export const sync = new SyncView();

/** Applies a new status; returns whether a cycle just finished. */
export function applyStatus(view: { status: SyncStatus | null; dataVersion: number }, next: SyncStatus): boolean {
  const prev = view.status;
  view.status = next;
  const finished =
    prev !== null &&
    prev.state === 'syncing' &&
    next.state !== 'syncing' &&
    (next.lastSuccessAt !== prev.lastSuccessAt || next.pending !== prev.pending || next.conflicts !== prev.conflicts);
  if (finished || (prev !== null && prev.url !== next.url)) view.dataVersion += 1;
  return finished;
}

let started = false;

export async function watchSync(): Promise<void> {
  if (started) return;
  started = true;
  await listen<SyncStatus>('sync-status', (e) => {
    applyStatus(sync, e.payload);
  });
  await listen('shop-changed', () => {
    sync.dataVersion += 1;
  });
  applyStatus(sync, await api.syncStatus());
}

/** The key of the short label of a state. */
export function stateKey(state: string): string {
  return `sync-state-${['disconnected', 'idle', 'syncing', 'offline', 'paused', 'error'].includes(state) ? state : 'error'}`;
}
