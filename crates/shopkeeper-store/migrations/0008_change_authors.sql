-- Who last changed a listing on the marketplace (from the pulled change), so
-- the conflict inbox can say which teammate and which desktop hold the
-- marketplace's value. NULL: a buyer, the marketplace itself, or not known yet.
ALTER TABLE base_listings ADD COLUMN changed_by TEXT;
ALTER TABLE base_listings ADD COLUMN changed_device TEXT;

-- The shop's desktops as the marketplace names them (refreshed with members).
CREATE TABLE remote_devices (
    id         TEXT PRIMARY KEY NOT NULL,
    member_id  TEXT,
    name       TEXT NOT NULL
) STRICT;
