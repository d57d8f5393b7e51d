//! Small helpers: ids, timestamps, hashing.

use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

pub fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// RFC 3339 UTC with millisecond precision.
pub fn ts(t: OffsetDateTime) -> String {
    let t = t
        .replace_nanosecond(t.nanosecond() / 1_000_000 * 1_000_000)
        .unwrap_or(t);
    t.format(&Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_owned())
}

pub fn now_ts() -> String {
    ts(now())
}

pub fn parse_ts(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339).ok()
}

pub fn sha256(bytes: &[u8]) -> Vec<u8> {
    Sha256::digest(bytes).to_vec()
}

pub fn uuid(s: &str) -> Uuid {
    Uuid::parse_str(s).unwrap_or_else(|_| {
        tracing::error!(value = s, "corrupt uuid in database");
        Uuid::nil()
    })
}

pub fn opt_uuid(s: Option<&str>) -> Option<Uuid> {
    s.map(uuid)
}

/// A 64-bit hash of two numbers (SHA-256 based), for seeding generators.
pub fn mix(a: u64, b: u64) -> u64 {
    let h = sha256(&[a.to_le_bytes(), b.to_le_bytes()].concat());
    let mut x = [0u8; 8];
    x.copy_from_slice(&h[..8]);
    u64::from_le_bytes(x)
}

pub fn new_id() -> Uuid {
    Uuid::now_v7()
}

/// A small deterministic PRNG (SplitMix64) for simulation and fault injection;
/// reproducible from its seed across platforms and crate versions.
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
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }
    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
    /// A UUIDv4-shaped id derived from the stream (reproducible).
    pub fn uuid(&mut self) -> Uuid {
        let hi = u128::from(self.next_u64());
        let lo = u128::from(self.next_u64());
        uuid::Builder::from_random_bytes(((hi << 64) | lo).to_be_bytes()).into_uuid()
    }
    /// A UUIDv7-shaped id made at `unix_ms` (reproducible): ids made later
    /// sort after, as the marketplace's own `now_v7` ids do.
    pub fn uuid_at(&mut self, unix_ms: u64) -> Uuid {
        let r = (u128::from(self.next_u64()) << 64 | u128::from(self.next_u64())).to_be_bytes();
        let mut tail = [0u8; 10];
        tail.copy_from_slice(&r[..10]);
        uuid::Builder::from_unix_timestamp_millis(unix_ms, &tail).into_uuid()
    }
}
