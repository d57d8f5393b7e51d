-- Uploads a client may repeat: the Idempotency-Key becomes the file's id and
-- the body's hash tells a repeat from a reuse of the key.
ALTER TABLE photos ADD COLUMN sha256 TEXT;

-- Evidence documents (PDF) for dispute responses.
CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    shop_id      TEXT NOT NULL REFERENCES shops(id),
    content_type TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    data         BLOB NOT NULL,
    created_at   TEXT NOT NULL
);

-- Photos sent with a seller message: a JSON array of PhotoRef.
ALTER TABLE messages ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
