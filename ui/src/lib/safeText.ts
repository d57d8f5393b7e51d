/**
 * Untrusted buyer text, split into pieces that are safe and truthful to show.
 *
 * The UI twin of `crates/shopkeeper-messages/src/safety.rs`: the same rules,
 * the same TLD list (`crates/shopkeeper-messages/data/tlds.txt`), and both
 * are tested over `tests/corpus/hostile-messages.json`. Change both together
 * and add a corpus case.
 *
 * - Invisible characters (bidi controls, zero-width and filler characters,
 *   control characters) become `control` segments the UI shows as `[U+202E]`;
 *   they never take effect and they end a link.
 * - A link is only `http(s)://…`, `www.…` or a bare `name.tld` with a listed
 *   TLD. `display` is the text as written, `href` what would be opened.
 *   `javascript:`, `data:` and any markup stay plain text.
 */
import tldList from '../../../crates/shopkeeper-messages/data/tlds.txt?raw';

export type ControlCategory = 'bidi' | 'zero-width' | 'control';
export type LinkWarning = 'userinfo' | 'punycode' | 'non-ascii-host' | 'mixed-script' | 'ip-address';
export type MessageWarning = 'bidi-control' | 'zero-width' | 'control-char';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; href: string; display: string; warnings: LinkWarning[] }
  | { kind: 'control'; code_point: string; category: ControlCategory };

export interface SafeText {
  segments: Segment[];
  /** Sorted as in Rust: bidi-control, zero-width, control-char. */
  warnings: MessageWarning[];
}

const TLDS = new Set(
  tldList
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#')),
);

const cp = (c: string): number => c.codePointAt(0) ?? 0;
const between = (n: number, lo: number, hi: number): boolean => n >= lo && n <= hi;

/** The category of an invisible or control character, if `c` is one. */
export function invisible(c: string): ControlCategory | null {
  const n = cp(c);
  if (n === 0x200e || n === 0x200f || between(n, 0x202a, 0x202e) || between(n, 0x2066, 0x2069) || n === 0x061c) {
    return 'bidi';
  }
  if (
    between(n, 0x200b, 0x200d) ||
    between(n, 0x2060, 0x2064) ||
    n === 0xfeff ||
    n === 0x00ad ||
    n === 0x180e ||
    n === 0x115f ||
    n === 0x1160 ||
    n === 0x3164 ||
    n === 0xffa0 ||
    between(n, 0xe0000, 0xe007f)
  ) {
    return 'zero-width';
  }
  if (n === 0x09 || n === 0x0a || n === 0x0d) return null;
  if (between(n, 0x00, 0x1f) || between(n, 0x7f, 0x9f) || between(n, 0xfff9, 0xfffb)) return 'control';
  return null;
}

function isSpace(c: string): boolean {
  const n = cp(c);
  return (
    n <= 0x20 ||
    between(n, 0x7f, 0xa0) ||
    n === 0x1680 ||
    between(n, 0x2000, 0x200a) ||
    n === 0x2028 ||
    n === 0x2029 ||
    n === 0x202f ||
    n === 0x205f ||
    between(n, 0x3000, 0x303f) ||
    between(n, 0xff00, 0xffef)
  );
}

function isUrlChar(c: string): boolean {
  return !isSpace(c) && invisible(c) === null && !'<>"\'`{}|\\^'.includes(c);
}

function isAsciiAlnum(c: string): boolean {
  return /^[A-Za-z0-9]$/.test(c);
}

/** ASCII letters/digits, Latin-1/Extended letters, Greek, Cyrillic. */
function isLabelChar(c: string): boolean {
  const n = cp(c);
  return (
    isAsciiAlnum(c) ||
    (between(n, 0xc0, 0x24f) && n !== 0xd7 && n !== 0xf7) ||
    between(n, 0x370, 0x3ff) ||
    between(n, 0x400, 0x4ff)
  );
}

function startsWithCi(chars: string[], at: number, prefix: string): boolean {
  for (let k = 0; k < prefix.length; k++) {
    const c = chars[at + k];
    if (c === undefined || c.toLowerCase() !== prefix[k]) return false;
  }
  return true;
}

function urlRunEnd(chars: string[], from: number): number {
  let end = from;
  while (end < chars.length && isUrlChar(chars[end] ?? ' ')) end++;
  while (end > from) {
    const last = chars[end - 1] ?? '';
    const run = chars.slice(from, end);
    const count = (x: string): number => run.filter((c) => c === x).length;
    const trim =
      '.,;:!?*'.includes(last) ||
      (last === ')' && count(')') > count('(')) ||
      (last === ']' && count(']') > count('['));
    if (!trim) break;
    end--;
  }
  return end;
}

function atBoundary(chars: string[], i: number): boolean {
  if (i === 0) return true;
  const p = chars[i - 1] ?? '';
  return !isLabelChar(p) && invisible(p) === null && !'.@/:-_+%&=#~\\'.includes(p);
}

function bareDomainEnd(chars: string[], i: number): number | null {
  const labels: [number, number][] = [];
  let j = i;
  for (;;) {
    const start = j;
    if (!isLabelChar(chars[j] ?? '')) break;
    while (j < chars.length && (isLabelChar(chars[j] ?? '') || chars[j] === '-')) j++;
    labels.push([start, j]);
    if (chars[j] === '.' && isLabelChar(chars[j + 1] ?? '')) j++;
    else break;
  }
  if (labels.length < 2) return null;
  const last = labels[labels.length - 1];
  if (!last) return null;
  const tld = chars.slice(last[0], last[1]).join('');
  if (tld !== tld.toLowerCase() || !TLDS.has(tld)) return null;
  if (labels.some(([s, e]) => chars[e - 1] === '-' || e - s > 63)) return null;
  if (chars[j] === '@' || chars[j] === '_') return null;
  return j;
}

function linkAt(chars: string[], i: number): { end: number; prefix: string } | null {
  if (!atBoundary(chars, i)) return null;
  if (startsWithCi(chars, i, 'https://') || startsWithCi(chars, i, 'http://')) {
    const end = urlRunEnd(chars, i);
    const slash = chars.slice(i, end).indexOf('/');
    if (slash < 0) return null;
    const schemeEnd = i + slash + 2;
    let hasHost = false;
    for (let k = schemeEnd; k < end; k++) {
      const c = chars[k] ?? '';
      if (c === '/' || c === '?' || c === '#') break;
      if (c !== '@' && c !== ':') hasHost = true;
    }
    return hasHost ? { end, prefix: '' } : null;
  }
  if (startsWithCi(chars, i, 'www.') && isLabelChar(chars[i + 4] ?? '')) {
    const end = urlRunEnd(chars, i);
    let host = '';
    for (let k = i + 4; k < end; k++) {
      const c = chars[k] ?? '';
      if ('/?#:'.includes(c)) break;
      host += c;
    }
    return host.includes('.') ? { end, prefix: 'https://' } : null;
  }
  const domainEnd = bareDomainEnd(chars, i);
  if (domainEnd === null) return null;
  const next = chars[domainEnd];
  const end = next !== undefined && '/:?#'.includes(next) ? Math.max(urlRunEnd(chars, i), domainEnd) : domainEnd;
  return { end, prefix: 'https://' };
}

/** The host of an absolute URL, and whether it carries userinfo. */
export function hostOf(href: string): { host: string; userinfo: boolean } {
  const sep = href.indexOf('://');
  const rest = sep >= 0 ? href.slice(sep + 3) : href;
  const authority = rest.split(/[/?#]/)[0] ?? '';
  const at = authority.lastIndexOf('@');
  const hostport = at >= 0 ? authority.slice(at + 1) : authority;
  const colon = hostport.lastIndexOf(':');
  const host = colon >= 0 && /^\d*$/.test(hostport.slice(colon + 1)) ? hostport.slice(0, colon) : hostport;
  return { host, userinfo: at >= 0 };
}

function linkWarnings(href: string): LinkWarning[] {
  const { host, userinfo } = hostOf(href);
  const w: LinkWarning[] = [];
  if (userinfo) w.push('userinfo');
  if (host.split('.').some((l) => l.length >= 4 && l.slice(0, 4).toLowerCase() === 'xn--')) w.push('punycode');
  if ([...host].some((c) => cp(c) > 0x7f)) w.push('non-ascii-host');
  const scripts = new Set<string>();
  for (const c of host) {
    if (/[0-9.-]/.test(c)) continue;
    const n = cp(c);
    if (/[A-Za-z]/.test(c) || between(n, 0xc0, 0x24f)) scripts.add('latin');
    else if (between(n, 0x370, 0x3ff)) scripts.add('greek');
    else if (between(n, 0x400, 0x4ff)) scripts.add('cyrillic');
    else scripts.add('other');
  }
  if (scripts.size > 1) w.push('mixed-script');
  const parts = host.split('.');
  if (parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p))) w.push('ip-address');
  return w;
}

const WARNING_ORDER: MessageWarning[] = ['bidi-control', 'zero-width', 'control-char'];
const CATEGORY_WARNING: Record<ControlCategory, MessageWarning> = {
  bidi: 'bidi-control',
  'zero-width': 'zero-width',
  control: 'control-char',
};

/** `U+202E` for a character. */
export function codePointLabel(c: string): string {
  return `U+${cp(c).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Splits untrusted text into segments that are safe and truthful to show. */
export function sanitizeForDisplay(text: string): SafeText {
  const chars = Array.from(text);
  const segments: Segment[] = [];
  const seen = new Set<MessageWarning>();
  let buf = '';
  const flush = (): void => {
    if (buf !== '') segments.push({ kind: 'text', text: buf });
    buf = '';
  };
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] ?? '';
    const category = invisible(c);
    if (category !== null) {
      flush();
      seen.add(CATEGORY_WARNING[category]);
      segments.push({ kind: 'control', code_point: codePointLabel(c), category });
      i++;
      continue;
    }
    const link = linkAt(chars, i);
    if (link) {
      flush();
      const display = chars.slice(i, link.end).join('');
      const href = link.prefix + display;
      segments.push({ kind: 'link', href, display, warnings: linkWarnings(href) });
      i = link.end;
      continue;
    }
    buf += c;
    i++;
  }
  flush();
  return { segments, warnings: WARNING_ORDER.filter((w) => seen.has(w)) };
}
