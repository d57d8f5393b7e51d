//! The shared list of top-level domains (`data/tlds.txt`).

static TLDS: &str = include_str!("../data/tlds.txt");

/// Whether `label` (already lower case) is a listed top-level domain.
pub(crate) fn is_tld(label: &str) -> bool {
    TLDS.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .any(|l| l == label)
}
