/**
 * The sync status the whole UI shows: fetched once, then kept current by the
 * core's `sync-status` events. `dataVersion` bumps whenever a sync cycle
 * finished, so pages showing shop data can refresh.
 */
import { listen } from '@tauri-apps/api/event';
import { api } from './api';
import type { StreamProgress, SyncStatus } from './bindings';

class SyncView {
  status: SyncStatus | null = $state.raw(null);
  /** Bumps after each finished sync cycle (pulled data may have changed). */
  dataVersion = $state(0);
}

export const sync = new SyncView();

/**
 * Applies a new status; returns whether a cycle just finished. Events and
 * command replies can arrive out of order: a status older than the one shown
 * is dropped.
 */
export function applyStatus(view: { status: SyncStatus | null; dataVersion: number }, next: SyncStatus): boolean {
  const prev = view.status;
  if (prev !== null && next.seq < prev.seq) return false;
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

/**
 * How far a pull is, from 0 to 1, over the streams whose totals the
 * marketplace said; `null` while no stream has a total yet.
 */
export function pullFraction(progress: readonly StreamProgress[]): number | null {
  let received = 0;
  let total = 0;
  for (const p of progress) {
    if (p.total === null) continue;
    const t = Math.max(p.total, p.received);
    total += t;
    received += p.done ? t : Math.min(p.received, t);
  }
  if (total === 0) return progress.length > 0 && progress.every((p) => p.done) ? 1 : null;
  return received / total;
}

/** The value for a stream's `<progress max="1">`: `undefined` (indeterminate) without a total. */
export function streamFraction(p: StreamProgress): number | undefined {
  if (p.done) return 1;
  if (p.total === null || p.total === 0) return undefined;
  return Math.min(p.received / p.total, 1);
}
