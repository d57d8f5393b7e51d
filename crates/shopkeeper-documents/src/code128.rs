//! Code 128 encoder: code set B for text, code set C for runs of digit pairs, with the
//! switches placed where they shorten the symbol, and the modulo-103 checksum.
//!
//! The output is a list of bar/space widths in modules; [`Code128::modules`] gives its
//! total so callers can snap the module width to whole printer dots (ZPL) or to a whole
//! multiple of a base unit (PDF) and check the quiet zone fits.

use crate::error::{DocError, Result};

/// Bar/space widths of symbol values 0..=105, each 6 elements (bar first) summing to 11.
const PATTERNS: [&str; 106] = [
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212",
    "221213", "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221",
    "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122", "321221",
    "312212", "322112", "322211", "212123", "212321", "232121", "111323", "131123", "131321",
    "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331", "132131",
    "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131",
    "311123", "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111",
    "111224", "111422", "121124", "121421", "141122", "141221", "112214", "112412", "122114",
    "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111", "111242",
    "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232",
];
/// Stop pattern including the final 2-module bar (13 modules).
const STOP: &str = "2331112";

const CODE_C: u8 = 99;
const CODE_B: u8 = 100;
const START_B: u8 = 104;
const START_C: u8 = 105;

/// Minimum quiet zone each side, in modules.
pub const QUIET_ZONE_MODULES: u32 = 10;

/// One symbol in the data stream, kept for ZPL (which takes invocation codes, not values).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Start in code set B.
    StartB,
    /// Start in code set C.
    StartC,
    /// Switch to code set C.
    ToC,
    /// Switch to code set B.
    ToB,
    /// A printable ASCII character in set B.
    Char(u8),
    /// Two digits in set C.
    Pair(u8, u8),
}

/// An encoded Code 128 symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code128 {
    /// Symbol values including start and checksum, without stop.
    pub values: Vec<u8>,
    /// The data as code-set parts (start, switches, characters, pairs).
    pub parts: Vec<Part>,
}

fn digit_run(b: &[u8], i: usize) -> usize {
    b[i..].iter().take_while(|c| c.is_ascii_digit()).count()
}

impl Code128 {
    /// Encodes printable ASCII (32..=126). Digit runs of 4 or more (or a whole value of
    /// 2+ digits in even count) go in set C; an odd run sends its first digit in set B.
    pub fn encode(data: &str) -> Result<Code128> {
        let b = data.as_bytes();
        if b.is_empty() || !b.iter().all(|c| (32..=126).contains(c)) {
            return Err(DocError::TrackingInvalid {
                value: data.to_owned(),
            });
        }
        let mut parts = Vec::new();
        let mut in_c;
        let lead = digit_run(b, 0);
        let mut i = 0;
        if lead >= 2 && lead.is_multiple_of(2) && (lead == b.len() || lead >= 4) {
            parts.push(Part::StartC);
            in_c = true;
        } else {
            parts.push(Part::StartB);
            in_c = false;
        }
        while i < b.len() {
            let run = digit_run(b, i);
            if in_c {
                if run >= 2 {
                    parts.push(Part::Pair(b[i] - b'0', b[i + 1] - b'0'));
                    i += 2;
                    continue;
                }
                parts.push(Part::ToB);
                in_c = false;
                continue;
            }
            // In set B: switch to C for a run of at least 4 digits (an odd run keeps
            // its first digit in B so the rest pairs up).
            if run >= 4 {
                if run % 2 == 1 {
                    parts.push(Part::Char(b[i]));
                    i += 1;
                }
                parts.push(Part::ToC);
                in_c = true;
                continue;
            }
            parts.push(Part::Char(b[i]));
            i += 1;
        }
        let mut values: Vec<u8> = parts
            .iter()
            .map(|p| match p {
                Part::StartB => START_B,
                Part::StartC => START_C,
                Part::ToC => CODE_C,
                Part::ToB => CODE_B,
                Part::Char(c) => c - 32,
                Part::Pair(a, b) => a * 10 + b,
            })
            .collect();
        let sum: u32 = values
            .iter()
            .enumerate()
            .map(|(i, v)| u32::from(*v) * (i.max(1) as u32))
            .sum();
        values.push((sum % 103) as u8);
        Ok(Code128 { values, parts })
    }

    /// Bar and space widths in modules, bar first, stop included.
    pub fn widths(&self) -> Vec<u8> {
        let mut w = Vec::with_capacity(self.values.len() * 6 + 7);
        for v in &self.values {
            w.extend(PATTERNS[*v as usize].bytes().map(|c| c - b'0'));
        }
        w.extend(STOP.bytes().map(|c| c - b'0'));
        w
    }

    /// Width of the symbol in modules, without quiet zones.
    pub fn modules(&self) -> u32 {
        self.values.len() as u32 * 11 + 13
    }

    /// Width with a quiet zone of [`QUIET_ZONE_MODULES`] on each side.
    pub fn modules_with_quiet_zone(&self) -> u32 {
        self.modules() + 2 * QUIET_ZONE_MODULES
    }

    /// Bars as `(start, width)` in modules from the symbol's left edge.
    pub fn bars(&self) -> Vec<(u32, u32)> {
        let mut x = 0u32;
        let mut out = Vec::new();
        for (i, w) in self.widths().into_iter().enumerate() {
            if i % 2 == 0 {
                out.push((x, u32::from(w)));
            }
            x += u32::from(w);
        }
        out
    }
}

/// Narrowest module scanners read reliably on a shipping label (0.19 mm, the usual
/// Code 128 minimum X-dimension), in whole dots at `dpi`: 2 at 203 dpi, 3 at 300 dpi.
pub fn min_module_dots(dpi: u32) -> u32 {
    (19 * dpi).div_ceil(2540)
}

/// The largest whole number of `unit`s per module such that the symbol plus its quiet
/// zones fits in `available` (same unit as `unit`), capped at `max_units`; `None` if
/// even one unit per module does not fit.
pub fn snap_module(total_modules: u32, available: f64, unit: f64, max_units: u32) -> Option<u32> {
    let k = (available / (f64::from(total_modules) * unit)).floor();
    if k < 1.0 {
        return None;
    }
    Some((k as u32).min(max_units))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_has_eleven_modules_and_even_bars() {
        for p in PATTERNS {
            let w: Vec<u32> = p.bytes().map(|c| u32::from(c - b'0')).collect();
            assert_eq!(w.iter().sum::<u32>(), 11, "{p}");
            assert_eq!((w[0] + w[2] + w[4]) % 2, 0, "bars of {p} are even");
        }
        assert_eq!(STOP.bytes().map(|c| u32::from(c - b'0')).sum::<u32>(), 13);
    }

    #[test]
    fn known_value_code128_in_set_b() {
        // Start B, C O D E 1 2 8 -> checksum from the standard worked example.
        let c = Code128::encode("CODE128").expect("ascii");
        // 'CODE' in B, then "128" is a 3-digit run: stays in B.
        assert_eq!(c.values[0], START_B);
        let data: Vec<u8> = c.values[1..c.values.len() - 1].to_vec();
        assert_eq!(data, vec![35, 47, 36, 37, 17, 18, 24]);
        let sum: u32 = 104 + 35 + 2 * 47 + 3 * 36 + 4 * 37 + 5 * 17 + 6 * 18 + 7 * 24;
        assert_eq!(u32::from(*c.values.last().expect("checksum")), sum % 103);
    }

    #[test]
    fn even_digit_runs_use_set_c() {
        let c = Code128::encode("123456").expect("digits");
        assert_eq!(
            c.values,
            vec![START_C, 12, 34, 56, {
                let s = 105 + 12 + 2 * 34 + 3 * 56;
                (s % 103) as u8
            }]
        );
        assert_eq!(c.modules(), 5 * 11 + 13);
    }

    #[test]
    fn s10_switches_b_c_b_with_odd_run_leading_digit_in_b() {
        let c = Code128::encode("RR473124829DE").expect("ascii");
        assert_eq!(
            c.parts,
            vec![
                Part::StartB,
                Part::Char(b'R'),
                Part::Char(b'R'),
                Part::Char(b'4'),
                Part::ToC,
                Part::Pair(7, 3),
                Part::Pair(1, 2),
                Part::Pair(4, 8),
                Part::Pair(2, 9),
                Part::ToB,
                Part::Char(b'D'),
                Part::Char(b'E'),
            ]
        );
        // Shorter than the 13 characters all in set B.
        assert!(c.values.len() < 13 + 2);
    }

    #[test]
    fn short_digit_runs_stay_in_b() {
        let c = Code128::encode("AB12C").expect("ascii");
        assert!(!c.parts.contains(&Part::ToC));
    }

    #[test]
    fn non_printable_is_refused() {
        assert!(Code128::encode("AB\u{7}").is_err());
        assert!(Code128::encode("").is_err());
        assert!(Code128::encode("ЖЖ").is_err());
    }

    #[test]
    fn widths_start_with_a_bar_and_sum_to_modules() {
        let c = Code128::encode("LX123456789CN").expect("ascii");
        let w = c.widths();
        assert_eq!(w.iter().map(|x| u32::from(*x)).sum::<u32>(), c.modules());
        assert_eq!(w.len() % 2, 1, "ends with the stop's final bar");
    }

    #[test]
    fn snapping_is_whole_units() {
        // 154 modules in 812 - 2*20 dots at 1 dot per unit -> 5 dots per module.
        assert_eq!(snap_module(154, 772.0, 1.0, 10), Some(5));
        assert_eq!(snap_module(154, 100.0, 1.0, 10), None);
        assert_eq!(snap_module(10, 1000.0, 1.0, 4), Some(4));
        assert_eq!(min_module_dots(203), 2);
        assert_eq!(min_module_dots(300), 3);
        assert_eq!(min_module_dots(600), 5);
    }
}
