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
