-- Youth cabinet meetings (as in the SQLite schema). Each member has a meeting as an appointment
-- of their own; the appointment names the meeting.
CREATE TABLE cabinet_meetings (
    id             TEXT   PRIMARY KEY,
    service_id     TEXT   NOT NULL REFERENCES services (id),
    starts_at      BIGINT NOT NULL,
    ends_at        BIGINT NOT NULL CHECK (ends_at > starts_at),
    place          TEXT   NOT NULL,
    map_link       TEXT,
    purpose        TEXT   NOT NULL,
    with_whom      TEXT   NOT NULL,
    title          TEXT   NOT NULL,
    include_carers BIGINT NOT NULL CHECK (include_carers IN (0, 1)),
    created_by     TEXT   REFERENCES people (id),
    created_at     BIGINT NOT NULL,
    cancelled_at   BIGINT
);
CREATE INDEX cabinet_meetings_by_service ON cabinet_meetings (service_id, starts_at);

ALTER TABLE appointments ADD COLUMN cabinet_meeting_id TEXT REFERENCES cabinet_meetings (id);
CREATE INDEX appointments_by_cabinet_meeting ON appointments (cabinet_meeting_id);
