//! Addresses laid out the way the destination's post reads them (UPU S42 practice):
//! recipient first, locality line in the national order, the destination country in
//! capitals in English on the last line. China is written large-to-small.

use crate::error::{DocError, Result};
use crate::model::Address;

/// One printed line and the field it came from (for glyph errors).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Field name for errors, e.g. `recipient.city`.
    pub field: String,
    /// Text.
    pub text: String,
}

/// Line breaks, tabs and runs of spaces pasted into one field print as one space.
fn line(prefix: &str, field: &str, text: impl Into<String>) -> Line {
    let text: String = text.into();
    Line {
        field: format!("{prefix}.{field}"),
        text: text.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

fn present(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// English country names in capitals for the last address line.
pub fn country_name(code: &str) -> Option<&'static str> {
    Some(match code {
        "BR" => "BRAZIL",
        "RU" => "RUSSIAN FEDERATION",
        "ES" => "SPAIN",
        "ID" => "INDONESIA",
        "FR" => "FRANCE",
        "PL" => "POLAND",
        "US" => "UNITED STATES",
        "CN" => "CHINA",
        "DE" => "GERMANY",
        "GB" => "UNITED KINGDOM",
        "IT" => "ITALY",
        "NL" => "NETHERLANDS",
        "BE" => "BELGIUM",
        "PT" => "PORTUGAL",
        "MX" => "MEXICO",
        "CA" => "CANADA",
        "AU" => "AUSTRALIA",
        "JP" => "JAPAN",
        "KR" => "KOREA, REPUBLIC OF",
        "VN" => "VIET NAM",
        "TR" => "TURKEY",
        "UA" => "UKRAINE",
        "KZ" => "KAZAKHSTAN",
        "BY" => "BELARUS",
        "CL" => "CHILE",
        "AR" => "ARGENTINA",
        "CO" => "COLOMBIA",
        "IL" => "ISRAEL",
        "SA" => "SAUDI ARABIA",
        "AE" => "UNITED ARAB EMIRATES",
        "IN" => "INDIA",
        "TH" => "THAILAND",
        "MY" => "MALAYSIA",
        "PH" => "PHILIPPINES",
        "SG" => "SINGAPORE",
        "HK" => "HONG KONG",
        "TW" => "TAIWAN",
        "CZ" => "CZECHIA",
        "SE" => "SWEDEN",
        "AT" => "AUSTRIA",
        "CH" => "SWITZERLAND",
        "IE" => "IRELAND",
        "GR" => "GREECE",
        "RO" => "ROMANIA",
        "HU" => "HUNGARY",
        _ => return None,
    })
}

fn digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `code` has the shape the country's post uses; `true` where unknown.
pub fn postal_code_ok(country: &str, code: &str) -> bool {
    let c = code.trim();
    let b = c.as_bytes();
    match country {
        "BR" => {
            (c.len() == 9 && b[5] == b'-' && digits(&c[..5]) && digits(&c[6..]))
                || (c.len() == 8 && digits(c))
        }
        "US" => {
            (c.len() == 5 && digits(c))
                || (c.len() == 10 && b[5] == b'-' && digits(&c[..5]) && digits(&c[6..]))
        }
        "RU" | "CN" | "KZ" | "BY" => c.len() == 6 && digits(c),
        "ES" | "FR" | "ID" | "DE" | "IT" | "MX" => c.len() == 5 && digits(c),
        "PL" => c.len() == 6 && b[2] == b'-' && digits(&c[..2]) && digits(&c[3..]),
        _ => !c.is_empty(),
    }
}

fn country_ok(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Checks the fields every label needs. `prefix` names the party (`recipient`, `sender`).
pub fn validate(a: &Address, prefix: &str) -> Result<()> {
    let missing = |f: &str| DocError::AddressFieldMissing {
        field: format!("{prefix}.{f}"),
    };
    if a.name.trim().is_empty() {
        return Err(missing("name"));
    }
    if a.street.iter().all(|s| s.trim().is_empty()) {
        return Err(missing("street"));
    }
    if a.city.trim().is_empty() {
        return Err(missing("city"));
    }
    if !country_ok(&a.country) {
        return Err(DocError::CountryInvalid {
            field: format!("{prefix}.country"),
            value: a.country.clone(),
        });
    }
    if matches!(a.country.as_str(), "US" | "BR") && present(&a.region).is_none() {
        return Err(missing("region"));
    }
    let needs_postal = matches!(
        a.country.as_str(),
        "BR" | "RU" | "ES" | "ID" | "FR" | "PL" | "US" | "CN" | "DE" | "IT" | "MX" | "KZ" | "BY"
    );
    if a.postal_code.trim().is_empty() {
        if needs_postal {
            return Err(missing("postal_code"));
        }
    } else if !postal_code_ok(&a.country, &a.postal_code) {
        return Err(DocError::PostalCodeInvalid {
            country: a.country.clone(),
            value: a.postal_code.clone(),
        });
    }
    Ok(())
}

/// The address as printed lines for a destination in `a.country`. `with_country` adds the
/// country line (international mail); call [`validate`] first.
pub fn layout(a: &Address, prefix: &str, with_country: bool) -> Vec<Line> {
    let p = prefix;
    let postal = a.postal_code.trim();
    let city = a.city.trim();
    let mut out = Vec::new();
    let street: Vec<Line> = a
        .street
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|s| line(p, "street", s))
        .collect();
    let name_lines = |out: &mut Vec<Line>| {
        out.push(line(p, "name", a.name.trim()));
        if let Some(c) = present(&a.company) {
            out.push(line(p, "company", c));
        }
    };
    let han = |t: &str| {
        t.chars()
            .any(|c| matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF))
    };
    // Chinese script is written large to small; a Chinese address in Latin letters is
    // written like any international one.
    let chinese_order = a.country == "CN" && (han(&a.city) || a.street.iter().any(|s| han(s)));
    match a.country.as_str() {
        "CN" if chinese_order => {
            // Large to small: region city district, street, then the addressee.
            let mut top = String::new();
            if let Some(r) = present(&a.region) {
                top.push_str(r);
            }
            if top != city {
                top.push_str(city);
            }
            if let Some(d) = present(&a.district) {
                top.push_str(d);
            }
            out.push(line(p, "city", top));
            out.extend(street);
            name_lines(&mut out);
            out.push(line(p, "postal_code", postal));
        }
        "RU" => {
            // Russian Post: addressee, street/house/flat, locality, region, postal code.
            name_lines(&mut out);
            out.extend(street);
            if let Some(d) = present(&a.district) {
                out.push(line(p, "district", d));
            }
            out.push(line(p, "city", city));
            if let Some(r) = present(&a.region) {
                out.push(line(p, "region", r));
            }
            out.push(line(p, "postal_code", postal));
        }
        "BR" => {
            // Correios: street, number; bairro; city - UF; CEP.
            name_lines(&mut out);
            out.extend(street);
            if let Some(d) = present(&a.district) {
                out.push(line(p, "district", d));
            }
            let uf = present(&a.region).unwrap_or_default();
            out.push(line(p, "city", format!("{city} - {uf}")));
            let cep = if postal.len() == 8 {
                format!("{}-{}", &postal[..5], &postal[5..])
            } else {
                postal.to_owned()
            };
            out.push(line(p, "postal_code", format!("CEP {cep}")));
        }
        "US" => {
            name_lines(&mut out);
            out.extend(street);
            let st = present(&a.region).unwrap_or_default();
            out.push(line(
                p,
                "city",
                format!("{} {st} {postal}", city.to_uppercase()),
            ));
        }
        "ID" => {
            // Street; kelurahan/kecamatan; city; province + postal code.
            name_lines(&mut out);
            out.extend(street);
            if let Some(d) = present(&a.district) {
                out.push(line(p, "district", d));
            }
            out.push(line(p, "city", city));
            match present(&a.region) {
                Some(r) => out.push(line(p, "region", format!("{r} {postal}"))),
                None => out.push(line(p, "postal_code", postal)),
            }
        }
        "FR" => {
            // La Poste: postal code then locality in capitals.
            name_lines(&mut out);
            out.extend(street);
            if let Some(d) = present(&a.district) {
                out.push(line(p, "district", d));
            }
            out.push(line(p, "city", format!("{postal} {}", city.to_uppercase())));
        }
        "ES" | "PL" | "DE" | "IT" | "PT" | "NL" | "BE" | "AT" | "CH" | "CZ" | "SE" => {
            name_lines(&mut out);
            out.extend(street);
            if let Some(d) = present(&a.district) {
                out.push(line(p, "district", d));
            }
            out.push(line(p, "city", format!("{postal} {city}")));
            if let Some(r) = present(&a.region).filter(|r| *r != city) {
                out.push(line(p, "region", r));
            }
        }
        _ => {
            name_lines(&mut out);
            out.extend(street);
            if let Some(d) = present(&a.district) {
                out.push(line(p, "district", d));
            }
            let mut l = city.to_owned();
            if let Some(r) = present(&a.region) {
                l.push(' ');
                l.push_str(r);
            }
            if !postal.is_empty() {
                l.push(' ');
                l.push_str(postal);
            }
            out.push(line(p, "city", l));
        }
    }
    if with_country {
        let name = country_name(&a.country).unwrap_or(a.country.as_str());
        out.push(line(p, "country", name));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(country: &str) -> Address {
        Address {
            name: "Ana Souza".into(),
            street: vec!["Rua das Flores, 123".into()],
            district: Some("Centro".into()),
            city: "São Paulo".into(),
            region: Some("SP".into()),
            postal_code: "01001000".into(),
            country: country.into(),
            ..Address::default()
        }
    }

    fn texts(a: &Address) -> Vec<String> {
        layout(a, "recipient", true)
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn brazil_has_city_dash_uf_and_cep() {
        let a = addr("BR");
        validate(&a, "recipient").expect("valid");
        assert_eq!(
            texts(&a),
            [
                "Ana Souza",
                "Rua das Flores, 123",
                "Centro",
                "São Paulo - SP",
                "CEP 01001-000",
                "BRAZIL"
            ]
        );
    }

    #[test]
    fn france_puts_postal_code_before_city_in_capitals() {
        let a = Address {
            name: "Jean Dupont".into(),
            street: vec!["12 rue de la Paix".into()],
            city: "Paris".into(),
            postal_code: "75002".into(),
            country: "FR".into(),
            ..Address::default()
        };
        validate(&a, "recipient").expect("valid");
        assert_eq!(
            texts(&a),
            ["Jean Dupont", "12 rue de la Paix", "75002 PARIS", "FRANCE"]
        );
    }

    #[test]
    fn us_city_state_zip_on_one_line() {
        let a = Address {
            name: "John Roe".into(),
            street: vec!["1 Main St".into()],
            city: "Springfield".into(),
            region: Some("IL".into()),
            postal_code: "62701".into(),
            country: "US".into(),
            ..Address::default()
        };
        validate(&a, "recipient").expect("valid");
        assert_eq!(
            texts(&a),
            [
                "John Roe",
                "1 Main St",
                "SPRINGFIELD IL 62701",
                "UNITED STATES"
            ]
        );
    }

    #[test]
    fn russia_ends_with_region_and_postal_code() {
        let a = Address {
            name: "Иванов Иван".into(),
            street: vec!["ул. Ленина, д. 5, кв. 12".into()],
            city: "Казань".into(),
            region: Some("Республика Татарстан".into()),
            postal_code: "420111".into(),
            country: "RU".into(),
            ..Address::default()
        };
        validate(&a, "recipient").expect("valid");
        assert_eq!(
            texts(&a),
            [
                "Иванов Иван",
                "ул. Ленина, д. 5, кв. 12",
                "Казань",
                "Республика Татарстан",
                "420111",
                "RUSSIAN FEDERATION"
            ]
        );
    }

    #[test]
    fn china_is_large_to_small() {
        let a = Address {
            name: "张伟".into(),
            street: vec!["中关村大街1号".into()],
            district: Some("海淀区".into()),
            city: "北京市".into(),
            region: Some("北京市".into()),
            postal_code: "100080".into(),
            country: "CN".into(),
            ..Address::default()
        };
        validate(&a, "recipient").expect("valid");
        assert_eq!(
            texts(&a),
            ["北京市海淀区", "中关村大街1号", "张伟", "100080", "CHINA"]
        );
    }

    #[test]
    fn china_in_latin_letters_is_small_to_large() {
        let a = Address {
            name: "Li Wei".into(),
            street: vec!["88 Wensan Road".into()],
            city: "Hangzhou".into(),
            region: Some("Zhejiang".into()),
            postal_code: "310012".into(),
            country: "CN".into(),
            ..Address::default()
        };
        assert_eq!(
            texts(&a),
            [
                "Li Wei",
                "88 Wensan Road",
                "Hangzhou Zhejiang 310012",
                "CHINA"
            ]
        );
    }

    #[test]
    fn spain_poland_indonesia() {
        let es = Address {
            name: "Lucía García".into(),
            street: vec!["Calle Mayor 10, 2º B".into()],
            city: "Madrid".into(),
            region: Some("Madrid".into()),
            postal_code: "28013".into(),
            country: "ES".into(),
            ..Address::default()
        };
        assert_eq!(
            texts(&es),
            [
                "Lucía García",
                "Calle Mayor 10, 2º B",
                "28013 Madrid",
                "SPAIN"
            ]
        );
        let pl = Address {
            name: "Zofia Kowalska".into(),
            street: vec!["ul. Długa 5/7".into()],
            city: "Gdańsk".into(),
            postal_code: "80-827".into(),
            country: "PL".into(),
            ..Address::default()
        };
        validate(&pl, "recipient").expect("valid");
        assert_eq!(
            texts(&pl),
            ["Zofia Kowalska", "ul. Długa 5/7", "80-827 Gdańsk", "POLAND"]
        );
        let id = Address {
            name: "Budi Santoso".into(),
            street: vec!["Jl. Sudirman No. 5".into()],
            district: Some("Kebayoran Baru".into()),
            city: "Jakarta Selatan".into(),
            region: Some("DKI Jakarta".into()),
            postal_code: "12190".into(),
            country: "ID".into(),
            ..Address::default()
        };
        validate(&id, "recipient").expect("valid");
        assert_eq!(
            texts(&id),
            [
                "Budi Santoso",
                "Jl. Sudirman No. 5",
                "Kebayoran Baru",
                "Jakarta Selatan",
                "DKI Jakarta 12190",
                "INDONESIA"
            ]
        );
    }

    #[test]
    fn pasted_line_breaks_and_tabs_become_spaces() {
        let mut a = addr("BR");
        a.street = vec!["Rua das Flores,\n123\t apto 4".into()];
        assert_eq!(texts(&a)[1], "Rua das Flores, 123 apto 4");
    }

    #[test]
    fn missing_and_malformed_fields_are_named() {
        let mut a = addr("BR");
        a.city = " ".into();
        assert_eq!(
            validate(&a, "recipient"),
            Err(DocError::AddressFieldMissing {
                field: "recipient.city".into()
            })
        );
        let mut a = addr("BR");
        a.region = None;
        assert_eq!(
            validate(&a, "recipient").map_err(|e| e.code()),
            Err("address-field-missing")
        );
        let mut a = addr("PL");
        a.postal_code = "80827".into();
        assert_eq!(
            validate(&a, "recipient").map_err(|e| e.code()),
            Err("address-postal-code-invalid")
        );
        let mut a = addr("BR");
        a.country = "Brasil".into();
        assert_eq!(
            validate(&a, "recipient").map_err(|e| e.code()),
            Err("address-country-invalid")
        );
        let mut a = addr("BR");
        a.postal_code = String::new();
        assert_eq!(
            validate(&a, "recipient").map_err(|e| e.code()),
            Err("address-field-missing")
        );
    }
}
