// Prevents an extra console window on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// mimalloc instead of glibc's malloc: syncing a large shop frees many
/// large buffers, and glibc spent much of that time consolidating its free
/// lists (docs/adr/0750).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    shopkeeper_app::run();
}
