-- Cairn journal, schema 4: whether a reflection has any writing, kept beside it so that the
-- dashboard and lists need not read every reflection's sections; and an index the dashboard's
-- time totals read without touching the table.
-- Shipped migrations are never edited; later changes go in new numbered files.

ALTER TABLE reflection ADD COLUMN written INTEGER NOT NULL DEFAULT 0 CHECK (written IN (0, 1));

UPDATE reflection SET written = EXISTS (SELECT 1 FROM json_each(sections) s
    WHERE trim(json_extract(s.value, '$.text'), char(32, 9, 10, 13)) <> '');

CREATE TRIGGER reflection_written_insert AFTER INSERT ON reflection BEGIN
    UPDATE reflection SET written = EXISTS (SELECT 1 FROM json_each(NEW.sections) s
        WHERE trim(json_extract(s.value, '$.text'), char(32, 9, 10, 13)) <> '')
    WHERE id = NEW.id;
END;
CREATE TRIGGER reflection_written_update AFTER UPDATE OF sections ON reflection BEGIN
    UPDATE reflection SET written = EXISTS (SELECT 1 FROM json_each(NEW.sections) s
        WHERE trim(json_extract(s.value, '$.text'), char(32, 9, 10, 13)) <> '')
    WHERE id = NEW.id;
END;

-- deleted_at and written are constant here; listing them makes the index covering.
CREATE INDEX reflection_written_by_activity ON reflection (activity_id, deleted_at, written)
    WHERE deleted_at IS NULL AND written;
CREATE INDEX reflection_written_newest ON reflection (created_at)
    WHERE deleted_at IS NULL AND written;
CREATE INDEX activity_time ON activity
    (deleted_at, started_on, kind, mode, minutes, participatory_minutes);
