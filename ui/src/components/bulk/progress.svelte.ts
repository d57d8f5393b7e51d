/** The latest `task-progress` event of each long task, for progress bars. */
import { events, type TaskProgress } from '../../lib/bindings';

export const progress: Record<string, TaskProgress | null> = $state({});

let listening = false;

/** Subscribes once; events arrive from the core through the shell. */
export function listenToProgress(): void {
  if (listening) return;
  listening = true;
  void events.taskProgress
    .listen((e) => {
      progress[e.payload.task] = e.payload;
    })
    .catch((err: unknown) => {
      listening = false;
      console.error('progress events unavailable', err);
    });
}

export function resetProgress(task: string): void {
  progress[task] = null;
}
