//! T2 of sync.md: the crash harness must FAIL against deliberately broken
//! builds of the real code (cargo features never on in the app) and pass
//! against the real build with the same settings:
//!
//! - `mutant-split-outbox` (shopkeeper-store): an edit's view rows commit in
//!   one transaction, its outbox ops + audit entry in a second one;
//! - `mutant-no-idempotency` (marketplace-sandbox): the server forgets which
//!   ops it applied, so a push retried after a lost reply applies twice.
//!
//! `scripts/test.sh` builds both into `$CARGO_TARGET_DIR/mutants` and runs
//! this with `CRASH_MUTANTS_DIR` set (docs/adr/0510).

use std::path::PathBuf;

use shopkeeper_crash::harness::{self, Config};

fn config(client: PathBuf, server: PathBuf) -> Config {
    // A cap, not a cost: a mutant run stops at its first failed check
    // (typically within a few dozen kills).
    let mut cfg = Config::from_env(client, server, 300);
    // Check after every kill: a broken build is caught at the first kill
    // that hurts, before later syncs can paper over it.
    cfg.check_every = 1;
    cfg
}

#[test]
#[ignore = "needs the mutant builds: scripts/test.sh builds them and sets CRASH_MUTANTS_DIR"]
fn the_harness_catches_each_broken_build() {
    let dir = PathBuf::from(
        std::env::var_os("CRASH_MUTANTS_DIR").expect("CRASH_MUTANTS_DIR (see scripts/test.sh)"),
    );
    let real_client = PathBuf::from(env!("CARGO_BIN_EXE_crash-client"));
    let real_server = PathBuf::from(env!("CARGO_BIN_EXE_crash-sandbox"));

    // The real build passes with these settings (for fewer kills than a
    // mutant may take: each is caught within a few; T1 runs 300 on the real build)...
    let mut cfg = config(real_client, real_server);
    cfg.kills = cfg.kills.min(50);
    eprintln!("real build: seed {}", cfg.seed);
    let report = harness::run(&cfg).unwrap_or_else(|f| panic!("the real build: {f}"));
    eprintln!("real build: ok: {report}");

    // ...and each broken build fails, on a pass criterion (not on set-up).
    for mutant in ["split-outbox", "no-idempotency"] {
        let bin = dir.join(mutant);
        let cfg = config(bin.join("crash-client"), bin.join("crash-sandbox"));
        assert!(
            cfg.client_bin.exists() && cfg.server_bin.exists(),
            "{} missing: build the mutants first (scripts/test.sh)",
            bin.display()
        );
        eprintln!("mutant {mutant}: seed {}", cfg.seed);
        match harness::run(&cfg) {
            Ok(report) => panic!("the harness PASSED against the {mutant} mutant: {report}"),
            Err(f) => {
                assert!(
                    f.verdict,
                    "the {mutant} mutant failed, but not on a pass criterion: {f}"
                );
                eprintln!("mutant {mutant}: caught as it should be:\n{f}");
                let _ = std::fs::remove_dir_all(&f.dir);
            }
        }
    }
}
