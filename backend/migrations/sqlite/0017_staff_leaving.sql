-- Staff who leave are disabled, not deleted (the audit log and what they wrote still name
-- them): a disabled person cannot sign in, and their sessions have ended. A service made as the
-- demo says so on every page.
ALTER TABLE people ADD COLUMN disabled_at INTEGER;
ALTER TABLE services ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
UPDATE services SET demo = 1 WHERE name LIKE '%(demo)';
