-- Cairn journal, schema 5: the keys of imported spreadsheet rows, so that importing the same
-- file again adds nothing twice. A key is a hash of the row's values as read, not of its text.
-- Purging an activity for good forgets its key; the trash keeps it.
-- Shipped migrations are never edited; later changes go in new numbered files.

CREATE TABLE import_key (
    key TEXT PRIMARY KEY NOT NULL,
    activity_id TEXT REFERENCES activity(id) ON DELETE CASCADE,
    imported_at TEXT NOT NULL
) STRICT;

CREATE INDEX import_key_activity ON import_key (activity_id);
