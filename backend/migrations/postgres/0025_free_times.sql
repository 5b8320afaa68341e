-- Times a worker has set as free, offered on their young people's and carers' phones when an
-- appointment must change; a reply that chose one keeps a copy of it (the worker may remove it).
CREATE TABLE free_times (
    id         TEXT    PRIMARY KEY,
    service_id TEXT    NOT NULL REFERENCES services (id),
    worker_id  TEXT    NOT NULL REFERENCES people (id),
    starts_at  BIGINT NOT NULL,
    ends_at    BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX free_times_by_worker ON free_times (worker_id, starts_at);
ALTER TABLE appointment_replies ADD COLUMN asks_free_time_id TEXT;
ALTER TABLE appointment_replies ADD COLUMN asks_starts_at BIGINT;
ALTER TABLE appointment_replies ADD COLUMN asks_ends_at BIGINT;
