/**
 * A guard against leaving a page with unsaved work: the listing editor sets
 * one; navigation asks it first. The guard either allows leaving at once or
 * keeps `proceed` to call when the seller confirms.
 */
export type LeaveGuard = (proceed: () => void) => boolean;

let guard: LeaveGuard | null = null;

/** Installs `g`; returns the function that removes it. */
export function setLeaveGuard(g: LeaveGuard): () => void {
  guard = g;
  return () => {
    if (guard === g) guard = null;
  };
}

/** Whether leaving may happen now; if not, the guard calls `proceed` later (or never). */
export function requestLeave(proceed: () => void): boolean {
  return guard ? guard(proceed) : true;
}

/** The part of a Tauri window the close guard needs. */
export interface ClosableWindow {
  onCloseRequested(handler: (event: { preventDefault(): void }) => void | Promise<void>): Promise<unknown>;
  destroy(): Promise<void>;
}

/**
 * Closing the window is leaving too: with unsaved work the close is held and
 * the guard's confirmation decides; confirming closes the window.
 */
export function guardWindowClose(win: ClosableWindow): Promise<unknown> {
  return win.onCloseRequested((event) => {
    if (!requestLeave(() => void win.destroy())) event.preventDefault();
  });
}
