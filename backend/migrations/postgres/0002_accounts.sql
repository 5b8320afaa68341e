-- Sign-in sessions: staff (password) and devices (invite code, then PIN).
-- Only the SHA-256 of the cookie's token is kept.
CREATE TABLE sessions (
    id             TEXT PRIMARY KEY,
    token_hash     TEXT NOT NULL UNIQUE,
    person_id      TEXT NOT NULL REFERENCES people (id),
    kind           TEXT NOT NULL CHECK (kind IN ('staff', 'device')),
    device_label   TEXT NOT NULL DEFAULT '',
    created_at     BIGINT NOT NULL,
    -- The last request the person made themselves (background sends do not count).
    last_active_at BIGINT NOT NULL,
    expires_at     BIGINT NOT NULL,
    pin_hash       TEXT,
    pin_failures   BIGINT NOT NULL DEFAULT 0,
    ended_at       BIGINT,
    ended_reason   TEXT
);
CREATE INDEX sessions_person ON sessions (person_id, ended_at);

-- One-time links for staff to set their own password.
CREATE TABLE password_tokens (
    id         TEXT PRIMARY KEY,
    person_id  TEXT NOT NULL REFERENCES people (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);

-- Who read or changed which young person's data, when, from which session. Append-only.
CREATE TABLE audit_log (
    id              TEXT PRIMARY KEY,
    at              BIGINT NOT NULL,
    service_id      TEXT NOT NULL REFERENCES services (id),
    actor_id        TEXT NOT NULL REFERENCES people (id),
    session_id      TEXT NOT NULL,
    action          TEXT NOT NULL,
    young_person_id TEXT REFERENCES people (id),
    detail          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (service_id, at);
CREATE INDEX audit_log_person ON audit_log (young_person_id, at);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
