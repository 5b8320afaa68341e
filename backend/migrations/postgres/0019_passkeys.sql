-- Passkeys for staff (WebAuthn). Each passkey is kept as webauthn-rs stores it (JSON: the public
-- key, its counter), beside its credential id, which is unique across every account. A
-- ceremony (adding a passkey, signing in, confirming a password sign-in) keeps its challenge
-- here between its two requests, so any instance may finish it, once. A session signed in by
-- password whose account has a passkey waits for it. A service may ask its managers and
-- admins to have one.
ALTER TABLE services ADD COLUMN passkeys_required BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN awaiting_passkey BIGINT NOT NULL DEFAULT 0;

CREATE TABLE passkeys (
    id            TEXT PRIMARY KEY,
    person_id     TEXT NOT NULL REFERENCES people (id),
    credential_id TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    passkey       TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    last_used_at  BIGINT
);
CREATE INDEX passkeys_person ON passkeys (person_id);

CREATE TABLE passkey_ceremonies (
    id         TEXT PRIMARY KEY,
    purpose    TEXT NOT NULL CHECK (purpose IN ('add', 'sign_in', 'confirm')),
    person_id  TEXT REFERENCES people (id),
    session_id TEXT REFERENCES sessions (id),
    state      TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX passkey_ceremonies_expiry ON passkey_ceremonies (expires_at);
