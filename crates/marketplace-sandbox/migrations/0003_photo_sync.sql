-- Listing galleries set by sync (`listing.photos`) and size charts.

-- Gallery order of a listing's photos (0 first); uploads appended by the
-- REST route take the next position.
ALTER TABLE photos ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
-- The photo shown first in search results (one of the listing's photos).
ALTER TABLE listings ADD COLUMN primary_photo_id TEXT;

-- A shop's size charts: `data` is the NewSizeChart JSON as last written.
CREATE TABLE size_charts (
    id       TEXT PRIMARY KEY,
    shop_id  TEXT NOT NULL REFERENCES shops(id),
    data     TEXT NOT NULL,
    version  INTEGER NOT NULL,
    deleted  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX size_charts_shop ON size_charts(shop_id);

-- Which chart a listing's option (e.g. `size`) uses.
CREATE TABLE listing_size_charts (
    listing_id     TEXT NOT NULL REFERENCES listings(id),
    option         TEXT NOT NULL,
    size_chart_id  TEXT NOT NULL REFERENCES size_charts(id),
    PRIMARY KEY (listing_id, option)
);
CREATE INDEX listing_size_charts_chart ON listing_size_charts(size_chart_id);
