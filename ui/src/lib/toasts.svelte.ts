/** Short notifications at the bottom of the window, some with an Undo. */

export interface Toast {
  id: number;
  message: string;
  /** Runs when the seller clicks Undo; the toast closes first. */
  undo?: () => void | Promise<void>;
  kind: 'info' | 'error';
}

let nextId = 1;
const timers = new Map<number, ReturnType<typeof setTimeout>>();

export const toasts: Toast[] = $state([]);

export function dismissToast(id: number): void {
  const i = toasts.findIndex((t) => t.id === id);
  if (i >= 0) toasts.splice(i, 1);
  const timer = timers.get(id);
  if (timer !== undefined) clearTimeout(timer);
  timers.delete(id);
}

/** Shows `message`; toasts with an undo stay longer so there is time to click. */
export function showToast(message: string, options: { undo?: Toast['undo']; kind?: Toast['kind'] } = {}): number {
  const id = nextId++;
  toasts.push({ id, message, undo: options.undo, kind: options.kind ?? 'info' });
  while (toasts.length > 3) {
    const oldest = toasts[0];
    if (oldest) dismissToast(oldest.id);
  }
  timers.set(
    id,
    setTimeout(() => dismissToast(id), options.undo ? 10_000 : 5_000),
  );
  return id;
}
