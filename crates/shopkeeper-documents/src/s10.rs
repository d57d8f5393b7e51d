//! UPU S10 item identifiers (postal tracking numbers), e.g. `RR473124829DE`: two
//! service-indicator letters, an 8-digit serial, a check digit and the issuing
//! country's ISO 3166-1 alpha-2 code. Check digit over the serial with weights
//! 8,6,4,2,3,5,9,7: `C = 11 - (sum mod 11)`, where 10 becomes 0 and 11 becomes 5.
//!
//! This is the domain rule (docs/adr/0700): `marketplace-api` keeps its own copy for the
//! wire format, and the documents crate does not depend on the wire format.

use crate::error::{DocError, Result};

const WEIGHTS: [u32; 8] = [8, 6, 4, 2, 3, 5, 9, 7];

/// The check digit for an 8-digit serial number.
pub fn check_digit(serial: [u8; 8]) -> u8 {
    let sum: u32 = serial
        .iter()
        .zip(WEIGHTS)
        .map(|(d, w)| u32::from(*d) * w)
        .sum();
    match 11 - (sum % 11) {
        10 => 0,
        11 => 5,
        c => c as u8,
    }
}

/// Validates an S10 identifier (upper case, no spaces).
pub fn validate(id: &str) -> Result<()> {
    let b = id.as_bytes();
    let format = || DocError::S10Format {
        value: id.to_owned(),
    };
    if b.len() != 13
        || !b[..2].iter().all(u8::is_ascii_uppercase)
        || !b[2..11].iter().all(u8::is_ascii_digit)
        || !b[11..].iter().all(u8::is_ascii_uppercase)
    {
        return Err(format());
    }
    let mut serial = [0u8; 8];
    for (i, d) in b[2..10].iter().enumerate() {
        serial[i] = d - b'0';
    }
    if check_digit(serial) != b[10] - b'0' {
        return Err(DocError::S10CheckDigit {
            value: id.to_owned(),
        });
    }
    Ok(())
}

/// Builds a valid S10 identifier from its parts (tests, demo data).
pub fn make(service: &str, serial: u32, country: &str) -> Option<String> {
    if service.len() != 2 || country.len() != 2 || serial > 99_999_999 {
        return None;
    }
    let s = format!("{serial:08}");
    let mut digits = [0u8; 8];
    for (i, d) in s.bytes().enumerate() {
        digits[i] = d - b'0';
    }
    let id = format!("{service}{s}{}{country}", check_digit(digits));
    validate(&id).is_ok().then_some(id)
}

/// `RR473124829DE` → `RR 473 124 829 DE`, the way posts print it for people.
pub fn human_readable(id: &str) -> String {
    if validate(id).is_err() {
        return id.to_owned();
    }
    format!(
        "{} {} {} {} {}",
        &id[..2],
        &id[2..5],
        &id[5..8],
        &id[8..11],
        &id[11..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upu_published_example_is_valid() {
        assert_eq!(validate("RR473124829DE"), Ok(()));
        assert_eq!(human_readable("RR473124829DE"), "RR 473 124 829 DE");
    }

    #[test]
    fn every_wrong_check_digit_is_refused() {
        for d in (0..=9).filter(|d| *d != 9) {
            let id = format!("RR47312482{d}DE");
            assert_eq!(
                validate(&id).map_err(|e| e.code()),
                Err("tracking-s10-check-digit"),
                "{id}"
            );
        }
    }

    #[test]
    fn shapes_are_refused_as_format_errors() {
        for bad in [
            "",
            "RR47312482DE",
            "rr473124829DE",
            "RR4731248X9DE",
            "RR473124829D1",
            "RR473124829DÉ",
            "RR 473124829DE",
        ] {
            assert_eq!(
                validate(bad).map_err(|e| e.code()),
                Err("tracking-s10-format"),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn remainders_ten_and_eleven_map_to_zero_and_five() {
        // serial 00000000: sum 0 -> 11 -> 5.
        assert_eq!(check_digit([0; 8]), 5);
        // serial 00000012: 1*9 + 2*7 = 23 -> 23 mod 11 = 1 -> 10 -> 0.
        assert_eq!(check_digit([0, 0, 0, 0, 0, 0, 1, 2]), 0);
        // serial 00000001: 7 -> 4.
        assert_eq!(check_digit([0, 0, 0, 0, 0, 0, 0, 1]), 4);
        // The published example: 4*8+7*6+3*4+1*2+2*3+4*5+8*9+2*7 = 200; 200 mod 11 = 2 -> 9.
        assert_eq!(check_digit([4, 7, 3, 1, 2, 4, 8, 2]), 9);
    }

    #[test]
    fn make_round_trips() {
        let id = make("EE", 12_345_678, "BR").expect("valid parts");
        assert_eq!(validate(&id), Ok(()));
        assert_eq!(&id[..2], "EE");
        assert_eq!(&id[11..], "BR");
    }
}
