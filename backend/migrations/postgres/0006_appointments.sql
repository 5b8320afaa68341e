-- Appointments, replies, push subscriptions and reminders. The first schema's appointments
-- table held only the demo's three rows (nothing else wrote it); it is made again with what
-- appointments now carry, and the demo seeds it again.
-- (PostgreSQL twin of migrations/sqlite/0006: the same values, integers as BIGINT.)
DROP TABLE appointments;

CREATE TABLE appointments (
    id              TEXT    PRIMARY KEY,
    service_id      TEXT    NOT NULL REFERENCES services (id),
    young_person_id TEXT    NOT NULL REFERENCES people (id),
    starts_at       BIGINT  NOT NULL,
    ends_at         BIGINT  NOT NULL CHECK (ends_at > starts_at),
    place           TEXT    NOT NULL,
    map_link        TEXT,
    purpose         TEXT    NOT NULL,
    with_whom       TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    include_carers  BIGINT  NOT NULL CHECK (include_carers IN (0, 1)),
    state           TEXT    NOT NULL DEFAULT 'upcoming'
                            CHECK (state IN ('upcoming', 'attended', 'missed', 'cancelled')),
    -- Rises when the time changes, so reminders made for the old time are not sent.
    revision        BIGINT  NOT NULL DEFAULT 1,
    -- Appointments a worker made as a series share its id.
    series_id       TEXT,
    -- The case record's own id, for appointments it sent (sending again changes nothing).
    case_record_id  TEXT    UNIQUE,
    created_by      TEXT    REFERENCES people (id),
    created_at      BIGINT  NOT NULL
);
CREATE INDEX appointments_by_young_person ON appointments (young_person_id, starts_at);

-- Each "I'll be there" or "I need to change this" as given; the latest per person counts.
CREATE TABLE appointment_replies (
    id             TEXT    PRIMARY KEY,
    appointment_id TEXT    NOT NULL REFERENCES appointments (id),
    person_id      TEXT    NOT NULL REFERENCES people (id),
    coming         BIGINT  NOT NULL CHECK (coming IN (0, 1)),
    reason         TEXT    NOT NULL,
    replied_at     BIGINT  NOT NULL
);
CREATE INDEX appointment_replies_by_appointment ON appointment_replies (appointment_id, replied_at);

-- A phone's Web Push subscription. It belongs to the phone's sign-in: signing the phone out
-- ends its reminders.
CREATE TABLE push_subscriptions (
    id         TEXT    PRIMARY KEY,
    person_id  TEXT    NOT NULL REFERENCES people (id),
    session_id TEXT    NOT NULL REFERENCES sessions (id),
    endpoint   TEXT    NOT NULL UNIQUE,
    p256dh     TEXT    NOT NULL,
    auth       TEXT    NOT NULL,
    created_at BIGINT  NOT NULL
);
CREATE INDEX push_subscriptions_by_person ON push_subscriptions (person_id);

-- "Detailed reminders": off unless the person turns it on.
CREATE TABLE push_preferences (
    person_id TEXT    PRIMARY KEY REFERENCES people (id),
    detailed  BIGINT  NOT NULL CHECK (detailed IN (0, 1))
);

-- A service's reminder times (tandem_domain::appointments::ReminderSettings); defaults when absent.
CREATE TABLE reminder_rules (
    service_id    TEXT    PRIMARY KEY REFERENCES services (id),
    day_before_at TEXT    NOT NULL,
    hours_before  BIGINT  NOT NULL,
    quiet_from    TEXT    NOT NULL,
    quiet_until   TEXT    NOT NULL
);

-- One reminder to one person, made when what it is about is created; sent once. At its time it
-- is checked again (is the appointment still on, at that time? is the plan still waiting?)
-- and either sent (its text kept in `payload`) or skipped.
CREATE TABLE reminders (
    id              TEXT    PRIMARY KEY,
    person_id       TEXT    NOT NULL REFERENCES people (id),
    kind            TEXT    NOT NULL CHECK (kind IN ('day_before', 'soon', 'plan_waiting', 'score_missing')),
    -- The appointment, the young person whose plan waits, or the session.
    subject_id      TEXT    NOT NULL,
    -- The appointment's revision or the plan's version it was made for.
    subject_version BIGINT  NOT NULL,
    due_at          BIGINT  NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'due' CHECK (state IN ('due', 'sent', 'skipped')),
    outcome         TEXT    NOT NULL DEFAULT '',
    payload         TEXT,
    settled_at      BIGINT,
    UNIQUE (person_id, kind, subject_id, subject_version)
);
CREATE INDEX reminders_due ON reminders (state, due_at);

-- One push message: a sent reminder to one of the person's phones. Retried on 429 and 5xx;
-- 'gone' when the push service said the subscription no longer exists (404, 410).
CREATE TABLE push_messages (
    reminder_id     TEXT    NOT NULL REFERENCES reminders (id),
    subscription_id TEXT    NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'gone', 'failed')),
    -- RFC 8030 Urgency: 'high' two hours before, 'low' for a plan waiting.
    urgency         TEXT    NOT NULL CHECK (urgency IN ('very-low', 'low', 'normal', 'high')),
    attempts        BIGINT  NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    -- After this the reminder is no use (the appointment has started): stop retrying.
    expires_at      BIGINT  NOT NULL,
    last_error      TEXT    NOT NULL DEFAULT '',
    sent_at         BIGINT,
    PRIMARY KEY (reminder_id, subscription_id)
);
CREATE INDEX push_messages_due ON push_messages (state, next_attempt_at);
