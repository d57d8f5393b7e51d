/** The unread-messages count shown on the navigation, refreshed while the app runs. */
import { api } from './api';

class Unread {
  count = $state(0);
  #timer: ReturnType<typeof setInterval> | null = null;

  async refresh(): Promise<void> {
    try {
      this.count = await api.unreadMessages();
    } catch {
      // The badge keeps its last value; the inbox itself reports errors.
    }
  }

  /** Polls every `ms` (sync brings messages in the background). Idempotent. */
  start(ms = 5000): void {
    if (this.#timer !== null) return;
    void this.refresh();
    this.#timer = setInterval(() => void this.refresh(), ms);
  }
}

export const unread = new Unread();

/** What the Messages page keeps while the seller visits other pages. */
export const inboxView: { selectedId: string | null } = $state({ selectedId: null });
