-- The audit log is kept for the service's years (6 unless a manager changes it), then removed,
-- and the names of erased people are taken out of its entries. It stays append-only otherwise:
-- an entry's detail may only be emptied, and an entry may only be deleted once older than a
-- removal written first in audit_log_removals (itself the record that entries were removed).
ALTER TABLE retention_settings ADD COLUMN audit_log_years INTEGER NOT NULL DEFAULT 6;
CREATE TABLE audit_log_removals (
    service_id TEXT    NOT NULL REFERENCES services (id),
    before     INTEGER NOT NULL,
    removed_at INTEGER NOT NULL,
    PRIMARY KEY (service_id, before)
) STRICT;
DROP TRIGGER audit_log_no_update;
DROP TRIGGER audit_log_no_delete;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.detail = '' AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.service_id IS OLD.service_id
          AND NEW.actor_id IS OLD.actor_id AND NEW.session_id IS OLD.session_id AND NEW.action IS OLD.action
          AND NEW.young_person_id IS OLD.young_person_id)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.at >= COALESCE((SELECT MAX(before) FROM audit_log_removals WHERE service_id = OLD.service_id), 0)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
