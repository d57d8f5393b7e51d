//! The client's journal: one JSON line per event, appended and fsynced.
//!
//! An edit is written as an `intent` (with every value it sets) before the
//! core call and as `done` after the call returned (or `failed` when the core
//! refused it). A SIGKILL can fall anywhere, so an intent without an outcome
//! may or may not have been committed; a `done` one must have been.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// What the client did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Edit {
    /// A new listing with one variant per `(sku, stock)`, every variant priced
    /// `price_minor` in every currency, titled `title` (unique in the run).
    Create {
        title: String,
        variants: Vec<(String, i64)>,
        price_minor: i64,
    },
    Title {
        listing: String,
        title: String,
    },
    Price {
        listing: String,
        sku: String,
        currency: String,
        amount_minor: i64,
    },
    Stock {
        listing: String,
        sku: String,
        delta: i64,
        reason: String,
    },
    Archive {
        listing: String,
        archived: bool,
    },
}

/// A created listing's ids (known only after the core call returned).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Created {
    pub listing: String,
    /// Variant id per SKU, in the order of the create.
    pub variants: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "phase", rename_all = "kebab-case")]
pub enum Line {
    Intent {
        n: u64,
        generation: u64,
        /// This machine's clock just before the core call (ms since the epoch):
        /// the edit's audit entry is stamped at or after it, and before the
        /// next intent's. It tells apart two intents with the same content.
        at_ms: i64,
        edit: Edit,
    },
    Done {
        n: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        created: Option<Created>,
    },
    Failed {
        n: u64,
        error: String,
    },
}

/// How an intent ended, as far as the journal knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The core call returned: the edit is committed.
    Done(Option<Created>),
    /// The core refused it: nothing may be committed.
    Failed(String),
    /// Killed before the call returned: committed or not.
    Open,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub n: u64,
    pub generation: u64,
    pub at_ms: i64,
    pub edit: Edit,
    pub outcome: Outcome,
}

/// Appends lines, each fsynced before `append` returns.
pub struct Writer {
    file: File,
}

impl Writer {
    pub fn open(path: &Path) -> std::io::Result<Self> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok(Writer { file })
    }

    pub fn append(&mut self, line: &Line) -> std::io::Result<()> {
        let mut buf = serde_json::to_vec(line).map_err(std::io::Error::other)?;
        buf.push(b'\n');
        // One write of the whole line (O_APPEND): a kill leaves a whole line or
        // none, or at worst a torn last line, which `read` ignores.
        self.file.write_all(&buf)?;
        self.file.sync_data()
    }
}

/// Reads the journal: entries in intent order. A torn last line (the writer
/// was killed inside `write`) is ignored; any other unreadable line is an error.
pub fn read(path: &Path) -> anyhow::Result<Vec<Entry>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e.into()),
    };
    let complete = text.ends_with('\n');
    let lines: Vec<&str> = text.lines().collect();
    let mut entries: Vec<Entry> = Vec::new();
    let mut index = std::collections::HashMap::new();
    for (i, raw) in lines.iter().enumerate() {
        let line: Line = match serde_json::from_str(raw) {
            Ok(l) => l,
            Err(_) if i + 1 == lines.len() && !complete => break,
            Err(e) => anyhow::bail!("journal line {}: {e}: {raw}", i + 1),
        };
        match line {
            Line::Intent {
                n,
                generation,
                at_ms,
                edit,
            } => {
                index.insert(n, entries.len());
                entries.push(Entry {
                    n,
                    generation,
                    at_ms,
                    edit,
                    outcome: Outcome::Open,
                });
            }
            Line::Done { n, created } => {
                let i = *index
                    .get(&n)
                    .ok_or_else(|| anyhow::anyhow!("journal: done {n} without intent"))?;
                entries[i].outcome = Outcome::Done(created);
            }
            Line::Failed { n, error } => {
                let i = *index
                    .get(&n)
                    .ok_or_else(|| anyhow::anyhow!("journal: failed {n} without intent"))?;
                entries[i].outcome = Outcome::Failed(error);
            }
        }
    }
    Ok(entries)
}
