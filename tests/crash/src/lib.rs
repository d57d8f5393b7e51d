//! The crash harness of sync.md (T1, and T2's mutation check). See
//! docs/adr/0510-crash-harness.md.
//!
//! - `crash-client` (src/bin): the real core (`Shop` + `Shop::sync_once` over
//!   the real HTTP client) in an edit / push / pull loop. Every edit is
//!   journaled as an *intent* before the core call and as *done* (or *failed*)
//!   after it returned, each line fsynced.
//! - [`harness::run`]: starts the real sandbox server on a SQLite file,
//!   signs up, connects a shop, then spawns the client again and again and
//!   SIGKILLs it at random moments (some right after it starts an edit or a
//!   push), SIGKILLs and restarts the server now and then, and at checkpoints
//!   and at the end drains the client and checks [`verify`]'s criteria.

pub mod harness;
pub mod journal;
pub mod verify;

/// SplitMix64: small, seedable, good enough to pick edits and timings
/// reproducibly (no dependency needed).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p && p > 0.0
    }
}

/// The seed of generation `gen` of the client in a run seeded with `seed`.
pub fn child_seed(seed: u64, generation: u64) -> u64 {
    Rng::new(seed ^ generation.wrapping_mul(0xA24B_AED4_963E_E407)).next_u64()
}

/// The locale and currencies the harness's listings use.
pub const LOCALE: &str = "pt-BR";
pub const CURRENCIES: [&str; 2] = ["BRL", "USD"];
/// Listings the client creates at most (edits then spread over these).
pub const MAX_LISTINGS: usize = 12;
pub const DESCRIPTION: &str = "Criada pelo teste de falhas";
pub const TAG: &str = "teste";

/// Titles are unique in a run: a title on the marketplace names the edit that set it.
pub fn title(n: u64) -> String {
    format!("Bolsa de teste {n}")
}
