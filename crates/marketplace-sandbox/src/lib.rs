//! The sandbox marketplace: a real seller API (axum + SQLite) for Shopkeeper to sync
//! with, with simulated buyers from seven markets.
//!
//! Start it in-process with [`Sandbox::start`] (tests bind `127.0.0.1:0`), or run the
//! binary: `cargo run -p marketplace-sandbox -- --demo`. The wire format lives in
//! `marketplace-api`; this crate only implements it.
//!
//! - [`ops`]: the marketplace's rules; REST mutations and sync pushes both apply here.
//! - [`feed`]: the per-stream change feed, cursors and retention (410 Gone).
//! - [`routes`]: HTTP handlers; [`server`]: router, rate limits, fault injection.
//! - [`sim`]: simulated buyers; [`demo`]: the `--demo` seed; [`bulk`]: a large shop
//!   seeded fast for benchmarks.

pub mod auth;
pub mod bulk;
pub mod catalog;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod extract;
pub mod feed;
pub mod openapi;
pub mod ops;
pub mod photos;
pub mod routes;
pub mod server;
pub mod sim;
pub mod state;
pub mod store;
pub mod util;
pub mod validate;

pub use config::{DbLocation, Faults, RateLimit, SandboxConfig};
pub use error::SandboxError;
pub use server::Sandbox;
