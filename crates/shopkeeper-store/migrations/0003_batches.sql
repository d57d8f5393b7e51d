-- Batches: many listings changed by one user action (a bulk edit, a CSV
-- import, or the undo of either). One row says who, when and how many; each
-- listing keeps its state from before the batch so the batch can be undone
-- exactly, and the audit entries of its listings point at it.
CREATE TABLE batches (
    id             TEXT PRIMARY KEY NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('bulk-edit', 'csv-import', 'undo')),
    at             INTEGER NOT NULL,
    member_id      TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    listing_count  INTEGER NOT NULL,
    undoes         TEXT REFERENCES batches(id),
    summary        TEXT NOT NULL   -- JSON: what the user asked for
) STRICT;
CREATE INDEX batches_by_time ON batches (at);
CREATE UNIQUE INDEX batches_undone_once ON batches (undoes) WHERE undoes IS NOT NULL;

CREATE TABLE batch_listings (
    batch_id          TEXT NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    listing_id        TEXT NOT NULL,
    before            TEXT,            -- JSON Listing; NULL when the batch created it
    after_updated_at  INTEGER NOT NULL, -- the listing's updated_at the batch wrote
    PRIMARY KEY (batch_id, listing_id)
) STRICT, WITHOUT ROWID;

ALTER TABLE audit_log ADD COLUMN batch_id TEXT REFERENCES batches(id);
CREATE INDEX audit_by_batch ON audit_log (batch_id) WHERE batch_id IS NOT NULL;
