-- Voice and influence: consultations, their ballots, statements and open answers, the youth
-- cabinet, and the published responses ("you said, we did").
--
-- Integrity and anonymity: who took part is kept apart from what they chose. Ballots and
-- statement votes never carry a person, even in a named consultation, have random ids and say
-- only the day. Only open answers and proposals of a named consultation keep their author.
-- (PostgreSQL twin of migrations/sqlite/0008. Unlike SQLite's tables without rowid, a
-- PostgreSQL heap keeps rows roughly in the order written and stamps each with its writing
-- transaction (xmin), which the voters' row shares: someone holding the database files, its
-- WAL or a physical backup could pair them. Nothing the server reads or exports uses either.)

CREATE TABLE consultations (
    id           TEXT    PRIMARY KEY,
    service_id   TEXT    NOT NULL REFERENCES services (id),
    -- The ConsultationRequest as JSON.
    definition   TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    anonymous    BIGINT  NOT NULL CHECK (anonymous IN (0, 1)),
    opens_on     TEXT    NOT NULL,
    closes_on    TEXT    NOT NULL,
    created_by   TEXT    NOT NULL REFERENCES people (id),
    created_at   BIGINT  NOT NULL,
    saved_at     BIGINT  NOT NULL,
    published_at BIGINT,
    -- Rises with each response published or changed: participants are told once per rise.
    news         BIGINT  NOT NULL DEFAULT 0,
    -- Kept as they change, so taking part never counts a growing table.
    participants BIGINT  NOT NULL DEFAULT 0,
    responses    BIGINT  NOT NULL DEFAULT 0
);
CREATE INDEX consultations_by_service ON consultations (service_id, created_at);

-- Statements participants proposed: shown to others only once approved.
CREATE TABLE consultation_proposals (
    consultation_id TEXT    NOT NULL REFERENCES consultations (id),
    id              TEXT    NOT NULL,
    activity_id     TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    -- NULL while waiting for an officer.
    approved        BIGINT  CHECK (approved IN (0, 1)),
    -- Named consultations only.
    proposed_by     TEXT    REFERENCES people (id),
    proposed_on     TEXT    NOT NULL,
    -- The order proposals came in (SQLite's rowid), for listing them.
    seq             BIGINT  GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (consultation_id, id)
);

-- Anyone who took part in anything (for "took part" and for telling them about responses).
CREATE TABLE consultation_participants (
    consultation_id TEXT NOT NULL REFERENCES consultations (id),
    person_id       TEXT NOT NULL REFERENCES people (id),
    PRIMARY KEY (consultation_id, person_id)
);

-- Who has voted in which ballot or on which statement, or answered which question: one each.
CREATE TABLE consultation_voters (
    consultation_id TEXT NOT NULL REFERENCES consultations (id),
    item_id         TEXT NOT NULL,
    person_id       TEXT NOT NULL REFERENCES people (id),
    PRIMARY KEY (consultation_id, item_id, person_id)
);

CREATE TABLE consultation_ballots (
    id              TEXT NOT NULL PRIMARY KEY,
    consultation_id TEXT NOT NULL REFERENCES consultations (id),
    activity_id     TEXT NOT NULL,
    -- The issue ids in order of preference, as JSON.
    ranking         TEXT NOT NULL,
    given_on        TEXT NOT NULL
);
CREATE INDEX consultation_ballots_by_activity ON consultation_ballots (consultation_id, activity_id);

CREATE TABLE consultation_votes (
    id              TEXT NOT NULL PRIMARY KEY,
    consultation_id TEXT NOT NULL REFERENCES consultations (id),
    statement_id    TEXT NOT NULL,
    vote            TEXT NOT NULL CHECK (vote IN ('agree', 'disagree', 'pass')),
    given_on        TEXT NOT NULL
);
CREATE INDEX consultation_votes_by_statement ON consultation_votes (consultation_id, statement_id);

CREATE TABLE consultation_answers (
    id              TEXT    NOT NULL PRIMARY KEY,
    consultation_id TEXT    NOT NULL REFERENCES consultations (id),
    activity_id     TEXT    NOT NULL,
    -- Named consultations only.
    person_id       TEXT    REFERENCES people (id),
    text            TEXT    NOT NULL,
    has_voice_note  BIGINT  NOT NULL CHECK (has_voice_note IN (0, 1)),
    -- Themes staff tagged it with, as a JSON array.
    themes          TEXT    NOT NULL DEFAULT '[]',
    given_on        TEXT    NOT NULL
);
CREATE INDEX consultation_answers_by_consultation ON consultation_answers (consultation_id, activity_id);

-- The recordings, apart from the answers.
CREATE TABLE consultation_voice_notes (
    answer_id    TEXT NOT NULL PRIMARY KEY REFERENCES consultation_answers (id),
    content_type TEXT NOT NULL,
    audio        BYTEA NOT NULL
);

-- "You said, we did": the service's response to a consultation, a theme, a statement or an issue.
CREATE TABLE consultation_responses (
    id              TEXT    PRIMARY KEY,
    consultation_id TEXT    NOT NULL REFERENCES consultations (id),
    about_kind      TEXT    NOT NULL CHECK (about_kind IN ('consultation', 'theme', 'item')),
    about           TEXT    NOT NULL,
    we_did          TEXT    NOT NULL,
    by_when         TEXT,
    decided_by      TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'not_possible')),
    published_by    TEXT    NOT NULL REFERENCES people (id),
    published_at    BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL
);
CREATE INDEX consultation_responses_by_consultation ON consultation_responses (consultation_id, published_at);

CREATE TABLE cabinet_members (
    service_id      TEXT    NOT NULL REFERENCES services (id),
    young_person_id TEXT    NOT NULL REFERENCES people (id),
    added_at        BIGINT  NOT NULL,
    PRIMARY KEY (service_id, young_person_id)
);

-- Reminders gain 'voice_news' (a consultation someone took part in has news). PostgreSQL can
-- change a CHECK in place (SQLite makes the table again).
ALTER TABLE reminders DROP CONSTRAINT reminders_kind_check;
ALTER TABLE reminders ADD CONSTRAINT reminders_kind_check
    CHECK (kind IN ('day_before', 'soon', 'plan_waiting', 'score_missing', 'voice_news'));
