/** Pure logic of side-by-side translation: tags as typed, lengths in characters. */

/** Characters as the marketplace counts them (code points, not UTF-16 units). */
export function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** "silk, scarf ,, gift" → ["silk", "scarf", "gift"]: trimmed, no blanks, no repeats. */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,，、]/)) {
    const tag = raw.trim();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

/** Whether `s` is over `max` characters. */
export function overLimit(s: string, max: number): boolean {
  return charCount(s) > max;
}

/** Share of `part` in `total` as a whole percentage (0 when there is nothing). */
export function percent(part: number, total: number): number {
  if (total <= 0) return 100;
  return Math.floor((part * 100) / total);
}
