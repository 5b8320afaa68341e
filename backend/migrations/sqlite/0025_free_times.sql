-- Times a worker has set as free, offered on their young people's and carers' phones when an
-- appointment must change; a reply that chose one keeps a copy of it (the worker may remove it).
CREATE TABLE free_times (
    id         TEXT    PRIMARY KEY,
    service_id TEXT    NOT NULL REFERENCES services (id),
    worker_id  TEXT    NOT NULL REFERENCES people (id),
    starts_at  INTEGER NOT NULL,
    ends_at    INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    CHECK (ends_at > starts_at)
) STRICT;
CREATE INDEX free_times_by_worker ON free_times (worker_id, starts_at);
ALTER TABLE appointment_replies ADD COLUMN asks_free_time_id TEXT;
ALTER TABLE appointment_replies ADD COLUMN asks_starts_at INTEGER;
ALTER TABLE appointment_replies ADD COLUMN asks_ends_at INTEGER;
