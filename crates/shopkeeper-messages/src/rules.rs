//! A marketplace's messaging rules, checked before a reply is sent.
//!
//! [`check`] finds phone numbers (international `+…`/`00…` and the national
//! formats of BR, RU, ES, ID, FR, PL and the US), e-mail addresses (also
//! written `name at gmail dot com`, `name [at] mail [dot] ru`, `имя собака
//! mail точка ru`...), outside links (`http(s)://`, `www.`, bare
//! `shop.example.com`) and messenger contacts (`wa.me/…`, `t.me/…`,
//! `tg://…`, `Telegram: @handle`), and reports those the [`Rules`] forbid.
//!
//! It must not get in the way: order numbers (`8123456789012345`, `#SK-10234`,
//! `pedido 81234567890`), tracking numbers (`RR473124829DE`), prices
//! (`R$ 1.234,56`, `1 234,50 ₽`), dates, sizes (`EU 42`, `38-40`, `36 38 40 42`)
//! and decimals are not contact details.
//!
//! Invisible characters (zero-width, bidi) are ignored while matching, so
//! `+7 912\u{200B}345 67 89` is still a phone number; offsets are into the
//! original text.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::safety::{find_links, host_of, invisible};
use crate::tld::is_tld;

/// What kind of contact detail a violation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ViolationCode {
    Phone,
    Email,
    Link,
    Messenger,
}

impl ViolationCode {
    /// The stable code, also the suffix of the UI string
    /// `messages-rule-<code>` in `locales/*/messages.ftl`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Phone => "phone",
            Self::Email => "email",
            Self::Link => "link",
            Self::Messenger => "messenger",
        }
    }
}

/// One thing the seller must change. `start`/`end` are **byte** offsets into
/// the checked text (UTF-8), `utf16_start`/`utf16_end` the same range in
/// UTF-16 code units, for the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Violation {
    pub code: ViolationCode,
    pub start: usize,
    pub end: usize,
    pub utf16_start: usize,
    pub utf16_end: usize,
    /// The offending text, exactly as written.
    pub matched: String,
}

/// What a marketplace forbids in messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    pub forbid_phone: bool,
    pub forbid_email: bool,
    pub forbid_links: bool,
    pub forbid_messengers: bool,
    /// Hosts links may point to (the marketplace's own, carriers' tracking
    /// pages); subdomains included. Lower case, no scheme.
    pub allowed_domains: Vec<String>,
}

impl Default for Rules {
    /// Everything forbidden, nothing allow-listed.
    fn default() -> Self {
        Self {
            forbid_phone: true,
            forbid_email: true,
            forbid_links: true,
            forbid_messengers: true,
            allowed_domains: Vec::new(),
        }
    }
}

impl Rules {
    /// Contact details forbidden; links allowed only to `allowed_domains`.
    pub fn strict(allowed_domains: &[&str]) -> Self {
        Self {
            allowed_domains: allowed_domains.iter().map(|d| d.to_lowercase()).collect(),
            ..Self::default()
        }
    }

    /// Nothing forbidden.
    pub fn permissive() -> Self {
        Self {
            forbid_phone: false,
            forbid_email: false,
            forbid_links: false,
            forbid_messengers: false,
            allowed_domains: Vec::new(),
        }
    }

    fn forbids(&self, code: ViolationCode) -> bool {
        match code {
            ViolationCode::Phone => self.forbid_phone,
            ViolationCode::Email => self.forbid_email,
            ViolationCode::Link => self.forbid_links,
            ViolationCode::Messenger => self.forbid_messengers,
        }
    }

    fn allows_host(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.').to_lowercase();
        self.allowed_domains.iter().any(|d| {
            let d = d.trim_start_matches('.');
            host == d || host.ends_with(&format!(".{d}"))
        })
    }
}

const AT_WORDS: &str = r"at|arroba|собака|собачка|arobase|ma[lł]pa|malpa";
const DOT_WORDS: &str = r"dot|ponto|punto|точка|point|kropka|titik|punkt";
const PROVIDERS: &[&str] = &[
    "gmail",
    "googlemail",
    "hotmail",
    "outlook",
    "live",
    "msn",
    "yahoo",
    "icloud",
    "me",
    "mail",
    "yandex",
    "ya",
    "rambler",
    "proton",
    "protonmail",
    "uol",
    "bol",
    "terra",
    "ig",
    "wp",
    "o2",
    "onet",
    "interia",
    "gmx",
    "qq",
    "163",
    "126",
    "aol",
    "ukr",
    "inbox",
    "bk",
    "list",
];
const MESSENGER_HOSTS: &[&str] = &[
    "wa.me",
    "wa.link",
    "api.whatsapp.com",
    "chat.whatsapp.com",
    "whatsapp.com",
    "t.me",
    "telegram.me",
    "telegram.dog",
    "m.me",
    "messenger.com",
    "line.me",
    "vk.me",
    "signal.me",
    "signal.group",
    "join.skype.com",
    "u.wechat.com",
    "ig.me",
    "viber.com",
    "invite.viber.com",
];

#[allow(clippy::expect_used)]
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{N}._%+\-]+\s?@\s?[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}")
        .expect("valid regex")
});

#[allow(clippy::expect_used)]
static OBFUSCATED_EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    let at = format!(
        r"(?:\s*[\[\(\{{<]\s*(?P<bat>@|{AT_WORDS})\s*[\]\)\}}>]\s*|\s+(?P<wat>{AT_WORDS})\s+)"
    );
    let dot = format!(
        r"(?:\s*[\[\(\{{<]\s*(?P<bdot>\.|{DOT_WORDS})\s*[\]\)\}}>]\s*|\s+(?P<wdot>{DOT_WORDS})\s+|(?P<pdot>\.))"
    );
    Regex::new(&format!(
        r"(?i)[\p{{L}}\p{{N}}._%+\-]+{at}(?P<domain>[\p{{L}}\p{{N}}\-]+){dot}(?P<tld>\p{{L}}{{2,6}})\b"
    ))
    .expect("valid regex")
});

#[allow(clippy::expect_used)]
static MESSENGER_SCHEME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:tg|viber|whatsapp|skype|weixin|line|signal|fb-messenger|sms|tel|mailto):(?://)?[^\s<>]+")
        .expect("valid regex")
});

#[allow(clippy::expect_used)]
static MESSENGER_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:whats\s?app|zap\s?zap|zap|telegram|tg|viber|wechat|weixin|line|skype|instagram|insta|ig|vk|вк|вконтакте|телеграмм?|телега|ватсап|вотсап|вацап|вайбер|инстаграмм?|инста|signal|facebook|fb)\s*[:：\-]?\s*@[\p{L}\p{N}_.]{3,}",
    )
    .expect("valid regex")
});

/// Runs of digits with the separators phone numbers use.
#[allow(clippy::expect_used)]
static PHONE_CANDIDATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\+?\(?\d(?:[ \u{A0}.\-/()]{0,3}\d)*").expect("valid regex"));

/// Words after which a number is a reference, not a phone number.
#[allow(clippy::expect_used)]
static REFERENCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:order|orders|pedido|pedidos|заказ\w*|commande|zam[oó]wieni\w*|pesanan|invoice|factura|fatura|nota fiscal|tracking|track|rastreio|rastreamento|seguimiento|envío|suivi|colis|przesy[lł]k\w*|paczk\w*|resi|трек\w*|посылк\w*|отправлени\w*|sku|item|art[ií]culo|artigo|lote|cpf|cnpj|инн|nip|npwp|nik|ref\w*|ticket|protocolo|id)\b[^\n\p{N}]{0,15}$",
    )
    .expect("valid regex")
});

#[allow(clippy::expect_used)]
static CURRENCY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:[$€₽£¥]|zł|r\$|rp\.?|руб\.?|usd|eur|brl|rub|pln|idr|cny)\s?$")
        .expect("valid regex")
});

#[allow(clippy::expect_used)]
static CURRENCY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s?(?:[$€₽£¥]|zł|zl\b|r\$|rp\b|руб|р\.|usd|eur|brl|rub|pln|idr|cny|reais|real\b|euros?\b|dólares|dollars?\b|rupiah|rubl|złot)")
        .expect("valid regex")
});

#[allow(clippy::expect_used)]
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2}|(?:19|20)\d{2}[./\-]\d{1,2}[./\-]\d{1,2})\b")
        .expect("valid regex")
});

/// Whether the digits (no separators) fit a national phone number of one of
/// our markets.
fn national_shape(d: &str) -> bool {
    let b = d.as_bytes();
    let n = b.len();
    let at = |i: usize| b.get(i).copied().unwrap_or(b'0');
    // BR: DDD (11-99) + 8 digits, or + 9 and 8 digits for mobiles.
    let br = (n == 10 || (n == 11 && at(2) == b'9')) && at(0) != b'0' && at(1) != b'0';
    // RU: 8 or 7, then a 3-digit code starting 3, 4, 8 or 9.
    let ru = n == 11 && matches!(at(0), b'7' | b'8') && matches!(at(1), b'3' | b'4' | b'8' | b'9');
    // ES: 9 digits starting 6, 7, 8 or 9. PL: 9 digits, mobiles and
    // landlines start 1-8 (never 0).
    let es_pl = n == 9 && at(0) != b'0';
    // FR: 0 then 1-9 then 8 digits.
    let fr = n == 10 && at(0) == b'0' && at(1) != b'0';
    // ID: 08… mobiles, 10-13 digits; 0 + area code landlines 9-11.
    let id = (10..=13).contains(&n) && at(0) == b'0' && at(1) == b'8';
    // US: NXX NXX XXXX, optionally with a leading 1.
    let us10 = |o: usize| at(o) >= b'2' && at(o + 3) >= b'2';
    let us = (n == 10 && us10(0)) || (n == 11 && at(0) == b'1' && us10(1));
    br || ru || es_pl || fr || id || us
}

/// Whether a digit run (already bounded) is a phone number.
fn is_phone(text: &str, start: usize, end: usize) -> bool {
    let cand = &text[start..end];
    let digits: String = cand.chars().filter(char::is_ascii_digit).collect();
    let before = &text[..start];
    let after = &text[end..];
    let prev = before.chars().next_back();
    let next = after.chars().next();
    // Part of a word or code: RR473124829DE, SK-10234, #10234, v2.1234567
    // (`tel.+48…` is fine: a + starts a number).
    let plus = cand.starts_with('+');
    if prev.is_some_and(|c| {
        c.is_alphanumeric()
            || (!plus && matches!(c, '#' | '_' | '-' | '/' | '@' | '.' | '&' | '=' | '№'))
    }) || next.is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '%' | '/' | '@'))
    {
        return false;
    }
    // 1 234,56 — a decimal fraction follows.
    let mut rest = after.chars();
    if matches!(rest.next(), Some(',' | '.')) && rest.next().is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    let window_start = before.char_indices().rev().nth(39).map_or(0, |(i, _)| i);
    if REFERENCE_BEFORE.is_match(&before[window_start..]) {
        return false;
    }
    if CURRENCY_BEFORE.is_match(&before[window_start..]) || CURRENCY_AFTER.is_match(after) {
        return false;
    }
    if DATE.is_match(cand) {
        return false;
    }
    let international =
        cand.starts_with('+') || (cand.starts_with("00") && !cand.starts_with("000"));
    if international {
        return (8..=15).contains(&digits.len());
    }
    let groups: Vec<&str> = cand
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    // 36 38 40 42 — a list of sizes or quantities (a French 0X XX XX XX XX
    // starts with 0 and stays a phone number).
    if groups.len() >= 3 && groups.iter().all(|g| g.len() <= 2) && !cand.starts_with('0') {
        // … unless it is a number spelled out digit by digit.
        return groups.len() >= 9 && groups.iter().all(|g| g.len() == 1);
    }
    if groups.len() == 1 {
        return national_shape(&digits);
    }
    // 3.14159265 — one decimal point is a decimal number.
    if groups.len() == 2 && cand.matches(['.', ',']).count() == 1 && !cand.contains([' ', '-', '('])
    {
        return false;
    }
    // BR landline without area code: 3456-7890 (not a span of years).
    if groups.len() == 2 && groups[0].len() == 4 && groups[1].len() == 4 && cand.contains('-') {
        let year = |g: &str| g.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y));
        return !(year(groups[0]) && year(groups[1]));
    }
    (9..=13).contains(&digits.len())
}

/// Text without invisible characters, with each kept byte's original offset.
fn visible(text: &str) -> (String, Vec<usize>) {
    let mut clean = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        if invisible(c).is_some() && c != '\u{0}' {
            continue;
        }
        for k in 0..c.len_utf8() {
            map.push(i + k);
        }
        clean.push(c);
    }
    map.push(text.len());
    (clean, map)
}

fn utf16_offset(text: &str, byte: usize) -> usize {
    text[..byte].encode_utf16().count()
}

/// Checks `text` against `rules`: every forbidden contact detail, in text
/// order. Overlapping finds keep the most specific (an e-mail address over
/// the domain in it, a messenger link over the phone number in it), and a
/// number inside an allowed link is not reported.
pub fn check(text: &str, rules: &Rules) -> Vec<Violation> {
    let (clean, map) = visible(text);
    // (priority, start, end, code or None when allowed)
    let mut found: Vec<(u8, usize, usize, Option<ViolationCode>)> = Vec::new();

    for m in MESSENGER_HANDLE.find_iter(&clean) {
        // The keyword must start a word (not "online @...").
        let prev = clean[..m.start()].chars().next_back();
        if prev.is_none_or(|c| !c.is_alphanumeric()) {
            found.push((0, m.start(), m.end(), Some(ViolationCode::Messenger)));
        }
    }
    for m in EMAIL.find_iter(&clean) {
        // `name @ host.tld` with spaces only when the TLD is a real one.
        let spaced = m.as_str().contains(char::is_whitespace);
        let tld = m.as_str().rsplit('.').next().unwrap_or("").to_lowercase();
        if !spaced || is_tld(&tld) {
            found.push((0, m.start(), m.end(), Some(ViolationCode::Email)));
        }
    }
    for c in OBFUSCATED_EMAIL.captures_iter(&clean) {
        let Some(m) = c.get(0) else { continue };
        let bracketed = c.name("bat").is_some() || c.name("bdot").is_some();
        let word_dot = c.name("wdot").is_some();
        let tld = c.name("tld").map_or("", |t| t.as_str()).to_lowercase();
        let domain = c.name("domain").map_or("", |t| t.as_str()).to_lowercase();
        let plain_at = c.name("wat").is_some();
        let is_email = bracketed
            || (word_dot && is_tld(&tld))
            || (plain_at
                && c.name("pdot").is_some()
                && PROVIDERS.contains(&domain.as_str())
                && is_tld(&tld));
        if is_email {
            found.push((0, m.start(), m.end(), Some(ViolationCode::Email)));
        }
    }
    for m in MESSENGER_SCHEME.find_iter(&clean) {
        let lower = m.as_str().to_lowercase();
        let code = if lower.starts_with("mailto:") {
            ViolationCode::Email
        } else if lower.starts_with("tel:") || lower.starts_with("sms:") {
            ViolationCode::Phone
        } else {
            ViolationCode::Messenger
        };
        // Ahead of the address or number inside it.
        found.push((0, m.start(), m.end(), Some(code)));
    }
    let chars: Vec<(usize, char)> = clean.char_indices().collect();
    let only: Vec<char> = chars.iter().map(|&(_, c)| c).collect();
    let byte_at = |ci: usize| chars.get(ci).map_or(clean.len(), |&(b, _)| b);
    for link in find_links(&only) {
        let (host, _) = host_of(&link.href);
        let host_l = host.to_lowercase();
        let messenger = MESSENGER_HOSTS
            .iter()
            .any(|h| host_l == *h || host_l.ends_with(&format!(".{h}")));
        let code = if messenger {
            Some(ViolationCode::Messenger)
        } else if rules.allows_host(&host) {
            None
        } else {
            Some(ViolationCode::Link)
        };
        found.push((1, byte_at(link.start), byte_at(link.end), code));
    }
    for m in PHONE_CANDIDATE.find_iter(&clean) {
        // Trailing separators and an unmatched ( belong to the sentence.
        let s = m.as_str();
        let trimmed = s.trim_end_matches(|c: char| !c.is_ascii_digit());
        let lead = if trimmed.starts_with('(') && !trimmed.contains(')') {
            1
        } else {
            0
        };
        let (start, end) = (m.start() + lead, m.start() + trimmed.len());
        if end - start >= 8 && is_phone(&clean, start, end) {
            found.push((2, start, end, Some(ViolationCode::Phone)));
        }
    }

    // Most specific first, then earliest, longest.
    found.sort_by_key(|&(p, s, e, _)| (p, s, std::cmp::Reverse(e)));
    let mut kept: Vec<(usize, usize, Option<ViolationCode>)> = Vec::new();
    for (_, s, e, code) in found {
        if kept.iter().all(|&(ks, ke, _)| e <= ks || s >= ke) {
            kept.push((s, e, code));
        }
    }
    kept.sort_by_key(|&(s, _, _)| s);
    kept.into_iter()
        .filter_map(|(s, e, code)| {
            let code = code.filter(|c| rules.forbids(*c))?;
            let (start, end) = (map[s], map[e]);
            // Keep invisible characters right after the match out of it.
            let end = if e < clean.len() { end } else { text.len() };
            let end = text[..end]
                .trim_end_matches(|c| invisible(c).is_some())
                .len()
                .max(start);
            Some(Violation {
                code,
                start,
                end,
                utf16_start: utf16_offset(text, start),
                utf16_end: utf16_offset(text, end),
                matched: text[start..end].to_owned(),
            })
        })
        .collect()
}
