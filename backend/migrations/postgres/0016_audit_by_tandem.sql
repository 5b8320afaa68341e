-- Some things Tandem does by itself and must still be audited (a safety alert nobody saw in
-- time, sent on to the managers): such an entry has no member of staff and no session, so the
-- actor and the session may be empty, together.
ALTER TABLE audit_log ALTER COLUMN actor_id DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN session_id DROP NOT NULL;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_actor_with_session CHECK ((actor_id IS NULL) = (session_id IS NULL));
