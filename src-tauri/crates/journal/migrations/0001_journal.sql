-- Cairn journal, schema 1: activities and reflections.
-- Shipped migrations are never edited; later changes go in new numbered files.

CREATE TABLE activity (
    id                    TEXT PRIMARY KEY NOT NULL,
    title                 TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description           TEXT NOT NULL DEFAULT '',
    kind                  TEXT NOT NULL,
    mode                  TEXT NOT NULL,
    participatory_minutes INTEGER NOT NULL DEFAULT 0 CHECK (participatory_minutes >= 0),
    started_on            TEXT NOT NULL,
    ended_on              TEXT,
    minutes               INTEGER NOT NULL CHECK (minutes > 0),
    provider              TEXT NOT NULL DEFAULT '',
    location              TEXT NOT NULL DEFAULT '',
    outcomes              TEXT NOT NULL DEFAULT '',
    impact                TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    deleted_at            TEXT
) STRICT;

CREATE INDEX activity_newest_first ON activity (deleted_at, started_on DESC, created_at DESC);

CREATE TABLE reflection (
    id          TEXT PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    model       TEXT NOT NULL DEFAULT 'free',
    -- one Markdown text per stage of the model, as a JSON array of {stage, text}
    sections    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sections)),
    activity_id TEXT REFERENCES activity (id) ON DELETE SET NULL,
    privacy     TEXT NOT NULL DEFAULT 'private' CHECK (privacy IN ('private', 'shareable')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;

CREATE INDEX reflection_by_activity ON reflection (activity_id);
CREATE INDEX reflection_newest_first ON reflection (deleted_at, updated_at DESC);
