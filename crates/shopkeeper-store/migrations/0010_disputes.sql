-- Schema 10: buyer disputes synced from the marketplace, and the seller's
-- answer written offline (issue 7 item 6, docs/adr/0705).
--
-- Schema 1's `disputes` and `dispute_evidence` were placeholders nothing ever
-- wrote. They are replaced: the marketplace's order id is kept without a
-- foreign key (like conversations.order_ref), the marketplace's responses
-- are kept as it sends them, and the seller's answer waiting to be sent is
-- kept with the dispute.
DROP TABLE dispute_evidence;
DROP TABLE disputes;

CREATE TABLE disputes (
    id               TEXT PRIMARY KEY NOT NULL,
    order_ref        TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('open', 'seller_responded', 'resolved_buyer', 'resolved_seller')),
    reason           TEXT NOT NULL,
    -- Untrusted buyer text: shown only through the safe display splitter.
    buyer_statement  TEXT NOT NULL DEFAULT '',
    buyer_name       TEXT NOT NULL DEFAULT '',
    buyer_country    TEXT NOT NULL DEFAULT '',
    buyer_locale     TEXT NOT NULL DEFAULT '',
    opened_at        INTEGER NOT NULL,
    -- The marketplace's note when it resolved the dispute.
    resolution       TEXT,
    -- JSON [{text, evidence: [{kind, description}], at}]: the responses the
    -- marketplace has, oldest first.
    responses        TEXT NOT NULL DEFAULT '[]',
    server_version   INTEGER NOT NULL,
    -- The seller's answer not yet seen back from the marketplace: its text,
    -- evidence (JSON, as in the op) and current `dispute.respond` op. Its
    -- state is read from that op: pending = sending, applied = sent,
    -- rejected/conflict = failed (the text stays to edit and send again).
    reply_text       TEXT,
    reply_evidence   TEXT,
    reply_op_id      TEXT,
    reply_at         INTEGER
) STRICT;
CREATE INDEX disputes_by_order ON disputes (order_ref);
CREATE INDEX disputes_by_status ON disputes (status, opened_at);
