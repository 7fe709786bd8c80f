-- Cairn journal, schema 3: frameworks and standards, goals, communities of practice,
-- requirement profiles, and full-text search.
-- Shipped migrations are never edited; later changes go in new numbered files.

-- A professional framework: a shipped preset (`preset` names it, rows are read-only) or the
-- user's own.
CREATE TABLE framework (
    id          TEXT PRIMARY KEY NOT NULL,
    preset      TEXT UNIQUE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    body        TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE framework_item (
    id           TEXT PRIMARY KEY NOT NULL,
    framework_id TEXT NOT NULL REFERENCES framework (id) ON DELETE CASCADE,
    parent_id    TEXT REFERENCES framework_item (id) ON DELETE CASCADE,
    code         TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description  TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX framework_item_by_framework ON framework_item (framework_id, position);

CREATE TABLE goal (
    id               TEXT PRIMARY KEY NOT NULL,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description      TEXT NOT NULL DEFAULT '',
    success_criteria TEXT NOT NULL DEFAULT '',
    target_on        TEXT,
    status           TEXT NOT NULL DEFAULT 'active',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
) STRICT;

-- Which framework items an activity, reflection or goal supports: exactly one of the three.
CREATE TABLE entry_standard (
    item_id       TEXT NOT NULL REFERENCES framework_item (id) ON DELETE CASCADE,
    activity_id   TEXT REFERENCES activity (id) ON DELETE CASCADE,
    reflection_id TEXT REFERENCES reflection (id) ON DELETE CASCADE,
    goal_id       TEXT REFERENCES goal (id) ON DELETE CASCADE,
    CHECK ((activity_id IS NOT NULL) + (reflection_id IS NOT NULL) + (goal_id IS NOT NULL) = 1)
) STRICT;

CREATE UNIQUE INDEX entry_standard_once ON entry_standard
    (item_id, coalesce(activity_id, ''), coalesce(reflection_id, ''), coalesce(goal_id, ''));
CREATE INDEX entry_standard_by_activity ON entry_standard (activity_id);
CREATE INDEX entry_standard_by_reflection ON entry_standard (reflection_id);
CREATE INDEX entry_standard_by_goal ON entry_standard (goal_id);

CREATE TABLE community (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    online     INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    link       TEXT NOT NULL DEFAULT '',
    joined_on  TEXT,
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;

-- The member's level of participation over time: the newest row is the current level.
CREATE TABLE community_level (
    community_id TEXT NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    level        TEXT NOT NULL,
    since        TEXT NOT NULL,
    PRIMARY KEY (community_id, since)
) STRICT, WITHOUT ROWID;

ALTER TABLE activity ADD COLUMN goal_id TEXT REFERENCES goal (id) ON DELETE SET NULL;
ALTER TABLE activity ADD COLUMN community_id TEXT REFERENCES community (id) ON DELETE SET NULL;
ALTER TABLE reflection ADD COLUMN goal_id TEXT REFERENCES goal (id) ON DELETE SET NULL;
ALTER TABLE reflection ADD COLUMN community_id TEXT REFERENCES community (id) ON DELETE SET NULL;

CREATE INDEX activity_by_goal ON activity (goal_id);
CREATE INDEX activity_by_community ON activity (community_id);
CREATE INDEX reflection_by_goal ON reflection (goal_id);

-- A professional body's requirements the user keeps to (dual registration means several).
CREATE TABLE profile (
    id                  TEXT PRIMARY KEY NOT NULL,
    body                TEXT NOT NULL,
    label               TEXT NOT NULL DEFAULT '',
    cycle_start         TEXT NOT NULL,
    cycle_years         INTEGER NOT NULL CHECK (cycle_years BETWEEN 1 AND 10),
    weekly_hours        REAL CHECK (weekly_hours IS NULL OR weekly_hours > 0),
    hours_target        REAL CHECK (hours_target IS NULL OR hours_target > 0),
    period_months       INTEGER CHECK (period_months IS NULL OR period_months > 0),
    participatory_share REAL CHECK (participatory_share IS NULL
                                    OR (participatory_share >= 0 AND participatory_share <= 1)),
    signoff_on          TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
) STRICT;

-- Full-text search over what the user wrote. Kept in step by the triggers below; entries in
-- the trash stay indexed and are filtered out when searching.
CREATE VIRTUAL TABLE search_index USING fts5 (
    entity UNINDEXED,
    id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER activity_search_insert AFTER INSERT ON activity BEGIN
    INSERT INTO search_index (entity, id, title, body) VALUES ('activity', NEW.id, NEW.title,
        concat_ws(' ', NEW.description, NEW.provider, NEW.location, NEW.outcomes, NEW.impact));
END;
CREATE TRIGGER activity_search_update AFTER UPDATE OF title, description, provider, location,
    outcomes, impact ON activity BEGIN
    DELETE FROM search_index WHERE entity = 'activity' AND id = OLD.id;
    INSERT INTO search_index (entity, id, title, body) VALUES ('activity', NEW.id, NEW.title,
        concat_ws(' ', NEW.description, NEW.provider, NEW.location, NEW.outcomes, NEW.impact));
END;
CREATE TRIGGER activity_search_delete AFTER DELETE ON activity BEGIN
    DELETE FROM search_index WHERE entity = 'activity' AND id = OLD.id;
END;

CREATE TRIGGER reflection_search_insert AFTER INSERT ON reflection BEGIN
    INSERT INTO search_index (entity, id, title, body) VALUES ('reflection', NEW.id, NEW.title,
        (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(NEW.sections)));
END;
CREATE TRIGGER reflection_search_update AFTER UPDATE OF title, sections ON reflection BEGIN
    DELETE FROM search_index WHERE entity = 'reflection' AND id = OLD.id;
    INSERT INTO search_index (entity, id, title, body) VALUES ('reflection', NEW.id, NEW.title,
        (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(NEW.sections)));
END;
CREATE TRIGGER reflection_search_delete AFTER DELETE ON reflection BEGIN
    DELETE FROM search_index WHERE entity = 'reflection' AND id = OLD.id;
END;

CREATE TRIGGER goal_search_insert AFTER INSERT ON goal BEGIN
    INSERT INTO search_index (entity, id, title, body) VALUES ('goal', NEW.id, NEW.title,
        concat_ws(' ', NEW.description, NEW.success_criteria));
END;
CREATE TRIGGER goal_search_update AFTER UPDATE OF title, description, success_criteria ON goal
BEGIN
    DELETE FROM search_index WHERE entity = 'goal' AND id = OLD.id;
    INSERT INTO search_index (entity, id, title, body) VALUES ('goal', NEW.id, NEW.title,
        concat_ws(' ', NEW.description, NEW.success_criteria));
END;
CREATE TRIGGER goal_search_delete AFTER DELETE ON goal BEGIN
    DELETE FROM search_index WHERE entity = 'goal' AND id = OLD.id;
END;

CREATE TRIGGER community_search_insert AFTER INSERT ON community BEGIN
    INSERT INTO search_index (entity, id, title, body)
    VALUES ('community', NEW.id, NEW.name, NEW.notes);
END;
CREATE TRIGGER community_search_update AFTER UPDATE OF name, notes ON community BEGIN
    DELETE FROM search_index WHERE entity = 'community' AND id = OLD.id;
    INSERT INTO search_index (entity, id, title, body)
    VALUES ('community', NEW.id, NEW.name, NEW.notes);
END;
CREATE TRIGGER community_search_delete AFTER DELETE ON community BEGIN
    DELETE FROM search_index WHERE entity = 'community' AND id = OLD.id;
END;

CREATE TRIGGER feedback_search_insert AFTER INSERT ON feedback BEGIN
    INSERT INTO search_index (entity, id, title, body)
    VALUES ('feedback', NEW.id, NEW.source, concat_ws(' ', NEW.content, NEW.use_made));
END;
CREATE TRIGGER feedback_search_update AFTER UPDATE OF source, content, use_made ON feedback
BEGIN
    DELETE FROM search_index WHERE entity = 'feedback' AND id = OLD.id;
    INSERT INTO search_index (entity, id, title, body)
    VALUES ('feedback', NEW.id, NEW.source, concat_ws(' ', NEW.content, NEW.use_made));
END;
CREATE TRIGGER feedback_search_delete AFTER DELETE ON feedback BEGIN
    DELETE FROM search_index WHERE entity = 'feedback' AND id = OLD.id;
END;

-- Entries written before this schema are indexed once here.
INSERT INTO search_index (entity, id, title, body)
    SELECT 'activity', id, title,
        concat_ws(' ', description, provider, location, outcomes, impact) FROM activity;
INSERT INTO search_index (entity, id, title, body)
    SELECT 'reflection', r.id, r.title,
        (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(r.sections))
    FROM reflection r;
INSERT INTO search_index (entity, id, title, body)
    SELECT 'feedback', id, source, concat_ws(' ', content, use_made) FROM feedback;
