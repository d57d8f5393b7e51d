import { describe, expect, it } from 'vitest';
import { guardWindowClose, requestLeave, setLeaveGuard } from './leave';

describe('leave guard', () => {
  it('lets navigation through when no guard is set or the guard allows it', () => {
    expect(requestLeave(() => {})).toBe(true);
    const remove = setLeaveGuard(() => true);
    expect(requestLeave(() => {})).toBe(true);
    remove();
  });

  it('holds navigation back and resumes it when the guard says so', () => {
    let pending: (() => void) | null = null;
    const remove = setLeaveGuard((proceed) => {
      pending = proceed;
      return false;
    });
    let went = false;
    expect(requestLeave(() => (went = true))).toBe(false);
    expect(went).toBe(false);
    (pending as (() => void) | null)?.();
    expect(went).toBe(true);
    remove();
    expect(requestLeave(() => {})).toBe(true);
  });

  it('removing an old guard leaves a newer one in place', () => {
    const removeOld = setLeaveGuard(() => true);
    const removeNew = setLeaveGuard(() => false);
    removeOld();
    expect(requestLeave(() => {})).toBe(false);
    removeNew();
  });
});

describe('guardWindowClose', () => {
  function fakeWindow() {
    let handler: ((e: { preventDefault(): void }) => void | Promise<void>) | null = null;
    const win = {
      destroyed: 0,
      onCloseRequested(h: (e: { preventDefault(): void }) => void | Promise<void>) {
        handler = h;
        return Promise.resolve(() => {});
      },
      destroy() {
        win.destroyed += 1;
        return Promise.resolve();
      },
      async requestClose(): Promise<boolean> {
        let prevented = false;
        await handler?.({ preventDefault: () => (prevented = true) });
        return prevented;
      },
    };
    return win;
  }

  it('lets the window close when nothing is unsaved', async () => {
    const win = fakeWindow();
    await guardWindowClose(win);
    expect(await win.requestClose()).toBe(false);
  });

  it('holds the close while the guard asks, and closes once the seller confirms', async () => {
    const win = fakeWindow();
    await guardWindowClose(win);
    let confirm: (() => void) | null = null;
    const remove = setLeaveGuard((proceed) => {
      confirm = proceed;
      return false;
    });
    expect(await win.requestClose()).toBe(true);
    expect(win.destroyed).toBe(0);
    confirm!();
    expect(win.destroyed).toBe(1);
    remove();
  });
});
