//! Tauri commands: each one turns its input into a core call and the result
//! back, in a few lines. No logic lives here.

pub mod app;
pub mod bulk;
pub mod csv;
pub mod disputes;
pub mod listings;
pub mod messages;
pub mod orders;
pub mod photos;
pub mod sizes;
pub mod sync;
