-- Times are whole milliseconds since 1970 UTC; ids are UUID text. The same values as the
-- SQLite schema stores, so both engines share their row readers: every integer is BIGINT.

-- Exactly-once acceptance of phone operations (see src/operations).
CREATE TABLE operations (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    request_digest TEXT NOT NULL,
    status         BIGINT NOT NULL,
    response       TEXT NOT NULL,
    accepted_at    BIGINT NOT NULL
);

-- Events for the case record, written in the same transaction as what they describe.
CREATE TABLE outbox_events (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,
    young_person_id TEXT,
    payload         TEXT NOT NULL,
    occurred_at     BIGINT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'delivered', 'failed')),
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    delivered_at    BIGINT,
    last_error      TEXT
);
CREATE INDEX outbox_events_due ON outbox_events (status, next_attempt_at);
CREATE INDEX outbox_events_person ON outbox_events (young_person_id, id);

-- "What do you think of this app?" Anonymous: nothing here links to a person or device.
CREATE TABLE app_feedback (
    id          TEXT PRIMARY KEY,
    score       BIGINT NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment     TEXT,
    received_at BIGINT NOT NULL
);
CREATE INDEX app_feedback_received ON app_feedback (received_at);

-- A service (e.g. a city's youth justice service) owns its staff and young people.
CREATE TABLE services (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE people (
    id            TEXT PRIMARY KEY,
    service_id    TEXT NOT NULL REFERENCES services (id),
    role          TEXT NOT NULL CHECK (role IN ('young_person', 'carer', 'worker', 'participation_officer', 'manager', 'admin')),
    display_name  TEXT NOT NULL,
    email         TEXT UNIQUE,
    password_hash TEXT,
    created_at    BIGINT NOT NULL
);

CREATE TABLE carer_links (
    carer_id        TEXT NOT NULL REFERENCES people (id),
    young_person_id TEXT NOT NULL REFERENCES people (id),
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (carer_id, young_person_id)
);

CREATE TABLE allocations (
    worker_id       TEXT NOT NULL REFERENCES people (id),
    young_person_id TEXT NOT NULL REFERENCES people (id),
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (worker_id, young_person_id)
);

-- One-time invite codes; only their SHA-256 is kept.
CREATE TABLE invites (
    id         TEXT PRIMARY KEY,
    person_id  TEXT NOT NULL REFERENCES people (id),
    code_hash  TEXT NOT NULL UNIQUE,
    created_by TEXT REFERENCES people (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT,
    revoked_at BIGINT
);

CREATE TABLE plans (
    id              TEXT PRIMARY KEY,
    young_person_id TEXT NOT NULL REFERENCES people (id),
    version         BIGINT NOT NULL DEFAULT 1,
    review_date     TEXT,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);

-- The five columns of the service's paper plan.
CREATE TABLE plan_targets (
    id                 TEXT PRIMARY KEY,
    plan_id            TEXT NOT NULL REFERENCES plans (id),
    position           BIGINT NOT NULL,
    target             TEXT NOT NULL,
    young_person_will  TEXT NOT NULL DEFAULT '',
    carer_will         TEXT NOT NULL DEFAULT '',
    worker_will        TEXT NOT NULL DEFAULT '',
    success_looks_like TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'dropped')),
    row_version        BIGINT NOT NULL DEFAULT 1,
    updated_at         BIGINT NOT NULL,
    UNIQUE (plan_id, position)
);

CREATE TABLE programmes (
    id          TEXT PRIMARY KEY,
    service_id  TEXT NOT NULL REFERENCES services (id),
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL
);

CREATE TABLE programme_topics (
    id                 TEXT PRIMARY KEY,
    programme_id       TEXT NOT NULL REFERENCES programmes (id),
    position           BIGINT NOT NULL,
    title              TEXT NOT NULL,
    question           TEXT NOT NULL,
    easy_read_question TEXT NOT NULL,
    UNIQUE (programme_id, position)
);

CREATE TABLE appointments (
    id              TEXT PRIMARY KEY,
    service_id      TEXT NOT NULL REFERENCES services (id),
    young_person_id TEXT NOT NULL REFERENCES people (id),
    starts_at       BIGINT NOT NULL,
    ends_at         BIGINT NOT NULL,
    place           TEXT NOT NULL,
    purpose         TEXT NOT NULL,
    discreet_title  TEXT NOT NULL,
    carer_attends   BIGINT NOT NULL DEFAULT 0,
    created_by      TEXT REFERENCES people (id),
    created_at      BIGINT NOT NULL
);
