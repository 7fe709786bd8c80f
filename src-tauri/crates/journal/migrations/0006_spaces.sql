-- Cairn journal, schema 6: community spaces, the share log, redaction names, and the source
-- a reflection answers. Secrets (tokens, passwords, API keys, webhook URLs) are never stored
-- here: they live in the OS keychain, keyed by the space's id.
-- Shipped migrations are never edited; later changes go in new numbered files.

-- A place the user shares into: a Matrix room, a forum, a webhook, a folder, a mailbox.
-- `settings` is the kind's non-secret configuration as JSON (server address, room, folder).
CREATE TABLE space (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- The share log: what was shared, where, when, and what the space answered. `payload` is the
-- redacted document exactly as the user previewed and confirmed it, so a retry sends the
-- same thing. The space's name is copied so the log still reads well after it is removed.
CREATE TABLE share (
    id TEXT PRIMARY KEY NOT NULL,
    space_id TEXT REFERENCES space(id) ON DELETE SET NULL,
    space_name TEXT NOT NULL,
    title TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT,
    remote_id TEXT,
    link TEXT,
    created_at TEXT NOT NULL,
    shared_at TEXT
) STRICT;

CREATE INDEX share_created ON share (created_at DESC);
CREATE INDEX share_pending ON share (status, next_attempt_at);

-- Which entries a share carried, so each reflection can show where it went. Deleting an
-- entry for good drops its link; the share log keeps the share.
CREATE TABLE share_reflection (
    share_id TEXT NOT NULL REFERENCES share(id) ON DELETE CASCADE,
    reflection_id TEXT NOT NULL REFERENCES reflection(id) ON DELETE CASCADE,
    PRIMARY KEY (share_id, reflection_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX share_reflection_reflection ON share_reflection (reflection_id);

CREATE TABLE share_activity (
    share_id TEXT NOT NULL REFERENCES share(id) ON DELETE CASCADE,
    activity_id TEXT NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    PRIMARY KEY (share_id, activity_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX share_activity_activity ON share_activity (activity_id);

-- Names (people, places, services) taken out of anything before it is shared.
CREATE TABLE redaction_name (
    name TEXT PRIMARY KEY NOT NULL COLLATE NOCASE
) STRICT;

-- A peer's post a reflection answers ("reflect on this").
CREATE TABLE reflection_source (
    reflection_id TEXT PRIMARY KEY NOT NULL REFERENCES reflection(id) ON DELETE CASCADE,
    space_id TEXT REFERENCES space(id) ON DELETE SET NULL,
    space_name TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    author TEXT NOT NULL,
    title TEXT NOT NULL,
    link TEXT,
    posted_at TEXT
) STRICT;
