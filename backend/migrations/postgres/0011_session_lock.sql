-- Quick exit locks a phone's session at once, not only after its idle time; a right PIN
-- clears it.
ALTER TABLE sessions ADD COLUMN locked_at BIGINT;
