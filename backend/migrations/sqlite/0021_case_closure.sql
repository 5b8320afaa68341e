-- A young person's case, closed by their worker or a manager with the day and the reason
-- (tandem_domain::cases). Reopening deletes the row; the audit log keeps both. While a case is
-- closed its young person's phones, and those of carers with no other open case, may only send
-- what they still hold (operations with an Idempotency-Key), then sign themselves out.
CREATE TABLE case_closures (
    young_person_id TEXT    PRIMARY KEY REFERENCES people (id),
    closed_on       TEXT    NOT NULL,
    reason          TEXT    NOT NULL CHECK (reason IN ('work_completed', 'support_declined', 'moved_away', 'transferred', 'other')),
    closed_by       TEXT    NOT NULL REFERENCES people (id),
    closed_at       INTEGER NOT NULL
) STRICT;
