-- Youth cabinet meetings. Each member has a meeting as an appointment of their own (with its
-- reminders and replies); the appointment names the meeting, so a member who joins later is
-- given the meetings still to come, and cancelling a meeting cancels every member's.
CREATE TABLE cabinet_meetings (
    id           TEXT    PRIMARY KEY,
    service_id   TEXT    NOT NULL REFERENCES services (id),
    starts_at    INTEGER NOT NULL,
    ends_at      INTEGER NOT NULL CHECK (ends_at > starts_at),
    place        TEXT    NOT NULL,
    map_link     TEXT,
    purpose      TEXT    NOT NULL,
    with_whom    TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    include_carers INTEGER NOT NULL CHECK (include_carers IN (0, 1)),
    created_by   TEXT    REFERENCES people (id),
    created_at   INTEGER NOT NULL,
    cancelled_at INTEGER
) STRICT;
CREATE INDEX cabinet_meetings_by_service ON cabinet_meetings (service_id, starts_at);

ALTER TABLE appointments ADD COLUMN cabinet_meeting_id TEXT REFERENCES cabinet_meetings (id);
CREATE INDEX appointments_by_cabinet_meeting ON appointments (cabinet_meeting_id);
