-- Reminders gain 'form_due' (to the person asked, the evening before a form is due) and
-- 'form_overdue' (to the worker who asked, the morning after it was due and did not come).
-- PostgreSQL changes the CHECK in place (SQLite makes the table again).
ALTER TABLE reminders DROP CONSTRAINT reminders_kind_check;
ALTER TABLE reminders ADD CONSTRAINT reminders_kind_check
    CHECK (kind IN ('day_before', 'soon', 'plan_waiting', 'score_missing', 'voice_news', 'complaint_news', 'form_due', 'form_overdue'));
