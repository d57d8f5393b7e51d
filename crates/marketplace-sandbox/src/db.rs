//! Opening the SQLite database: WAL, `synchronous=FULL`, foreign keys, busy timeout,
//! embedded migrations.

use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::config::DbLocation;
use crate::error::SandboxError;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

pub async fn open(location: &DbLocation) -> Result<SqlitePool, SandboxError> {
    let (opts, max) = match location {
        DbLocation::File(path) => (
            SqliteConnectOptions::new()
                .filename(path)
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal),
            4,
        ),
        DbLocation::Memory => (SqliteConnectOptions::from_str("sqlite::memory:")?, 1),
    };
    let opts = opts
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10));
    let pool = SqlitePoolOptions::new()
        .max_connections(max)
        .min_connections(1)
        .idle_timeout(None)
        .max_lifetime(None)
        .connect_with(opts)
        .await?;
    MIGRATOR.run(&pool).await?;
    Ok(pool)
}

/// `PRAGMA integrity_check` of a database file, on a connection of its own
/// (the crash harness checks the server's file after killing it).
pub async fn integrity_check(path: &std::path::Path) -> Result<String, SandboxError> {
    use sqlx::ConnectOptions;
    let mut conn = SqliteConnectOptions::new()
        .filename(path)
        .busy_timeout(Duration::from_secs(10))
        .connect()
        .await?;
    let rows: Vec<(String,)> = sqlx::query_as("PRAGMA integrity_check")
        .fetch_all(&mut conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(r,)| r)
        .collect::<Vec<_>>()
        .join("\n"))
}
