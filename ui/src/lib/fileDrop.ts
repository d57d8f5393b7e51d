/**
 * Files dropped from the desktop onto the window arrive as paths through the
 * webview (not as DOM drop events). `hover` hears whether files are held over
 * the window, `drop` gets their paths. Returns the unsubscribe function, for
 * an `onMount` to return.
 */
import { getCurrentWebview } from '@tauri-apps/api/webview';

export function onFileDrop(hover: (over: boolean) => void, drop: (paths: string[]) => void): () => void {
  let unlisten: (() => void) | undefined;
  let disposed = false;
  try {
    void getCurrentWebview()
      .onDragDropEvent((event) => {
        const p = event.payload;
        if (p.type === 'enter' || p.type === 'over') hover(true);
        else if (p.type === 'leave') hover(false);
        else if (p.type === 'drop') {
          hover(false);
          if (p.paths.length > 0) drop(p.paths);
        }
      })
      .then((u) => {
        if (disposed) u();
        else unlisten = u;
      })
      .catch(() => {});
  } catch {
    // Outside Tauri (unit tests): no desktop drops.
  }
  return () => {
    disposed = true;
    unlisten?.();
  };
}
