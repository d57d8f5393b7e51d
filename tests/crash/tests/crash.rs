//! T1 of sync.md: the real client SIGKILLed at random moments in an edit /
//! push / pull loop (and the sandbox server killed now and then), then
//! drained: 0 lost committed edits, 0 duplicate applications, 0 phantom
//! edits, integrity_check ok on both sides, client view == marketplace.
//!
//! A few hundred kills here (`cargo test`); the full run:
//! `CRASH_KILLS=1000 cargo test -p shopkeeper-crash --test crash -- --nocapture`
//! (docs/testing.md). `CRASH_SEED` replays a run's choices.

use shopkeeper_crash::harness::{self, Config};

#[test]
fn kills_lose_nothing_duplicate_nothing_and_converge() {
    let cfg = Config::from_env(
        env!("CARGO_BIN_EXE_crash-client").into(),
        env!("CARGO_BIN_EXE_crash-sandbox").into(),
        300,
    );
    eprintln!(
        "crash harness: seed {} (CRASH_SEED), {} client kills (CRASH_KILLS)",
        cfg.seed, cfg.kills
    );
    let report = harness::run(&cfg).unwrap_or_else(|f| panic!("{f}"));
    eprintln!("crash harness: ok: {report}");
    assert_eq!(report.kills, cfg.kills);
    if cfg.kills >= 100 {
        // The run did exercise what it claims to.
        assert!(
            report.kills_in_edit > 0 && report.kills_in_sync > 0,
            "{report}"
        );
        assert!(report.server_kills > 0, "{report}");
        assert!(report.last.done > 100, "{report}");
        assert!(report.last.listings > 1, "{report}");
    }
}
