//! Prepared statements on a sqlx connection's own SQLite handle, for the few
//! bulk writes where sqlx's multi-row `VALUES` is the bottleneck (a first sync
//! writes two million rows; docs/adr/0760), and one read of thousands of rows
//! per group (pulled galleries), where sqlx would pass each row across threads.
//!
//! sqlx runs each connection on a worker thread and passes every statement and
//! argument to it through a channel; rusqlite binds fields straight from our
//! structs into statements prepared once per call. Both crates link the same
//! bundled `libsqlite3-sys`, so rusqlite can borrow sqlx's handle: the rows go
//! into whatever transaction sqlx has open on it.

use sqlx::SqliteConnection;

use crate::Result;

/// Runs `work` with a rusqlite view of `conn`'s SQLite handle, inside the
/// transaction `conn` has open (if any). The work runs on this thread; on a
/// multi-threaded runtime tokio moves its other tasks off it meanwhile.
#[allow(unsafe_code)]
pub(crate) async fn with_handle<R>(
    conn: &mut SqliteConnection,
    work: impl FnOnce(&rusqlite::Connection) -> rusqlite::Result<R>,
) -> Result<R> {
    let mut locked = conn.lock_handle().await?;
    let handle = locked.as_raw_handle();
    // SAFETY (the one `unsafe` in the workspace, docs/adr/0760):
    // - `handle` is the open connection sqlx owns; `locked` keeps sqlx's worker
    //   off it until it is dropped below, after `borrowed`.
    // - `from_handle` makes a connection that never closes the handle; dropping
    //   it finalizes only the statements it prepared itself.
    // - rusqlite and sqlx link one and the same libsqlite3-sys (cargo allows one
    //   crate per `links = "sqlite3"`), so the handle's type and library match.
    // - `borrowed` stays on this thread and does not outlive this function; it
    //   starts, commits and rolls back no transaction of its own.
    let borrowed = unsafe { rusqlite::Connection::from_handle(handle.as_ptr()) }?;
    let out = blocking(|| work(&borrowed));
    drop(borrowed);
    drop(locked);
    Ok(out?)
}

/// Runs CPU- and disk-bound `f` here, telling a multi-threaded runtime first.
fn blocking<R>(f: impl FnOnce() -> R) -> R {
    match tokio::runtime::Handle::try_current().map(|h| h.runtime_flavor()) {
        Ok(tokio::runtime::RuntimeFlavor::MultiThread) => tokio::task::block_in_place(f),
        _ => f(),
    }
}
