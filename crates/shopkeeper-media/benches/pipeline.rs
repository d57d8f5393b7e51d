//! Placeholder; the real benchmark follows in the next commit.
fn main() {}
