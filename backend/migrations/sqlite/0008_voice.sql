-- Voice and influence: consultations, their ballots, statements and open answers, the youth
-- cabinet, and the published responses ("you said, we did").
--
-- Integrity and anonymity: who took part is kept apart from what they chose. Ballots and
-- statement votes never carry a person, even in a named consultation, and have random ids in
-- tables without rowid (so the order they were written in, which the voters' table would
-- mirror, is not kept either). Only open answers and proposals of a named consultation keep
-- their author.

CREATE TABLE consultations (
    id           TEXT    PRIMARY KEY,
    service_id   TEXT    NOT NULL REFERENCES services (id),
    -- The ConsultationRequest as JSON.
    definition   TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    anonymous    INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
    opens_on     TEXT    NOT NULL,
    closes_on    TEXT    NOT NULL,
    created_by   TEXT    NOT NULL REFERENCES people (id),
    created_at   INTEGER NOT NULL,
    saved_at     INTEGER NOT NULL,
    published_at INTEGER,
    -- Rises with each response published or changed: participants are told once per rise.
    news         INTEGER NOT NULL DEFAULT 0,
    -- Kept as they change, so taking part never counts a growing table.
    participants INTEGER NOT NULL DEFAULT 0,
    responses    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX consultations_by_service ON consultations (service_id, created_at);

-- Statements participants proposed: shown to others only once approved.
CREATE TABLE consultation_proposals (
    consultation_id TEXT    NOT NULL REFERENCES consultations (id),
    id              TEXT    NOT NULL,
    activity_id     TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    -- NULL while waiting for an officer.
    approved        INTEGER CHECK (approved IN (0, 1)),
    -- Named consultations only.
    proposed_by     TEXT    REFERENCES people (id),
    proposed_on     TEXT    NOT NULL,
    PRIMARY KEY (consultation_id, id)
) STRICT;

-- Anyone who took part in anything (for "took part" and for telling them about responses).
CREATE TABLE consultation_participants (
    consultation_id TEXT NOT NULL REFERENCES consultations (id),
    person_id       TEXT NOT NULL REFERENCES people (id),
    PRIMARY KEY (consultation_id, person_id)
) STRICT, WITHOUT ROWID;

-- Who has voted in which ballot or on which statement, or answered which question: one each.
CREATE TABLE consultation_voters (
    consultation_id TEXT NOT NULL REFERENCES consultations (id),
    item_id         TEXT NOT NULL,
    person_id       TEXT NOT NULL REFERENCES people (id),
    PRIMARY KEY (consultation_id, item_id, person_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE consultation_ballots (
    id              TEXT NOT NULL PRIMARY KEY,
    consultation_id TEXT NOT NULL REFERENCES consultations (id),
    activity_id     TEXT NOT NULL,
    -- The issue ids in order of preference, as JSON.
    ranking         TEXT NOT NULL,
    given_on        TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX consultation_ballots_by_activity ON consultation_ballots (consultation_id, activity_id);

CREATE TABLE consultation_votes (
    id              TEXT NOT NULL PRIMARY KEY,
    consultation_id TEXT NOT NULL REFERENCES consultations (id),
    statement_id    TEXT NOT NULL,
    vote            TEXT NOT NULL CHECK (vote IN ('agree', 'disagree', 'pass')),
    given_on        TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX consultation_votes_by_statement ON consultation_votes (consultation_id, statement_id);

CREATE TABLE consultation_answers (
    id              TEXT    NOT NULL PRIMARY KEY,
    consultation_id TEXT    NOT NULL REFERENCES consultations (id),
    activity_id     TEXT    NOT NULL,
    -- Named consultations only.
    person_id       TEXT    REFERENCES people (id),
    text            TEXT    NOT NULL,
    has_voice_note  INTEGER NOT NULL CHECK (has_voice_note IN (0, 1)),
    -- Themes staff tagged it with, as a JSON array.
    themes          TEXT    NOT NULL DEFAULT '[]',
    given_on        TEXT    NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX consultation_answers_by_consultation ON consultation_answers (consultation_id, activity_id);

-- The recordings, apart from the answers (large rows do not belong in a table without rowid).
CREATE TABLE consultation_voice_notes (
    answer_id    TEXT NOT NULL PRIMARY KEY REFERENCES consultation_answers (id),
    content_type TEXT NOT NULL,
    audio        BLOB NOT NULL
) STRICT;

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
    published_at    INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX consultation_responses_by_consultation ON consultation_responses (consultation_id, published_at);

CREATE TABLE cabinet_members (
    service_id      TEXT    NOT NULL REFERENCES services (id),
    young_person_id TEXT    NOT NULL REFERENCES people (id),
    added_at        INTEGER NOT NULL,
    PRIMARY KEY (service_id, young_person_id)
) STRICT;

-- Reminders gain 'voice_news' (a consultation someone took part in has news). SQLite cannot
-- change a CHECK, so the table is made again; push_messages refers to it and is made again too.
CREATE TABLE reminders_next (
    id              TEXT    PRIMARY KEY,
    person_id       TEXT    NOT NULL REFERENCES people (id),
    kind            TEXT    NOT NULL CHECK (kind IN ('day_before', 'soon', 'plan_waiting', 'score_missing', 'voice_news')),
    -- The appointment, the young person whose plan waits, the session, or the consultation.
    subject_id      TEXT    NOT NULL,
    -- The appointment's revision, the plan's version, or the consultation's news count.
    subject_version INTEGER NOT NULL,
    due_at          INTEGER NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'due' CHECK (state IN ('due', 'sent', 'skipped')),
    outcome         TEXT    NOT NULL DEFAULT '',
    payload         TEXT,
    settled_at      INTEGER,
    UNIQUE (person_id, kind, subject_id, subject_version)
) STRICT;
INSERT INTO reminders_next SELECT * FROM reminders;

CREATE TABLE push_messages_next (
    reminder_id     TEXT    NOT NULL REFERENCES reminders_next (id),
    subscription_id TEXT    NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'gone', 'failed')),
    urgency         TEXT    NOT NULL CHECK (urgency IN ('very-low', 'low', 'normal', 'high')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    last_error      TEXT    NOT NULL DEFAULT '',
    sent_at         INTEGER,
    PRIMARY KEY (reminder_id, subscription_id)
) STRICT;
INSERT INTO push_messages_next SELECT * FROM push_messages;

DROP TABLE push_messages;
DROP TABLE reminders;
ALTER TABLE reminders_next RENAME TO reminders;
ALTER TABLE push_messages_next RENAME TO push_messages;
CREATE INDEX reminders_due ON reminders (state, due_at);
CREATE INDEX push_messages_due ON push_messages (state, next_attempt_at);
