-- Session self-scaling: sessions a worker opens on a programme topic, the young people who
-- join them by code, and their 0-10 scores.

-- What breakdowns need (age band, sex, ethnicity); recorded by staff, all optional.
ALTER TABLE people ADD COLUMN birth_date TEXT;
ALTER TABLE people ADD COLUMN sex TEXT;
ALTER TABLE people ADD COLUMN ethnicity TEXT;

CREATE TABLE scaling_sessions (
    id                TEXT PRIMARY KEY,
    service_id        TEXT NOT NULL REFERENCES services (id),
    programme_id      TEXT NOT NULL REFERENCES programmes (id),
    topic_id          TEXT REFERENCES programme_topics (id),
    kind              TEXT NOT NULL CHECK (kind IN ('group', 'one_to_one', 'programme_review')),
    cohort            TEXT NOT NULL DEFAULT '',
    anonymous_allowed BIGINT NOT NULL CHECK (anonymous_allowed IN (0, 1)),
    code              TEXT NOT NULL,
    phase             TEXT NOT NULL CHECK (phase IN ('start', 'end', 'closed')),
    opened_by         TEXT NOT NULL REFERENCES people (id),
    opened_at         BIGINT NOT NULL,
    closed_at         BIGINT
);
-- A code names one open session at a time; closed sessions keep theirs for the record.
CREATE UNIQUE INDEX scaling_sessions_open_code ON scaling_sessions (code) WHERE phase <> 'closed';
CREATE INDEX scaling_sessions_programme ON scaling_sessions (programme_id, opened_at);
CREATE INDEX scaling_sessions_service ON scaling_sessions (service_id, opened_at);

CREATE TABLE session_participants (
    id              TEXT PRIMARY KEY,
    session_id      TEXT NOT NULL REFERENCES scaling_sessions (id),
    -- None for someone who joined a group session with the code alone.
    young_person_id TEXT REFERENCES people (id),
    token_hash      TEXT NOT NULL UNIQUE,
    joined_at       BIGINT NOT NULL,
    UNIQUE (session_id, young_person_id)
);
CREATE INDEX session_participants_person ON session_participants (young_person_id);

CREATE TABLE session_scores (
    participant_id TEXT NOT NULL REFERENCES session_participants (id),
    measure        TEXT NOT NULL CHECK (measure IN ('topic', 'learning', 'future_risk', 'consequences')),
    moment         TEXT NOT NULL CHECK (moment IN ('start', 'end')),
    score          BIGINT NOT NULL CHECK (score BETWEEN 0 AND 10),
    -- By the phone's clock (checked for plausibility), and by ours.
    given_at       BIGINT NOT NULL,
    received_at    BIGINT NOT NULL,
    PRIMARY KEY (participant_id, measure, moment)
);
