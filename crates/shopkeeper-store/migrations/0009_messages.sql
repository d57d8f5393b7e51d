-- Schema 5: buyer messages synced from the marketplace (issue 4, docs/adr/0410).
--
-- conversations/messages come from schema 1. The marketplace's order id of a
-- conversation is kept without a foreign key: the messages stream may arrive
-- before the orders stream has brought the order in.
ALTER TABLE conversations ADD COLUMN order_ref TEXT;
ALTER TABLE conversations ADD COLUMN subject TEXT NOT NULL DEFAULT '';
CREATE INDEX conversations_by_order ON conversations (order_ref);

-- An outbound message's current outbox op (message.send). Its state is read from
-- that op: pending = sending, applied = sent, rejected = failed. A message the
-- marketplace sent back in a pull has server_version set and is sent for good.
ALTER TABLE messages ADD COLUMN op_id TEXT;

-- Full-text search over message bodies in any script: the same preparation as
-- listing_search (unicode61 folding accents for Latin and Cyrillic, CJK
-- characters as single tokens searched as phrases). rowid = messages.rowid.
CREATE VIRTUAL TABLE message_search USING fts5 (
    body,
    tokenize = "unicode61 remove_diacritics 2"
);

-- The seller's own saved replies; `sources` is JSON {reply language: Fluent text}.
CREATE TABLE reply_templates (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    sources     TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;
