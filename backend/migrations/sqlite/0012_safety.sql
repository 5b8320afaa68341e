-- "I don't feel safe": a young person's alert, who saw it and what they did, and when it went
-- to the managers because nobody had. Ids are random (UUID v4): nothing about them orders alerts.
CREATE TABLE safety_alerts (
    id              TEXT PRIMARY KEY,
    service_id      TEXT NOT NULL REFERENCES services (id),
    young_person_id TEXT NOT NULL REFERENCES people (id),
    words           TEXT NOT NULL,
    raised_at       INTEGER NOT NULL,
    acknowledged_by TEXT REFERENCES people (id),
    acknowledged_at INTEGER,
    action          TEXT,
    escalated_at    INTEGER
) STRICT;
CREATE INDEX safety_alerts_open ON safety_alerts (service_id, acknowledged_at, raised_at);
CREATE INDEX safety_alerts_of_person ON safety_alerts (young_person_id, raised_at);

-- A service's duty number and escalation time (defaults when absent), and its staff on duty.
CREATE TABLE safety_settings (
    service_id             TEXT PRIMARY KEY REFERENCES services (id),
    duty_phone             TEXT NOT NULL,
    escalate_after_minutes INTEGER NOT NULL
) STRICT;
CREATE TABLE safety_duty (
    service_id TEXT NOT NULL REFERENCES services (id),
    person_id  TEXT NOT NULL REFERENCES people (id),
    PRIMARY KEY (service_id, person_id)
) STRICT;
