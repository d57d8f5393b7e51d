-- Schema 2: the sync model of sync.md — base layer, outbox results, conflicts.
--
-- The listings/variants/... tables of schema 1 are the VIEW: what the UI reads.
-- The base layer below is exactly what the marketplace last confirmed; the view
-- is rebuilt as base + the pending outbox ops re-applied on top.

-- What the marketplace last confirmed of each listing (texts, variants, prices;
-- stock lives in base_stock). `data` is the store's own Listing JSON.
CREATE TABLE base_listings (
    id              TEXT PRIMARY KEY NOT NULL,
    version         INTEGER NOT NULL,
    prices_version  INTEGER NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    data            TEXT NOT NULL
) STRICT;

-- The marketplace's stock per variant, with its own version (stock changes do
-- not bump the listing's version).
CREATE TABLE base_stock (
    variant_id  TEXT PRIMARY KEY NOT NULL,
    listing_id  TEXT NOT NULL,
    stock       INTEGER NOT NULL,
    version     INTEGER NOT NULL
) STRICT;
CREATE INDEX base_stock_by_listing ON base_stock (listing_id);

-- Outbox results. An op goes pending -> applied (the marketplace confirmed it;
-- it stays overlaid until the pulled base reaches result_version, then it is
-- deleted) or -> conflict / rejected (not overlaid; shown in the conflict inbox
-- until the user resolves it, then deleted).
ALTER TABLE outbox ADD COLUMN listing_id TEXT;
ALTER TABLE outbox ADD COLUMN result_version INTEGER;
ALTER TABLE outbox ADD COLUMN result_code TEXT;
ALTER TABLE outbox ADD COLUMN result_message TEXT;
-- Conflict: the marketplace's current value of the entity (JSON, store types).
ALTER TABLE outbox ADD COLUMN result_current TEXT;
ALTER TABLE outbox ADD COLUMN result_at INTEGER;
UPDATE outbox SET listing_id = COALESCE(
    json_extract(payload, '$.listing_id'),
    CASE entity WHEN 'listing' THEN entity_id END,
    (SELECT v.listing_id FROM variants v WHERE v.id = outbox.entity_id));
CREATE INDEX outbox_by_listing ON outbox (listing_id, status);

-- The view row's revision: bumped on every write, so an edit made from a stale
-- read is detected instead of overwriting what sync brought in meanwhile.
ALTER TABLE listings ADD COLUMN view_rev INTEGER NOT NULL DEFAULT 0;
-- The state a listing had when it was archived (restored on undo).
ALTER TABLE listings ADD COLUMN archived_state TEXT;

-- Notices of concurrent edits that were merged ("Ana also edited the title").
CREATE TABLE sync_notices (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          INTEGER NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    field       TEXT NOT NULL,
    mine        TEXT,              -- JSON: the value this desktop had pending
    theirs      TEXT,              -- JSON: the teammate's value
    member_id   TEXT,
    device_id   TEXT,
    dismissed   INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1))
) STRICT;
CREATE INDEX sync_notices_open ON sync_notices (dismissed, id);

-- Teammates as the marketplace knows them (names for "edited by Ana").
CREATE TABLE remote_members (
    id     TEXT PRIMARY KEY NOT NULL,
    name   TEXT NOT NULL,
    email  TEXT,
    role   TEXT
) STRICT;

-- SKUs: the core refuses a local edit that reuses another listing's SKU, but
-- the view must accept whatever the marketplace sends (two desktops may have
-- created the same SKU offline; the marketplace decides). A pull never fails
-- on it, so the index is no longer unique.
DROP INDEX variants_sku;
CREATE INDEX variants_sku ON variants (sku COLLATE NOCASE);
