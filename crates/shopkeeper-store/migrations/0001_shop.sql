-- Shopkeeper shop file, schema 1: the whole seller domain.
--
-- Conventions
--   * ids are TEXT UUIDv7 generated on the device (offline creates); tables keep
--     their implicit rowid, which the FTS index uses.
--   * money is INTEGER minor units + an ISO 4217 code; never REAL.
--   * timestamps are INTEGER milliseconds since the Unix epoch (UTC), device
--     clock: for display only, never for ordering sync (sync.md).
--   * server_version is the marketplace's version of the row when it was last
--     confirmed; NULL means "never confirmed by the marketplace".

-- Key/value settings of this shop file on this device (locale, device id...).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE shop (
    id                TEXT PRIMARY KEY NOT NULL,
    name              TEXT NOT NULL,
    default_locale    TEXT NOT NULL,
    default_currency  TEXT NOT NULL,
    marketplace_id    TEXT,
    created_at        INTEGER NOT NULL
) STRICT;

CREATE TABLE members (
    id          TEXT PRIMARY KEY NOT NULL,
    shop_id     TEXT NOT NULL REFERENCES shop(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    email       TEXT,
    role        TEXT NOT NULL CHECK (role IN ('owner', 'catalog', 'packer', 'support')),
    created_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE devices (
    id          TEXT PRIMARY KEY NOT NULL,
    member_id   TEXT NOT NULL REFERENCES members(id),
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;

-- Listings ------------------------------------------------------------------

CREATE TABLE listings (
    id              TEXT PRIMARY KEY NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('draft', 'active', 'inactive', 'sold_out')),
    default_locale  TEXT NOT NULL,
    -- Denormalised sort/filter keys, maintained by the store on every write.
    title_sort      TEXT NOT NULL,
    total_stock     INTEGER NOT NULL DEFAULT 0,
    -- ' en-US pt-BR ': locales with a title; ' BRL USD ': currencies priced in.
    -- Filters test these with instr() instead of a subquery per listing.
    text_locales     TEXT NOT NULL DEFAULT ' ',
    price_currencies TEXT NOT NULL DEFAULT ' ',
    archived_at     INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    server_id       TEXT,
    server_version  INTEGER
) STRICT;
CREATE INDEX listings_by_title   ON listings (archived_at IS NOT NULL, title_sort, id);
CREATE INDEX listings_by_updated ON listings (archived_at IS NOT NULL, updated_at, id);
CREATE INDEX listings_by_created ON listings (archived_at IS NOT NULL, created_at, id);
CREATE INDEX listings_by_stock   ON listings (archived_at IS NOT NULL, total_stock, id);

-- Per-locale texts (the default locale's row is required by the core).
CREATE TABLE listing_texts (
    listing_id   TEXT NOT NULL REFERENCES listings(id) ON DELETE CASCADE,
    locale       TEXT NOT NULL,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    tags         TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    PRIMARY KEY (listing_id, locale)
) STRICT, WITHOUT ROWID;

-- Size charts: body measurements held once, mapped to each market's labels.
CREATE TABLE size_charts (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    unit        TEXT NOT NULL CHECK (unit IN ('cm', 'in')),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE size_chart_rows (
    chart_id      TEXT NOT NULL REFERENCES size_charts(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    measurements  TEXT NOT NULL, -- JSON object: {"chest": [88, 92], "waist": [...]} in the chart's unit (tenths)
    PRIMARY KEY (chart_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE size_chart_labels (
    chart_id  TEXT NOT NULL,
    position  INTEGER NOT NULL,
    market    TEXT NOT NULL CHECK (market IN ('BR', 'EU', 'RU', 'ID', 'US', 'CN')),
    label     TEXT NOT NULL,
    PRIMARY KEY (chart_id, position, market),
    FOREIGN KEY (chart_id, position) REFERENCES size_chart_rows(chart_id, position) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- The options a listing's variants vary by (size, colour...), optionally tied
-- to a size chart.
CREATE TABLE listing_options (
    listing_id     TEXT NOT NULL REFERENCES listings(id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    position       INTEGER NOT NULL,
    size_chart_id  TEXT REFERENCES size_charts(id) ON DELETE SET NULL,
    PRIMARY KEY (listing_id, name)
) STRICT, WITHOUT ROWID;

CREATE TABLE variants (
    id                    TEXT PRIMARY KEY NOT NULL,
    listing_id            TEXT NOT NULL REFERENCES listings(id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,
    sku                   TEXT NOT NULL,
    options               TEXT NOT NULL DEFAULT '[]', -- JSON [{"name": "size", "value": "M"}]
    weight_grams          INTEGER CHECK (weight_grams IS NULL OR weight_grams >= 0),
    hs_code               TEXT,
    hs_edition            TEXT,
    origin_country        TEXT,
    customs_description   TEXT,
    server_version        INTEGER
) STRICT;
-- SKUs are unique in the shop, ignoring ASCII case ("abc-1" = "ABC-1").
CREATE UNIQUE INDEX variants_sku ON variants (sku COLLATE NOCASE);
CREATE INDEX variants_by_listing ON variants (listing_id, position);

CREATE TABLE variant_prices (
    variant_id    TEXT NOT NULL REFERENCES variants(id) ON DELETE CASCADE,
    currency      TEXT NOT NULL,
    amount_minor  INTEGER NOT NULL CHECK (amount_minor >= 0),
    PRIMARY KEY (variant_id, currency)
) STRICT, WITHOUT ROWID;
CREATE INDEX variant_prices_by_currency ON variant_prices (currency);

CREATE TABLE inventory (
    variant_id      TEXT PRIMARY KEY NOT NULL REFERENCES variants(id) ON DELETE CASCADE,
    on_hand         INTEGER NOT NULL CHECK (on_hand >= 0),
    location        TEXT NOT NULL DEFAULT '',
    server_version  INTEGER
) STRICT;

CREATE TABLE photos (
    id            TEXT PRIMARY KEY NOT NULL,
    listing_id    TEXT NOT NULL REFERENCES listings(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    is_primary    INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    file_ref      TEXT NOT NULL,   -- path of the original, relative to the shop's media dir
    width         INTEGER,
    height        INTEGER,
    sha256        TEXT,
    had_gps       INTEGER NOT NULL DEFAULT 0 CHECK (had_gps IN (0, 1)),
    created_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX photos_by_listing ON photos (listing_id, position);

-- Full-text search over all locales' titles, descriptions, tags and the SKUs.
-- The store feeds it pre-processed text (CJK characters split into single
-- tokens) so that unicode61 gives accent-insensitive word search for Latin and
-- Cyrillic and substring search for Chinese. rowid = listings.rowid.
CREATE VIRTUAL TABLE listing_search USING fts5 (
    titles, body,
    tokenize = "unicode61 remove_diacritics 2"
);

-- Orders ---------------------------------------------------------------------

CREATE TABLE orders (
    id                TEXT PRIMARY KEY NOT NULL,
    number            TEXT NOT NULL UNIQUE,
    market            TEXT NOT NULL,        -- ISO alpha-2 of the buyer's market
    status            TEXT NOT NULL CHECK (status IN ('awaiting_payment', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded')),
    buyer_name        TEXT NOT NULL,
    buyer_locale      TEXT NOT NULL,
    buyer_email       TEXT,
    currency          TEXT NOT NULL,
    subtotal_minor    INTEGER NOT NULL,
    shipping_minor    INTEGER NOT NULL DEFAULT 0,
    tax_minor         INTEGER NOT NULL DEFAULT 0,
    discount_minor    INTEGER NOT NULL DEFAULT 0,
    total_minor       INTEGER NOT NULL,
    placed_at         INTEGER NOT NULL,
    ship_by           INTEGER,
    server_version    INTEGER
) STRICT;
CREATE INDEX orders_by_status ON orders (status, ship_by);

CREATE TABLE order_addresses (
    order_id     TEXT PRIMARY KEY NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    line1        TEXT NOT NULL,
    line2        TEXT NOT NULL DEFAULT '',
    city         TEXT NOT NULL,
    region       TEXT NOT NULL DEFAULT '',
    postal_code  TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL,
    phone        TEXT NOT NULL DEFAULT '',
    tax_id       TEXT NOT NULL DEFAULT '',       -- CPF in Brazil, NIK in Indonesia...
    pickup_point TEXT NOT NULL DEFAULT ''        -- e.g. a Polish parcel locker
) STRICT;

CREATE TABLE order_lines (
    order_id          TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no           INTEGER NOT NULL,
    variant_id        TEXT REFERENCES variants(id) ON DELETE SET NULL,
    sku               TEXT NOT NULL,          -- snapshot at order time
    title             TEXT NOT NULL,          -- snapshot at order time
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor  INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    PRIMARY KEY (order_id, line_no)
) STRICT, WITHOUT ROWID;

-- Messages -------------------------------------------------------------------

CREATE TABLE conversations (
    id               TEXT PRIMARY KEY NOT NULL,
    order_id         TEXT REFERENCES orders(id) ON DELETE SET NULL,
    buyer_name       TEXT NOT NULL,
    buyer_country    TEXT NOT NULL,
    buyer_locale     TEXT NOT NULL,
    buyer_timezone   TEXT NOT NULL DEFAULT 'UTC',
    last_message_at  INTEGER NOT NULL,
    unread           INTEGER NOT NULL DEFAULT 0,
    done             INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    server_version   INTEGER
) STRICT;
CREATE INDEX conversations_by_activity ON conversations (last_message_at);

CREATE TABLE messages (
    id               TEXT PRIMARY KEY NOT NULL,   -- client id for outbound messages
    conversation_id  TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    direction        TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    body             TEXT NOT NULL,               -- untrusted buyer text: render as text
    locale           TEXT,
    status           TEXT NOT NULL CHECK (status IN ('received', 'sending', 'sent', 'failed')),
    sent_at          INTEGER NOT NULL,
    server_version   INTEGER
) STRICT;
CREATE INDEX messages_by_conversation ON messages (conversation_id, sent_at);

-- Fulfillment ----------------------------------------------------------------

CREATE TABLE shipments (
    id               TEXT PRIMARY KEY NOT NULL,
    order_id         TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    carrier          TEXT NOT NULL,
    tracking_number  TEXT,
    status           TEXT NOT NULL CHECK (status IN ('draft', 'labelled', 'shipped', 'delivered', 'returned')),
    shipped_at       INTEGER,
    server_version   INTEGER
) STRICT;
CREATE INDEX shipments_by_order ON shipments (order_id);

-- UPU CN22/CN23: modelled once, rendered on paper or sent electronically.
CREATE TABLE customs_declarations (
    shipment_id          TEXT PRIMARY KEY NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
    form                 TEXT NOT NULL CHECK (form IN ('CN22', 'CN23')),
    category             TEXT NOT NULL CHECK (category IN ('gift', 'documents', 'commercial_sample', 'returned_goods', 'sale_of_goods', 'other')),
    currency             TEXT NOT NULL,
    gross_weight_grams   INTEGER NOT NULL,
    postage_minor        INTEGER,
    sender_reference     TEXT NOT NULL DEFAULT '',
    importer_reference   TEXT NOT NULL DEFAULT '',
    invoice_number       TEXT NOT NULL DEFAULT '',
    licences             TEXT NOT NULL DEFAULT '',
    certificates         TEXT NOT NULL DEFAULT '',
    non_delivery         TEXT NOT NULL DEFAULT 'return' CHECK (non_delivery IN ('return', 'abandon')),
    signed_at            INTEGER
) STRICT;

CREATE TABLE customs_items (
    shipment_id        TEXT NOT NULL REFERENCES customs_declarations(shipment_id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    description        TEXT NOT NULL,
    quantity           INTEGER NOT NULL CHECK (quantity > 0),
    net_weight_grams   INTEGER NOT NULL CHECK (net_weight_grams >= 0),
    value_minor        INTEGER NOT NULL CHECK (value_minor >= 0),
    hs_code            TEXT NOT NULL,
    hs_edition         TEXT NOT NULL,
    origin_country     TEXT NOT NULL,
    PRIMARY KEY (shipment_id, position)
) STRICT, WITHOUT ROWID;

-- Reviews, disputes, promotions ---------------------------------------------

CREATE TABLE reviews (
    id              TEXT PRIMARY KEY NOT NULL,
    listing_id      TEXT REFERENCES listings(id) ON DELETE SET NULL,
    order_id        TEXT REFERENCES orders(id) ON DELETE SET NULL,
    rating          INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body            TEXT NOT NULL DEFAULT '',
    locale          TEXT NOT NULL,
    reply           TEXT,
    created_at      INTEGER NOT NULL,
    server_version  INTEGER
) STRICT;

CREATE TABLE disputes (
    id                TEXT PRIMARY KEY NOT NULL,
    order_id          TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    status            TEXT NOT NULL CHECK (status IN ('open', 'seller_responded', 'resolved_buyer', 'resolved_seller', 'closed')),
    reason            TEXT NOT NULL,
    buyer_statement   TEXT NOT NULL DEFAULT '',
    seller_response   TEXT,
    opened_at         INTEGER NOT NULL,
    server_version    INTEGER
) STRICT;

CREATE TABLE dispute_evidence (
    dispute_id  TEXT NOT NULL REFERENCES disputes(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('conversation', 'tracking', 'label', 'customs', 'photo', 'note')),
    file_ref    TEXT,
    note        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (dispute_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE promotions (
    id                TEXT PRIMARY KEY NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('flash_sale', 'coupon')),
    name              TEXT NOT NULL,
    code              TEXT,                   -- coupons only
    discount_percent  TEXT,                   -- decimal string, e.g. "15" or "12.5"
    discount_minor    INTEGER,                -- fixed amount off, with currency
    currency          TEXT,
    starts_at         INTEGER NOT NULL,
    ends_at           INTEGER NOT NULL CHECK (ends_at > starts_at),
    server_version    INTEGER,
    CHECK ((discount_percent IS NULL) <> (discount_minor IS NULL))
) STRICT;

CREATE TABLE promotion_listings (
    promotion_id  TEXT NOT NULL REFERENCES promotions(id) ON DELETE CASCADE,
    listing_id    TEXT NOT NULL REFERENCES listings(id) ON DELETE CASCADE,
    PRIMARY KEY (promotion_id, listing_id)
) STRICT, WITHOUT ROWID;

-- Sync bookkeeping ------------------------------------------------------------

-- The user's own operations not yet confirmed by the marketplace, in
-- per-device order. Written in the same transaction as the edit (sync.md).
CREATE TABLE outbox (
    op_seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id         TEXT NOT NULL UNIQUE,         -- UUIDv7, also the Idempotency-Key
    entity        TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    kind          TEXT NOT NULL,
    payload       TEXT NOT NULL,                -- JSON
    base_version  INTEGER,
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'applied', 'conflict', 'rejected')),
    created_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX outbox_pending ON outbox (status, op_seq);

-- Per-stream pull cursors (opaque server strings).
CREATE TABLE sync_cursors (
    stream  TEXT PRIMARY KEY NOT NULL,
    cursor  TEXT NOT NULL
) STRICT;

-- Who changed what, from which device, when.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          INTEGER NOT NULL,
    member_id   TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    action      TEXT NOT NULL,
    changes     TEXT NOT NULL   -- JSON: [{"field": ..., "before": ..., "after": ...}]
) STRICT;
CREATE INDEX audit_by_entity ON audit_log (entity, entity_id, id);
