-- Reminders gain 'form_due' (to the person asked, the evening before a form is due) and
-- 'form_overdue' (to the worker who asked, the morning after it was due and did not come).
-- SQLite cannot change a CHECK, so the table is made again, as in 0020; push_messages refers to
-- it and is made again too.
CREATE TABLE reminders_next (
    id              TEXT    PRIMARY KEY,
    person_id       TEXT    NOT NULL REFERENCES people (id),
    kind            TEXT    NOT NULL CHECK (kind IN ('day_before', 'soon', 'plan_waiting', 'score_missing', 'voice_news', 'complaint_news', 'form_due', 'form_overdue')),
    -- The appointment, the young person whose plan waits, the session, the consultation, the
    -- complaint, or the form asked for (assessment_requests).
    subject_id      TEXT    NOT NULL,
    -- The appointment's revision, the plan's version, the consultation's news count, or the
    -- complaint's status (its place in received, acknowledged, investigating, resolved); 0 for a form.
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
