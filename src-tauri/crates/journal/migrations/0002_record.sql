-- Cairn journal, schema 2: tags, evidence, revision history, feedback, reviews, settings.
-- Shipped migrations are never edited; later changes go in new numbered files.

CREATE TABLE tag (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    created_at TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX tag_by_name ON tag (name COLLATE NOCASE);

CREATE TABLE activity_tag (
    activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    tag_id      TEXT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, tag_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX activity_tag_by_tag ON activity_tag (tag_id);

CREATE TABLE reflection_tag (
    reflection_id TEXT NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,
    tag_id        TEXT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (reflection_id, tag_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX reflection_tag_by_tag ON reflection_tag (tag_id);

-- A file attached to exactly one activity or reflection. The bytes live once in the app data
-- folder under their SHA-256; many rows may share them.
CREATE TABLE evidence (
    id            TEXT PRIMARY KEY NOT NULL,
    activity_id   TEXT REFERENCES activity (id) ON DELETE CASCADE,
    reflection_id TEXT REFERENCES reflection (id) ON DELETE CASCADE,
    name          TEXT NOT NULL CHECK (length(name) > 0),
    media_type    TEXT NOT NULL,
    size          INTEGER NOT NULL CHECK (size >= 0),
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    added_at      TEXT NOT NULL,
    CHECK ((activity_id IS NULL) <> (reflection_id IS NULL))
) STRICT;

CREATE INDEX evidence_by_activity ON evidence (activity_id);
CREATE INDEX evidence_by_reflection ON evidence (reflection_id);
CREATE INDEX evidence_by_hash ON evidence (sha256);

-- Earlier states of a reflection. The newest row always matches the reflection; a typing
-- session keeps rewriting one row, so history holds sessions, not keystrokes.
CREATE TABLE reflection_revision (
    id            INTEGER PRIMARY KEY,
    reflection_id TEXT NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    model         TEXT NOT NULL,
    sections      TEXT NOT NULL CHECK (json_valid(sections)),
    started_at    TEXT NOT NULL,
    saved_at      TEXT NOT NULL
) STRICT;

CREATE INDEX reflection_revision_newest_first ON reflection_revision (reflection_id, id DESC);

-- Practice-related feedback (NMC asks for five pieces).
CREATE TABLE feedback (
    id          TEXT PRIMARY KEY NOT NULL,
    received_on TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (length(trim(source)) > 0),
    content     TEXT NOT NULL DEFAULT '',
    use_made    TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX feedback_newest_first ON feedback (received_on DESC, created_at DESC);

-- A reflective discussion or verification with another person.
CREATE TABLE review (
    id                  TEXT PRIMARY KEY NOT NULL,
    held_on             TEXT NOT NULL,
    reviewer_name       TEXT NOT NULL CHECK (length(trim(reviewer_name)) > 0),
    reviewer_role       TEXT NOT NULL DEFAULT '',
    registration_number TEXT NOT NULL DEFAULT '',
    contact             TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
) STRICT;

CREATE INDEX review_newest_first ON review (held_on DESC, created_at DESC);

CREATE TABLE review_reflection (
    review_id     TEXT NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    reflection_id TEXT NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,
    PRIMARY KEY (review_id, reflection_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
