-- Reminders gain 'complaint_news': something a person sent by name (a complaint or compliment)
-- has moved on; its version is the complaint's status (its place in received, acknowledged,
-- investigating, resolved). PostgreSQL changes the CHECK in place (SQLite makes the table again).
ALTER TABLE reminders DROP CONSTRAINT reminders_kind_check;
ALTER TABLE reminders ADD CONSTRAINT reminders_kind_check
    CHECK (kind IN ('day_before', 'soon', 'plan_waiting', 'score_missing', 'voice_news', 'complaint_news'));
