-- Some things Tandem does by itself and must still be audited (a safety alert nobody saw in
-- time, sent on to the managers): such an entry has no member of staff and no session, so the
-- actor and the session may be empty. SQLite cannot drop NOT NULL in place: the table is made
-- again with every entry kept, and its append-only triggers and indexes with it.
DROP TRIGGER audit_log_no_update;
DROP TRIGGER audit_log_no_delete;
CREATE TABLE audit_log_by_anyone (
    id              TEXT PRIMARY KEY,
    at              INTEGER NOT NULL,
    service_id      TEXT NOT NULL REFERENCES services (id),
    actor_id        TEXT REFERENCES people (id),
    session_id      TEXT,
    action          TEXT NOT NULL,
    young_person_id TEXT REFERENCES people (id),
    detail          TEXT NOT NULL DEFAULT '',
    CHECK ((actor_id IS NULL) = (session_id IS NULL))
) STRICT;
INSERT INTO audit_log_by_anyone (id, at, service_id, actor_id, session_id, action, young_person_id, detail)
SELECT id, at, service_id, actor_id, session_id, action, young_person_id, detail FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_by_anyone RENAME TO audit_log;
CREATE INDEX audit_log_at ON audit_log (service_id, at);
CREATE INDEX audit_log_person ON audit_log (young_person_id, at);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
