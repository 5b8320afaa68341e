-- How long a service keeps what it no longer needs (tandem_domain::cases::RetentionSettings);
-- the defaults when it has no row. A delivered event's payload (Tandem's copy of what it said)
-- is removed after delivered_event_days; the event itself (kind, when, delivered) stays for the
-- relay log. Operation answers (kept so a phone's resend is answered the same) go after a month.
CREATE TABLE retention_settings (
    service_id           TEXT    PRIMARY KEY REFERENCES services (id),
    delivered_event_days BIGINT NOT NULL
);
ALTER TABLE outbox_events ADD COLUMN payload_removed_at BIGINT;
CREATE INDEX outbox_events_delivered ON outbox_events (delivered_at) WHERE status = 'delivered' AND payload_removed_at IS NULL;
CREATE INDEX operations_accepted ON operations (accepted_at);
