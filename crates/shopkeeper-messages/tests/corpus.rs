//! The hostile-message corpus shared with the UI (ui/src/lib/safeText.ts):
//! the Rust display splitter must give exactly the expected segments.

use serde::Deserialize;
use shopkeeper_messages::safety::{MessageWarning, SafeText, Segment, sanitize_for_display};

#[derive(Deserialize)]
struct Corpus {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    input: String,
    segments: Vec<Segment>,
    warnings: Vec<MessageWarning>,
}

#[test]
fn every_hostile_case_displays_as_expected() {
    let raw = include_str!("../../../tests/corpus/hostile-messages.json");
    let corpus: Corpus = serde_json::from_str(raw).expect("corpus parses");
    assert!(corpus.cases.len() >= 30, "the corpus keeps its cases");
    let mut failures = Vec::new();
    for case in &corpus.cases {
        let got = sanitize_for_display(&case.input);
        let want = SafeText {
            segments: case.segments.clone(),
            warnings: case.warnings.clone(),
        };
        if got != want {
            failures.push(format!(
                "{}:\n  got  {:?}\n  want {:?}",
                case.name, got, want
            ));
        }
        // Nothing is lost or invented: the segments spell out the input,
        // with each invisible character as its marker.
        let rebuilt: String = got
            .segments
            .iter()
            .map(|s| match s {
                Segment::Text { text } => text.clone(),
                Segment::Link { display, .. } => display.clone(),
                Segment::Control { code_point, .. } => {
                    let cp = u32::from_str_radix(&code_point[2..], 16).expect("hex");
                    char::from_u32(cp).expect("scalar").to_string()
                }
            })
            .collect();
        assert_eq!(rebuilt, case.input, "{}", case.name);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
