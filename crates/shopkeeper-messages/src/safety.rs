//! Untrusted buyer text, made safe and truthful to display.
//!
//! [`sanitize_for_display`] splits text into plain text, links and visible
//! markers for invisible characters:
//!
//! - bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) would let
//!   `[U+202E]moc.elgoog//:sptth` read as something else; zero-width and filler
//!   characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+00AD, tag
//!   characters...) would hide inside a domain; C0/C1 controls. Each becomes a
//!   [`Segment::Control`] the UI shows as `[U+202E]`, and never takes effect.
//! - a link is only `http(s)://…`, `www.…` or a bare `name.tld` with a listed
//!   TLD; invisible characters end a link, so what is shown is exactly what
//!   would be opened. `javascript:`, `data:` and friends stay text. Hosts
//!   that are encoded (punycode), non-ASCII, mix scripts (a Cyrillic `а` in
//!   `pаypal.com`), carry userinfo (`https://bank.com@evil.example`) or are a
//!   bare IP address carry warnings.
//!
//! `ui/src/lib/safeText.ts` implements the same rules for the UI, which
//! renders; `tests/corpus/hostile-messages.json` holds the cases both must
//! agree on. Keep the two in step: change both, add a corpus case.

use serde::{Deserialize, Serialize};

use crate::tld::is_tld;

/// One piece of displayable text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Segment {
    /// Plain text, shown as is (never as markup).
    Text { text: String },
    /// A link: `display` is the text as written, `href` what would be
    /// opened (with `https://` added to `www.` and bare domains).
    Link {
        href: String,
        display: String,
        warnings: Vec<LinkWarning>,
    },
    /// An invisible or control character, shown as its code point.
    Control {
        /// `U+202E`
        code_point: String,
        category: ControlCategory,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ControlCategory {
    Bidi,
    ZeroWidth,
    Control,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkWarning {
    /// `user@host`: the text before `@` is not where the link goes.
    Userinfo,
    /// A label starts with `xn--`: an encoded international name.
    Punycode,
    /// The host has non-ASCII letters.
    NonAsciiHost,
    /// The host mixes scripts (Latin with Cyrillic, Greek...).
    MixedScript,
    /// The host is a bare IPv4 address.
    IpAddress,
}

/// What the whole message hides, for a badge above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MessageWarning {
    BidiControl,
    ZeroWidth,
    ControlChar,
}

/// Text split for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafeText {
    pub segments: Vec<Segment>,
    /// Sorted, without duplicates.
    pub warnings: Vec<MessageWarning>,
}

/// The category of an invisible or control character, if `c` is one.
pub fn invisible(c: char) -> Option<ControlCategory> {
    let cp = u32::from(c);
    match cp {
        0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069 | 0x061C => Some(ControlCategory::Bidi),
        0x200B..=0x200D
        | 0x2060..=0x2064
        | 0xFEFF
        | 0x00AD
        | 0x180E
        | 0x115F
        | 0x1160
        | 0x3164
        | 0xFFA0
        | 0xE0000..=0xE007F => Some(ControlCategory::ZeroWidth),
        0x09 | 0x0A | 0x0D => None,
        0x00..=0x1F | 0x7F..=0x9F | 0xFFF9..=0xFFFB => Some(ControlCategory::Control),
        _ => None,
    }
}

fn is_space(c: char) -> bool {
    let cp = u32::from(c);
    cp <= 0x20
        || matches!(
            cp,
            0x7F..=0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F
        )
        // CJK punctuation and full-width forms end a link too.
        || (0x3000..=0x303F).contains(&cp)
        || (0xFF00..=0xFFEF).contains(&cp)
}

/// A character a link may contain.
fn is_url_char(c: char) -> bool {
    !is_space(c)
        && invisible(c).is_none()
        && !matches!(
            c,
            '<' | '>' | '"' | '\'' | '`' | '{' | '}' | '|' | '\\' | '^'
        )
}

/// A character of a domain label: ASCII letters and digits, Latin-1 and Latin
/// Extended letters, Greek, Cyrillic (so look-alike hosts are caught).
pub(crate) fn is_label_char(c: char) -> bool {
    let cp = u32::from(c);
    c.is_ascii_alphanumeric()
        || ((0xC0..=0x24F).contains(&cp) && cp != 0xD7 && cp != 0xF7)
        || (0x370..=0x3FF).contains(&cp)
        || (0x400..=0x4FF).contains(&cp)
}

fn starts_with_ci(chars: &[char], at: usize, prefix: &str) -> bool {
    let mut i = at;
    for p in prefix.chars() {
        match chars.get(i) {
            Some(c) if c.to_ascii_lowercase() == p => i += 1,
            _ => return false,
        }
    }
    true
}

/// End of the run of URL characters from `from`, trailing punctuation trimmed.
fn url_run_end(chars: &[char], from: usize) -> usize {
    let mut end = from;
    while end < chars.len() && is_url_char(chars[end]) {
        end += 1;
    }
    while end > from {
        let last = chars[end - 1];
        let run = &chars[from..end];
        let unbalanced = |open: char, close: char| {
            run.iter().filter(|&&c| c == close).count() > run.iter().filter(|&&c| c == open).count()
        };
        let trim = matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '*')
            || (last == ')' && unbalanced('(', ')'))
            || (last == ']' && unbalanced('[', ']'));
        if trim {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

/// Whether a link may start at `i`: not in the middle of a word, an e-mail
/// address or a path.
fn at_boundary(chars: &[char], i: usize) -> bool {
    match i.checked_sub(1).map(|p| chars[p]) {
        None => true,
        Some(p) => {
            !is_label_char(p)
                && invisible(p).is_none()
                && !matches!(
                    p,
                    '.' | '@' | '/' | ':' | '-' | '_' | '+' | '%' | '&' | '=' | '#' | '~' | '\\'
                )
        }
    }
}

/// A bare domain at `i`: labels joined by dots, the last a listed lower-case
/// TLD. Returns the end of the domain.
fn bare_domain_end(chars: &[char], i: usize) -> Option<usize> {
    let mut labels: Vec<(usize, usize)> = Vec::new();
    let mut j = i;
    loop {
        let start = j;
        if !chars.get(j).is_some_and(|&c| is_label_char(c)) {
            break;
        }
        while chars.get(j).is_some_and(|&c| is_label_char(c) || c == '-') {
            j += 1;
        }
        labels.push((start, j));
        if chars.get(j) == Some(&'.') && chars.get(j + 1).is_some_and(|&c| is_label_char(c)) {
            j += 1;
        } else {
            break;
        }
    }
    if labels.len() < 2 {
        return None;
    }
    let (ts, te) = *labels.last()?;
    let tld: String = chars[ts..te].iter().collect();
    if tld != tld.to_lowercase() || !is_tld(&tld) {
        return None;
    }
    if labels
        .iter()
        .any(|&(s, e)| chars[e - 1] == '-' || e - s > 63)
    {
        return None;
    }
    // `name.tld@…` or `name.tld_x` is not a link.
    if matches!(chars.get(j), Some('@' | '_')) {
        return None;
    }
    Some(j)
}

/// The link starting at `i`, as (end, href prefix to add).
fn link_at(chars: &[char], i: usize) -> Option<(usize, &'static str)> {
    if !at_boundary(chars, i) {
        return None;
    }
    if starts_with_ci(chars, i, "https://") || starts_with_ci(chars, i, "http://") {
        let end = url_run_end(chars, i);
        let scheme_end = chars[i..end].iter().position(|&c| c == '/')? + i + 2;
        let has_host = chars[scheme_end..end]
            .iter()
            .take_while(|&&c| !matches!(c, '/' | '?' | '#'))
            .any(|&c| c != '@' && c != ':');
        return has_host.then_some((end, ""));
    }
    if starts_with_ci(chars, i, "www.") && chars.get(i + 4).is_some_and(|&c| is_label_char(c)) {
        let end = url_run_end(chars, i);
        let host: String = chars[i + 4..end]
            .iter()
            .take_while(|&&c| !matches!(c, '/' | '?' | '#' | ':'))
            .collect();
        return host.contains('.').then_some((end, "https://"));
    }
    let end = bare_domain_end(chars, i)?;
    let end = if matches!(chars.get(end), Some('/' | ':' | '?' | '#')) {
        url_run_end(chars, i).max(end)
    } else {
        end
    };
    Some((end, "https://"))
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Script {
    Latin,
    Greek,
    Cyrillic,
    Other,
}

/// The host of an absolute `http(s)://` URL and whether it has userinfo.
pub(crate) fn host_of(href: &str) -> (String, bool) {
    let rest = href.split_once("://").map_or(href, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let (userinfo, hostport) = match authority.rfind('@') {
        Some(at) => (true, &authority[at + 1..]),
        None => (false, authority),
    };
    let host = match hostport.rsplit_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => hostport,
    };
    (host.to_owned(), userinfo)
}

fn link_warnings(href: &str) -> Vec<LinkWarning> {
    let (host, userinfo) = host_of(href);
    let mut w = Vec::new();
    if userinfo {
        w.push(LinkWarning::Userinfo);
    }
    if host
        .split('.')
        .any(|l| l.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("xn--")))
    {
        w.push(LinkWarning::Punycode);
    }
    if !host.is_ascii() {
        w.push(LinkWarning::NonAsciiHost);
    }
    let mut scripts: Vec<Script> = host
        .chars()
        .filter(|c| !c.is_ascii_digit() && !matches!(c, '.' | '-'))
        .map(|c| {
            let cp = u32::from(c);
            if c.is_ascii_alphabetic() || (0xC0..=0x24F).contains(&cp) {
                Script::Latin
            } else if (0x370..=0x3FF).contains(&cp) {
                Script::Greek
            } else if (0x400..=0x4FF).contains(&cp) {
                Script::Cyrillic
            } else {
                Script::Other
            }
        })
        .collect();
    scripts.sort();
    scripts.dedup();
    if scripts.len() > 1 {
        w.push(LinkWarning::MixedScript);
    }
    let parts: Vec<&str> = host.split('.').collect();
    if parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit()))
    {
        w.push(LinkWarning::IpAddress);
    }
    w
}

/// A link found in text: char range, href, display text.
pub(crate) struct FoundLink {
    pub start: usize,
    pub end: usize,
    pub href: String,
}

/// Links in `chars` (char indices), as the display splits them.
pub(crate) fn find_links(chars: &[char]) -> Vec<FoundLink> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some((end, prefix)) = link_at(chars, i) {
            let display: String = chars[i..end].iter().collect();
            out.push(FoundLink {
                start: i,
                end,
                href: format!("{prefix}{display}"),
            });
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Splits untrusted text into segments that are safe and truthful to show.
pub fn sanitize_for_display(text: &str) -> SafeText {
    let chars: Vec<char> = text.chars().collect();
    let mut segments = Vec::new();
    let mut warnings = Vec::new();
    let mut buf = String::new();
    let flush = |buf: &mut String, segments: &mut Vec<Segment>| {
        if !buf.is_empty() {
            segments.push(Segment::Text {
                text: std::mem::take(buf),
            });
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(category) = invisible(c) {
            flush(&mut buf, &mut segments);
            warnings.push(match category {
                ControlCategory::Bidi => MessageWarning::BidiControl,
                ControlCategory::ZeroWidth => MessageWarning::ZeroWidth,
                ControlCategory::Control => MessageWarning::ControlChar,
            });
            segments.push(Segment::Control {
                code_point: format!("U+{:04X}", u32::from(c)),
                category,
            });
            i += 1;
        } else if let Some((end, prefix)) = link_at(&chars, i) {
            flush(&mut buf, &mut segments);
            let display: String = chars[i..end].iter().collect();
            let href = format!("{prefix}{display}");
            let warnings = link_warnings(&href);
            segments.push(Segment::Link {
                href,
                display,
                warnings,
            });
            i = end;
        } else {
            buf.push(c);
            i += 1;
        }
    }
    flush(&mut buf, &mut segments);
    warnings.sort();
    warnings.dedup();
    SafeText { segments, warnings }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(text: &str) -> Vec<String> {
        sanitize_for_display(text)
            .segments
            .into_iter()
            .filter_map(|s| match s {
                Segment::Link { href, .. } => Some(href),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn finds_links_and_trims_trailing_punctuation() {
        assert_eq!(
            links("see https://shop.example.com/a?b=1."),
            ["https://shop.example.com/a?b=1"]
        );
        assert_eq!(links("(www.example.com)"), ["https://www.example.com"]);
        assert_eq!(
            links("go to shop.example.com, now"),
            ["https://shop.example.com"]
        );
        assert_eq!(
            links("https://en.wikipedia.org/wiki/Foo_(bar))"),
            ["https://en.wikipedia.org/wiki/Foo_(bar)"]
        );
        assert_eq!(
            links("请看https://x.example.com/p，谢谢"),
            ["https://x.example.com/p"]
        );
        assert_eq!(links("пример.рф"), ["https://пример.рф"]);
    }

    #[test]
    fn words_files_emails_and_numbers_are_not_links() {
        assert!(
            links("It arrived.It was fine. ana@gmail.com costs 3.50 file.pdf e.g. i.e.").is_empty()
        );
        assert!(links("javascript:alert(1) data:text/html,x http:// https://@").is_empty());
    }

    #[test]
    fn link_warnings_flag_disguised_hosts() {
        let warn = |t: &str| match &sanitize_for_display(t).segments[0] {
            Segment::Link { warnings, .. } => warnings.clone(),
            other => panic!("not a link: {other:?}"),
        };
        assert_eq!(
            warn("https://p\u{0430}ypal.com"),
            [LinkWarning::NonAsciiHost, LinkWarning::MixedScript]
        );
        assert_eq!(warn("https://xn--pypal-4ve.com"), [LinkWarning::Punycode]);
        assert_eq!(
            warn("https://bank.com@evil.example"),
            [LinkWarning::Userinfo]
        );
        assert_eq!(warn("http://192.168.0.1:8080/x"), [LinkWarning::IpAddress]);
        assert!(warn("https://shop.example.com").is_empty());
    }

    #[test]
    fn invisible_characters_become_markers_and_break_links() {
        let s = sanitize_for_display("pay\u{200B}pal.com \u{202E}moc.elgoog");
        assert_eq!(
            s.warnings,
            [MessageWarning::BidiControl, MessageWarning::ZeroWidth]
        );
        assert_eq!(
            s.segments[1],
            Segment::Control {
                code_point: "U+200B".into(),
                category: ControlCategory::ZeroWidth
            }
        );
        assert!(links("pay\u{200B}pal.com").is_empty());
    }
}
