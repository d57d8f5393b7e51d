//! When to try again after a failed sync cycle: capped exponential backoff
//! with full jitter, never earlier than the marketplace's `Retry-After`.

use std::time::Duration;

#[derive(Debug, Clone)]
pub struct Backoff {
    pub base: Duration,
    pub max: Duration,
    failures: u32,
    rng: u64,
}

impl Backoff {
    pub fn new(base: Duration, max: Duration, seed: u64) -> Self {
        Backoff {
            base,
            max,
            failures: 0,
            rng: seed | 1,
        }
    }

    /// Consecutive failures so far.
    pub fn failures(&self) -> u32 {
        self.failures
    }

    pub fn reset(&mut self) {
        self.failures = 0;
    }

    /// The delay before the next attempt after one more failure: uniform in
    /// `[ceiling/2, ceiling]` with `ceiling = min(max, base * 2^failures)`,
    /// and at least `retry_after` (plus a little jitter) when the server gave one.
    pub fn next_delay(&mut self, retry_after: Option<Duration>) -> Duration {
        self.failures = self.failures.saturating_add(1);
        let ceiling = self
            .base
            .saturating_mul(1u32 << (self.failures - 1).min(16))
            .min(self.max);
        let half = ceiling / 2;
        let d = half + self.jitter(ceiling - half);
        match retry_after {
            Some(ra) => ra.max(d.min(ra + self.base)),
            None => d,
        }
    }

    fn jitter(&mut self, ceiling: Duration) -> Duration {
        let nanos = ceiling.as_nanos().min(u128::from(u64::MAX)) as u64;
        if nanos == 0 {
            return Duration::ZERO;
        }
        let mut x = self.rng;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rng = x;
        Duration::from_nanos(x.wrapping_mul(0x2545_F491_4F6C_DD1D) % (nanos + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capped_jittered_and_never_before_retry_after() {
        let mut b = Backoff::new(Duration::from_secs(1), Duration::from_secs(60), 7);
        let mut seen = std::collections::HashSet::new();
        let mut prev_ceiling = Duration::ZERO;
        for i in 0..30 {
            let d = b.next_delay(None);
            assert!(d <= Duration::from_secs(60), "capped: {d:?}");
            let ceiling = Duration::from_secs(1u64 << i.min(6)).min(Duration::from_secs(60));
            assert!(
                d >= ceiling / 2 && d <= ceiling,
                "{i}: {d:?} vs {ceiling:?}"
            );
            assert!(ceiling >= prev_ceiling);
            prev_ceiling = ceiling;
            seen.insert(d);
        }
        assert!(seen.len() > 20, "jittered");
        b.reset();
        assert_eq!(b.failures(), 0);
        for _ in 0..20 {
            let d = b.next_delay(Some(Duration::from_secs(30)));
            assert!(
                d >= Duration::from_secs(30),
                "not before Retry-After: {d:?}"
            );
            assert!(d <= Duration::from_secs(31));
        }
    }
}
