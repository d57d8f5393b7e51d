-- Photos wired to the media pipeline, and size charts that name their measures.

-- The renditions written next to the original: JSON
-- [{"long_side": 1600, "format": "jpeg", "width": 1600, "height": 1200, "file": "<listing>/<photo>/1600.jpg"}]
-- (paths relative to <data dir>/photos, like file_ref).
ALTER TABLE photos ADD COLUMN renditions TEXT NOT NULL DEFAULT '[]';
-- jpeg, png or webp: the format of the kept original.
ALTER TABLE photos ADD COLUMN source_format TEXT NOT NULL DEFAULT '';
-- The file name the seller imported, for messages and the photo's label.
ALTER TABLE photos ADD COLUMN original_name TEXT NOT NULL DEFAULT '';
-- Removed photos keep their row and files until the removal can no longer be
-- undone; every read filters them out.
ALTER TABLE photos ADD COLUMN removed_at INTEGER;

-- The measures of a chart in display order, e.g. ["bust", "waist", "hip"].
-- Row measurements are millimetres whatever the chart's display unit.
ALTER TABLE size_charts ADD COLUMN measures TEXT NOT NULL DEFAULT '[]';
