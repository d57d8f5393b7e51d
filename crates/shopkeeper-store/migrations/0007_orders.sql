-- Orders inbox and fulfillment (issue 7).
--
-- * shipments: the carrier kind (a post needs UPU S10 tracking) and when the
--   label was printed. A row is 'labelled' once its documents printed in full,
--   'shipped' when the seller marked it so (the shipment.create op is in the
--   outbox until the marketplace confirms: server_version set by the pull).
-- * sdr_rates: value of 1 SDR per currency, as data with its date and source
--   (CN22 up to 300 SDR, CN23 above). Seeded with an editable default.
-- * indexes for the inbox: ship-by order, the buyer and SKU search.

ALTER TABLE shipments ADD COLUMN carrier_kind TEXT NOT NULL DEFAULT 'post'
    CHECK (carrier_kind IN ('post', 'courier'));
ALTER TABLE shipments ADD COLUMN labelled_at INTEGER;

CREATE TABLE sdr_rates (
    currency    TEXT PRIMARY KEY NOT NULL,   -- ISO 4217
    per_sdr     TEXT NOT NULL,               -- decimal string: units of the currency per 1 SDR
    rate_date   TEXT NOT NULL,               -- YYYY-MM-DD the rate was published for
    source      TEXT NOT NULL
) STRICT;

-- IMF SDR valuation, 2025-10-31 (currency units per SDR), rounded to 4 places.
-- The seller edits or replaces these in Settings; the date is shown there.
INSERT INTO sdr_rates (currency, per_sdr, rate_date, source) VALUES
    ('USD', '1.3683', '2025-10-31', 'IMF SDR valuation (default)'),
    ('EUR', '1.1850', '2025-10-31', 'IMF SDR valuation (default)'),
    ('CNY', '9.7440', '2025-10-31', 'IMF SDR valuation (default)'),
    ('BRL', '7.3520', '2025-10-31', 'IMF SDR valuation (default)'),
    ('RUB', '110.6000', '2025-10-31', 'IMF SDR valuation (default)'),
    ('IDR', '22780.0000', '2025-10-31', 'IMF SDR valuation (default)'),
    ('PLN', '5.0360', '2025-10-31', 'IMF SDR valuation (default)'),
    ('GBP', '1.0410', '2025-10-31', 'IMF SDR valuation (default)');

CREATE INDEX orders_by_ship_by ON orders (ship_by, id);
CREATE INDEX orders_by_buyer ON orders (buyer_name COLLATE NOCASE);
CREATE INDEX order_lines_by_sku ON order_lines (sku COLLATE NOCASE);
CREATE INDEX shipments_by_tracking ON shipments (tracking_number);
