-- (PostgreSQL twin of migrations/sqlite/0007: the same values, integers as BIGINT.)
-- Participation and feedback surveys, and the complaints and compliments register.

CREATE TABLE surveys (
    id          TEXT    PRIMARY KEY,
    service_id  TEXT    NOT NULL REFERENCES services (id),
    created_by  TEXT    NOT NULL REFERENCES people (id),
    created_at  BIGINT  NOT NULL
);
CREATE INDEX surveys_by_service ON surveys (service_id, created_at);

-- Every version as the builder saved it. A published version never changes: saving a survey
-- whose latest version is published makes the next version.
CREATE TABLE survey_versions (
    survey_id    TEXT    NOT NULL REFERENCES surveys (id),
    version      BIGINT  NOT NULL CHECK (version >= 1),
    -- The SurveyRequest as JSON: questions, reach, open and close dates.
    definition   TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    anonymous    BIGINT  NOT NULL CHECK (anonymous IN (0, 1)),
    opens_on     TEXT    NOT NULL,
    closes_on    TEXT    NOT NULL,
    saved_by     TEXT    NOT NULL REFERENCES people (id),
    saved_at     BIGINT  NOT NULL,
    published_at BIGINT,
    PRIMARY KEY (survey_id, version)
);

-- One row per response. An anonymous response carries no person, no exact time (only the
-- day) and a random id. (SQLite keeps it in a table without rowid, so the order rows were
-- written in is not kept; a PostgreSQL heap keeps rows roughly in that order with their
-- writing transaction, shared with the `survey_participants` row: see 0008's note.)
CREATE TABLE survey_responses (
    id           TEXT    PRIMARY KEY,
    survey_id    TEXT    NOT NULL REFERENCES surveys (id),
    version      BIGINT  NOT NULL,
    -- Named surveys only.
    person_id    TEXT    REFERENCES people (id),
    -- 'young_person' or 'carer': what the results are broken down by, not who.
    answered_as  TEXT    NOT NULL CHECK (answered_as IN ('young_person', 'carer')),
    programme_id TEXT    REFERENCES programmes (id),
    answers      TEXT    NOT NULL,
    answered_on  TEXT    NOT NULL,
    -- Exact time, named surveys only.
    answered_at  BIGINT,
    FOREIGN KEY (survey_id, version) REFERENCES survey_versions (survey_id, version)
);
CREATE INDEX survey_responses_by_survey ON survey_responses (survey_id, answered_on);

-- Who has answered (so nobody answers twice), with nothing that points at their answers.
CREATE TABLE survey_participants (
    survey_id TEXT NOT NULL REFERENCES surveys (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    PRIMARY KEY (survey_id, person_id)
);

CREATE TABLE complaints (
    id               TEXT    PRIMARY KEY,
    service_id       TEXT    NOT NULL REFERENCES services (id),
    kind             TEXT    NOT NULL CHECK (kind IN ('complaint', 'compliment')),
    body             TEXT    NOT NULL,
    -- None when the person chose not to give their name.
    raised_by        TEXT    REFERENCES people (id),
    raised_as        TEXT    NOT NULL CHECK (raised_as IN ('young_person', 'carer')),
    -- SHA-256 of the token the phone keeps, so that phone (and only it) can follow the item.
    follow_hash      TEXT    NOT NULL UNIQUE,
    status           TEXT    NOT NULL DEFAULT 'received'
                             CHECK (status IN ('received', 'acknowledged', 'investigating', 'resolved')),
    owner_id         TEXT    REFERENCES people (id),
    received_on      TEXT    NOT NULL,
    respond_by       TEXT    NOT NULL,
    outcome          TEXT    NOT NULL DEFAULT '',
    resolved_on      TEXT,
    updated_at       BIGINT  NOT NULL
);
CREATE INDEX complaints_by_service ON complaints (service_id, received_on);

CREATE TABLE complaint_settings (
    service_id   TEXT    PRIMARY KEY REFERENCES services (id),
    working_days BIGINT  NOT NULL CHECK (working_days BETWEEN 1 AND 60)
);
