-- Photos and size charts synced with the marketplace (ADR 0720).

-- A photo a teammate added that is known from the marketplace but whose files
-- are not on this desktop yet (the gallery shows a placeholder): 1 until the
-- download has been put through the media pipeline.
ALTER TABLE photos ADD COLUMN remote_pending INTEGER NOT NULL DEFAULT 0 CHECK (remote_pending IN (0, 1));
-- Failed downloads of such a photo (a bad file is tried a few times, then left).
ALTER TABLE photos ADD COLUMN download_attempts INTEGER NOT NULL DEFAULT 0;
-- 1 when the removal came from the marketplace (a teammate's): its files can go
-- at once; a removal made here keeps them through the undo window.
ALTER TABLE photos ADD COLUMN removed_remotely INTEGER NOT NULL DEFAULT 0 CHECK (removed_remotely IN (0, 1));
