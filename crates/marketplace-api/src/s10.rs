//! UPU S10 item identifiers (postal tracking numbers), e.g. `RR473124829DE`.
//!
//! Format: 2 service-indicator letters, an 8-digit serial number, a check digit and the
//! 2-letter ISO 3166-1 code of the issuing country. The check digit is computed over the
//! serial with weights 8,6,4,2,3,5,9,7: `C = 11 - (sum mod 11)`, where 10 becomes 0 and
//! 11 becomes 5.

use thiserror::Error;

const WEIGHTS: [u32; 8] = [8, 6, 4, 2, 3, 5, 9, 7];

/// Why a string is not a valid S10 identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum S10Error {
    #[error("an S10 tracking number has 13 characters")]
    Length,
    #[error("an S10 tracking number starts with two letters A-Z")]
    ServiceIndicator,
    #[error("an S10 tracking number has 9 digits after the service indicator")]
    Digits,
    #[error("the S10 check digit does not match the serial number")]
    CheckDigit,
    #[error("an S10 tracking number ends with a two-letter country code")]
    Country,
}

impl S10Error {
    /// Machine-readable code for error bodies.
    pub fn code(self) -> &'static str {
        match self {
            S10Error::CheckDigit => "s10-check-digit",
            _ => "s10-format",
        }
    }
}

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

/// Validates an S10 identifier (upper-case, no spaces).
pub fn validate(id: &str) -> Result<(), S10Error> {
    let b = id.as_bytes();
    if b.len() != 13 {
        return Err(S10Error::Length);
    }
    if !b[..2].iter().all(u8::is_ascii_uppercase) {
        return Err(S10Error::ServiceIndicator);
    }
    if !b[2..11].iter().all(u8::is_ascii_digit) {
        return Err(S10Error::Digits);
    }
    if !b[11..].iter().all(u8::is_ascii_uppercase) {
        return Err(S10Error::Country);
    }
    let mut serial = [0u8; 8];
    for (i, d) in b[2..10].iter().enumerate() {
        serial[i] = d - b'0';
    }
    if check_digit(serial) != b[10] - b'0' {
        return Err(S10Error::CheckDigit);
    }
    Ok(())
}

/// `true` when `id` is a valid S10 identifier.
pub fn is_valid(id: &str) -> bool {
    validate(id).is_ok()
}

/// Builds a valid S10 identifier from its parts (used by simulators and tests).
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
    is_valid(&id).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upu_example_is_valid() {
        assert_eq!(validate("RR473124829DE"), Ok(()));
    }

    #[test]
    fn wrong_check_digit_is_refused() {
        assert_eq!(validate("RR473124828DE"), Err(S10Error::CheckDigit));
    }

    #[test]
    fn shapes_are_checked() {
        assert_eq!(validate("RR47312482DE"), Err(S10Error::Length));
        assert_eq!(validate("rr473124829DE"), Err(S10Error::ServiceIndicator));
        assert_eq!(validate("RR4731248X9DE"), Err(S10Error::Digits));
        assert_eq!(validate("RR473124829D1"), Err(S10Error::Country));
        assert_eq!(validate(""), Err(S10Error::Length));
        assert_eq!(validate("RR473124829DÉ"), Err(S10Error::Length));
    }

    #[test]
    fn remainders_ten_and_eleven_map_to_zero_and_five() {
        // sum mod 11 == 1 -> C = 10 -> 0; sum mod 11 == 0 -> C = 11 -> 5.
        // serial 00000001: sum = 7 -> C = 4.
        assert_eq!(check_digit([0, 0, 0, 0, 0, 0, 0, 1]), 4);
        // serial 00000000: sum 0 -> 11 -> 5.
        assert_eq!(check_digit([0; 8]), 5);
        // serial 00000300: 3*9 = 27 -> 27 mod 11 = 5 -> 6; 00001000: 3 -> 8;
        // serial 00000002 + 00000010: 14 + 9 = 23 -> 1 -> 10 -> 0.
        assert_eq!(check_digit([0, 0, 0, 0, 0, 0, 1, 2]), 0);
    }

    #[test]
    fn make_round_trips() {
        let id = make("EE", 12_345_678, "BR").expect("valid parts");
        assert!(is_valid(&id));
        assert_eq!(&id[..2], "EE");
        assert_eq!(&id[11..], "BR");
    }
}
