//! Text preparation for the FTS5 index (`listing_search`).
//!
//! The index uses `unicode61 remove_diacritics 2`, which folds case and accents
//! for Latin and Cyrillic words ("cafe" finds "Café"). Chinese and Japanese have
//! no spaces between words, so unicode61 would keep a whole run of ideographs as
//! one token and a search for part of a title would miss. We therefore index
//! every CJK character as a token of its own and search a CJK run as a phrase
//! of single characters: a phrase of adjacent tokens is exactly a substring.

/// Whether `c` is written without spaces between words (Han, kana, Hangul).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF     // Hiragana, Katakana
        | 0x3400..=0x4DBF   // CJK Extension A
        | 0x4E00..=0x9FFF   // CJK Unified Ideographs
        | 0xAC00..=0xD7AF   // Hangul syllables
        | 0xF900..=0xFAFF   // CJK Compatibility Ideographs
        | 0x20000..=0x2FA1F // Extensions B.. and compatibility supplement
    )
}

/// Folds what unicode61's `remove_diacritics` leaves alone but readers treat
/// as the same letter: Russian ё is written е more often than not.
fn fold(c: char) -> char {
    match c {
        'ё' => 'е',
        'Ё' => 'Е',
        other => other,
    }
}

/// The text to index: CJK characters separated by spaces, the rest unchanged.
pub fn index_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars().map(fold) {
        if is_cjk(c) {
            out.push(' ');
            out.push(c);
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// Turns what the user typed into an FTS5 MATCH expression, or `None` when
/// nothing searchable is left. Every term must match (AND); the last Latin or
/// Cyrillic term is a prefix so results follow the typing; a CJK run is a
/// phrase of characters (substring). User input never reaches FTS5 syntax:
/// every term is a quoted string with quotes doubled.
pub fn match_expression(query: &str) -> Option<String> {
    let mut terms: Vec<String> = Vec::new();
    for word in query.split_whitespace() {
        let mut run = String::new();
        let mut run_is_cjk = false;
        let flush = |run: &mut String, cjk: bool, terms: &mut Vec<String>| {
            if run.is_empty() {
                return;
            }
            if cjk {
                let chars: Vec<String> = run.chars().map(String::from).collect();
                terms.push(format!("\"{}\"", chars.join(" ")));
            } else if run.chars().any(char::is_alphanumeric) {
                terms.push(format!("\"{}\"*", run.replace('"', "\"\"")));
            }
            run.clear();
        };
        for c in word.chars().map(fold) {
            let cjk = is_cjk(c);
            if !run.is_empty() && cjk != run_is_cjk {
                flush(&mut run, run_is_cjk, &mut terms);
            }
            run_is_cjk = cjk;
            run.push(c);
        }
        flush(&mut run, run_is_cjk, &mut terms);
    }
    if terms.is_empty() {
        None
    } else {
        Some(terms.join(" AND "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_split_into_single_tokens() {
        assert_eq!(index_text("丝绸围巾 silk"), " 丝  绸  围  巾  silk");
    }

    #[test]
    fn latin_words_become_quoted_prefixes() {
        assert_eq!(
            match_expression("café  scarf").as_deref(),
            Some("\"café\"* AND \"scarf\"*")
        );
    }

    #[test]
    fn cjk_runs_become_character_phrases() {
        assert_eq!(match_expression("丝绸").as_deref(), Some("\"丝 绸\""));
        assert_eq!(
            match_expression("丝绸scarf").as_deref(),
            Some("\"丝 绸\" AND \"scarf\"*")
        );
    }

    #[test]
    fn fts_syntax_in_user_input_is_neutralised() {
        assert_eq!(
            match_expression("a\"b OR").as_deref(),
            Some("\"a\"\"b\"* AND \"OR\"*")
        );
        assert_eq!(match_expression("  -- ** "), None);
        assert_eq!(match_expression(""), None);
    }
}
