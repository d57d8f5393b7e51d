//! Server configuration (built by the binary from flags, or by tests directly).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Where the marketplace keeps its data.
#[derive(Debug, Clone)]
pub enum DbLocation {
    /// A SQLite file (WAL, `synchronous=FULL`): survives crashes.
    File(PathBuf),
    /// A private in-memory database (one connection); gone when the server stops.
    Memory,
}

/// Per-token rate limit (token bucket).
#[derive(Debug, Clone, Copy)]
pub struct RateLimit {
    pub per_second: f64,
    pub burst: f64,
}

/// Off-by-default fault injection for client tests.
#[derive(Debug, Clone, Copy, Default)]
pub struct Faults {
    /// Share (0..=1) of API requests answered `503 injected-fault` without being processed.
    pub error_rate: f64,
    /// Delay added before every API request is processed.
    pub delay: Duration,
    /// Share (0..=1) of API requests processed and committed whose reply is then dropped
    /// (the connection is aborted mid-response).
    pub drop_reply_rate: f64,
}

impl Faults {
    pub fn any(&self) -> bool {
        self.error_rate > 0.0 || !self.delay.is_zero() || self.drop_reply_rate > 0.0
    }
}

#[derive(Debug, Clone)]
pub struct SandboxConfig {
    pub db: DbLocation,
    /// Address to bind; loopback by default. Port 0 picks a free port.
    pub bind: SocketAddr,
    /// Changes kept verbatim per stream; older superseded changes are compacted away and
    /// cursors pointing before them answer `410 Gone`. `None` keeps all history.
    pub retention: Option<i64>,
    /// How often retention is enforced in the background.
    pub compaction_interval: Duration,
    pub rate_limit: Option<RateLimit>,
    pub faults: Faults,
    pub json_body_limit: usize,
    pub photo_limit: usize,
    pub max_push_ops: usize,
    /// Seed for the buyer simulator and fault injection.
    pub seed: u64,
    /// With `Some(interval)`, simulated buyers act every `interval`.
    pub simulate: Option<Duration>,
    /// Seed a demo shop with listings, team members and buyer activity.
    pub demo: bool,
    /// With `demo`: also add this many listings (two variants each) and
    /// orders to the demo shop once ([`crate::bulk::seed_large`]), to try the
    /// initial sync of a large shop.
    pub bulk: Option<(usize, usize)>,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            db: DbLocation::Memory,
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            retention: None,
            compaction_interval: Duration::from_secs(5),
            rate_limit: Some(RateLimit {
                per_second: 200.0,
                burst: 400.0,
            }),
            faults: Faults::default(),
            json_body_limit: 2 * 1024 * 1024,
            photo_limit: 5 * 1024 * 1024,
            max_push_ops: 1000,
            seed: 42,
            simulate: None,
            demo: false,
            bulk: None,
        }
    }
}

impl SandboxConfig {
    /// A config on a SQLite file.
    pub fn with_file(path: impl Into<PathBuf>) -> Self {
        SandboxConfig {
            db: DbLocation::File(path.into()),
            ..SandboxConfig::default()
        }
    }
}
