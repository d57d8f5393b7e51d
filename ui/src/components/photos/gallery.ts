/** Pure logic of the photo gallery: ordering, batch summaries, file reading. */

/** `ids` with the item at `from` moved to `to` (both clamped); a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = items.slice();
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(target, 0, item);
  return out;
}

/** Image files a seller may drop or pick, by file name. */
export function isPhotoName(name: string): boolean {
  return /\.(jpe?g|png|webp|heic|heif|avif|gif|tiff?|bmp)$/i.test(name);
}

export interface BatchOutcome {
  /** Files that became photos. */
  added: number;
  /** Names of added photos whose GPS position was removed. */
  gps: string[];
  /** Refused files with their localized message. */
  failed: { name: string; message: string }[];
}

export function emptyOutcome(): BatchOutcome {
  return { added: 0, gps: [], failed: [] };
}

/** A list of names as a sentence fragment in `locale` ("a.jpg, b.jpg and c.jpg"). */
export function listNames(names: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** The last path segment of a file path (POSIX or Windows). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** Non-empty, trimmed lines: the paths pasted into the path box. */
export function parsePaths(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^file:\/\//, ''))
    .filter((l) => l.length > 0);
}

/** Bytes as base64, in chunks so large photos do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
