-- Photos sent with a message (issue 4): a JSON array of
-- {id, content_type, file, thumbnail}; `file`/`thumbnail` are paths relative
-- to the shop file's directory, absent for photos only the marketplace has.
ALTER TABLE messages ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
