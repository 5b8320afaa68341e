-- Relay to the case record: who recorded an event by hand, the young person's identifier in
-- the case record, each service's switch, and the lease SQLite uses to keep one relay at a time.

-- Set when staff recorded the event by hand (it is then 'delivered' with this person's id).
ALTER TABLE outbox_events ADD COLUMN recorded_by TEXT REFERENCES people (id);
-- The young person's identifier in the statutory case record, set by staff.
ALTER TABLE people ADD COLUMN case_record_id TEXT;
ALTER TABLE services ADD COLUMN relay_enabled BIGINT NOT NULL DEFAULT 1 CHECK (relay_enabled IN (0, 1));

-- One row per named job, as in SQLite. On PostgreSQL several servers relay at once (events are
-- claimed row by row with FOR UPDATE SKIP LOCKED); the table stays for the same trait.
CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- What the relay asks for every turn: "is an older event of this young person still waiting?"
CREATE INDEX outbox_events_pending_person ON outbox_events (young_person_id, id) WHERE status IN ('queued', 'failed');
