-- The audit log is kept for the service's years (6 unless a manager changes it), then removed,
-- and the names of erased people are taken out of its entries. It stays append-only otherwise:
-- an entry's detail may only be emptied, and an entry may only be deleted once older than a
-- removal written first in audit_log_removals (itself the record that entries were removed).
ALTER TABLE retention_settings ADD COLUMN audit_log_years BIGINT NOT NULL DEFAULT 6;
CREATE TABLE audit_log_removals (
    service_id TEXT   NOT NULL REFERENCES services (id),
    before     BIGINT NOT NULL,
    removed_at BIGINT NOT NULL,
    PRIMARY KEY (service_id, before)
);
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.detail = ''
       AND (NEW.id, NEW.at, NEW.service_id, NEW.actor_id, NEW.session_id, NEW.action, NEW.young_person_id)
           IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.service_id, OLD.actor_id, OLD.session_id, OLD.action, OLD.young_person_id) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE'
       AND OLD.at < COALESCE((SELECT MAX(r.before) FROM audit_log_removals r WHERE r.service_id = OLD.service_id), 0) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
