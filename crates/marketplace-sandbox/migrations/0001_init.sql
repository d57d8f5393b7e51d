-- The sandbox marketplace schema. Money: integer minor units + ISO 4217 code.
-- Ids are UUID strings. Timestamps are RFC 3339 UTC strings (display only: the change
-- feed is ordered by `changes.seq`, never by time).

CREATE TABLE accounts (
    id            TEXT PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    password_salt BLOB NOT NULL,
    password_hash BLOB NOT NULL,
    locale        TEXT,
    created_at    TEXT NOT NULL
);

CREATE TABLE shops (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE members (
    id         TEXT PRIMARY KEY,
    shop_id    TEXT NOT NULL REFERENCES shops(id),
    account_id TEXT NOT NULL REFERENCES accounts(id),
    role       TEXT NOT NULL CHECK (role IN ('owner', 'catalog', 'packer', 'support')),
    UNIQUE (shop_id, account_id)
);

-- Device tokens are stored as SHA-256 hashes; the token itself is shown once.
CREATE TABLE devices (
    id          TEXT PRIMARY KEY,
    member_id   TEXT NOT NULL REFERENCES members(id),
    name        TEXT NOT NULL,
    token_hash  BLOB NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT,
    last_op_seq INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE listings (
    id             TEXT PRIMARY KEY,
    shop_id        TEXT NOT NULL REFERENCES shops(id),
    state          TEXT NOT NULL CHECK (state IN ('draft', 'active', 'inactive', 'sold_out')),
    default_locale TEXT NOT NULL,
    version        INTEGER NOT NULL,
    prices_version INTEGER NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL
);
CREATE INDEX listings_shop ON listings(shop_id, id);

CREATE TABLE listing_texts (
    listing_id  TEXT NOT NULL REFERENCES listings(id),
    locale      TEXT NOT NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL,
    tags        TEXT NOT NULL, -- JSON array of strings
    PRIMARY KEY (listing_id, locale)
);

CREATE TABLE variants (
    id                  TEXT PRIMARY KEY,
    listing_id          TEXT NOT NULL REFERENCES listings(id),
    position            INTEGER NOT NULL,
    sku                 TEXT NOT NULL,
    options             TEXT NOT NULL, -- JSON array of {name, value}
    weight_grams        INTEGER NOT NULL CHECK (weight_grams >= 0),
    hs_code             TEXT,
    hs_edition          TEXT,
    origin_country      TEXT,
    customs_description TEXT,
    stock               INTEGER NOT NULL CHECK (stock >= 0),
    stock_version       INTEGER NOT NULL
);
CREATE INDEX variants_listing ON variants(listing_id, position);

CREATE TABLE variant_prices (
    variant_id   TEXT NOT NULL REFERENCES variants(id),
    currency     TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    PRIMARY KEY (variant_id, currency)
);

CREATE TABLE photos (
    id           TEXT PRIMARY KEY,
    shop_id      TEXT NOT NULL REFERENCES shops(id),
    listing_id   TEXT REFERENCES listings(id),
    content_type TEXT NOT NULL,
    size         INTEGER NOT NULL,
    data         BLOB NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX photos_listing ON photos(listing_id);

CREATE TABLE buyers (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    country TEXT NOT NULL,
    locale  TEXT NOT NULL
);

CREATE TABLE orders (
    id          TEXT PRIMARY KEY,
    shop_id     TEXT NOT NULL REFERENCES shops(id),
    buyer_id    TEXT NOT NULL REFERENCES buyers(id),
    state       TEXT NOT NULL CHECK (state IN ('paid', 'shipped', 'delivered', 'cancelled', 'refunded')),
    address     TEXT NOT NULL, -- JSON Address (no money)
    currency    TEXT NOT NULL,
    total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
    ship_by     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    shipment_id TEXT,
    version     INTEGER NOT NULL
);
CREATE INDEX orders_shop ON orders(shop_id, created_at);

CREATE TABLE order_items (
    order_id   TEXT NOT NULL REFERENCES orders(id),
    position   INTEGER NOT NULL,
    listing_id TEXT NOT NULL,
    variant_id TEXT NOT NULL,
    sku        TEXT NOT NULL,
    title      TEXT NOT NULL,
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    currency   TEXT NOT NULL,
    unit_minor INTEGER NOT NULL CHECK (unit_minor >= 0),
    PRIMARY KEY (order_id, position)
);

CREATE TABLE shipments (
    id              TEXT PRIMARY KEY,
    shop_id         TEXT NOT NULL REFERENCES shops(id),
    order_id        TEXT NOT NULL UNIQUE REFERENCES orders(id),
    carrier         TEXT NOT NULL,
    carrier_kind    TEXT NOT NULL CHECK (carrier_kind IN ('post', 'courier')),
    tracking_number TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    version         INTEGER NOT NULL
);

CREATE TABLE customs_items (
    shipment_id      TEXT NOT NULL REFERENCES shipments(id),
    position         INTEGER NOT NULL,
    description      TEXT NOT NULL,
    quantity         INTEGER NOT NULL,
    net_weight_grams INTEGER NOT NULL,
    currency         TEXT NOT NULL,
    value_minor      INTEGER NOT NULL CHECK (value_minor >= 0),
    hs_code          TEXT NOT NULL,
    hs_edition       TEXT,
    origin_country   TEXT NOT NULL,
    PRIMARY KEY (shipment_id, position)
);

CREATE TABLE conversations (
    id              TEXT PRIMARY KEY,
    shop_id         TEXT NOT NULL REFERENCES shops(id),
    order_id        TEXT REFERENCES orders(id),
    buyer_id        TEXT NOT NULL REFERENCES buyers(id),
    subject         TEXT NOT NULL,
    last_message_at TEXT NOT NULL,
    version         INTEGER NOT NULL
);

CREATE TABLE messages (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    author          TEXT NOT NULL CHECK (author IN ('buyer', 'seller')),
    body            TEXT NOT NULL,
    locale          TEXT,
    sent_at         TEXT NOT NULL,
    member_id       TEXT
);
CREATE INDEX messages_conversation ON messages(conversation_id, sent_at);

CREATE TABLE reviews (
    id              TEXT PRIMARY KEY,
    shop_id         TEXT NOT NULL REFERENCES shops(id),
    order_id        TEXT NOT NULL REFERENCES orders(id),
    listing_id      TEXT NOT NULL,
    buyer_id        TEXT NOT NULL REFERENCES buyers(id),
    rating          INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    text            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    reply_text      TEXT,
    reply_at        TEXT,
    reply_member_id TEXT,
    version         INTEGER NOT NULL
);

CREATE TABLE disputes (
    id            TEXT PRIMARY KEY,
    shop_id       TEXT NOT NULL REFERENCES shops(id),
    order_id      TEXT NOT NULL REFERENCES orders(id),
    buyer_id      TEXT NOT NULL REFERENCES buyers(id),
    state         TEXT NOT NULL,
    reason        TEXT NOT NULL,
    buyer_message TEXT NOT NULL,
    opened_at     TEXT NOT NULL,
    resolution    TEXT,
    version       INTEGER NOT NULL
);

CREATE TABLE dispute_responses (
    dispute_id TEXT NOT NULL REFERENCES disputes(id),
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    evidence   TEXT NOT NULL, -- JSON array of Evidence (no money)
    member_id  TEXT NOT NULL,
    at         TEXT NOT NULL,
    PRIMARY KEY (dispute_id, position)
);

CREATE TABLE promotions (
    id               TEXT PRIMARY KEY,
    shop_id          TEXT NOT NULL REFERENCES shops(id),
    kind             TEXT NOT NULL CHECK (kind IN ('flash_sale', 'coupon')),
    name             TEXT NOT NULL,
    starts_at        TEXT NOT NULL,
    ends_at          TEXT NOT NULL,
    discount_percent INTEGER NOT NULL CHECK (discount_percent BETWEEN 1 AND 90),
    code             TEXT,
    listing_ids      TEXT NOT NULL, -- JSON array of listing ids
    deleted          INTEGER NOT NULL DEFAULT 0,
    version          INTEGER NOT NULL
);

-- The change feed. `seq` orders everything; a cursor is (stream, seq).
CREATE TABLE changes (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    shop_id   TEXT NOT NULL,
    stream    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('upsert', 'delete')),
    version   INTEGER NOT NULL,
    data      TEXT NOT NULL,
    member_id TEXT,
    device_id TEXT,
    op_id     TEXT,
    at        TEXT NOT NULL
);
CREATE INDEX changes_feed ON changes(shop_id, stream, seq);
CREATE INDEX changes_entity ON changes(shop_id, stream, entity_id, seq);

-- Up to which seq a stream's history has been compacted: older cursors get 410 Gone.
CREATE TABLE feed_horizons (
    shop_id TEXT NOT NULL,
    stream  TEXT NOT NULL,
    horizon INTEGER NOT NULL,
    PRIMARY KEY (shop_id, stream)
);

-- Every op and idempotent request, with its stored result (exactly-once).
CREATE TABLE op_log (
    shop_id      TEXT NOT NULL,
    op_id        TEXT NOT NULL,
    device_id    TEXT NOT NULL,
    op_seq       INTEGER,
    request_hash BLOB NOT NULL,
    status_code  INTEGER NOT NULL,
    result       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (shop_id, op_id)
);
