-- When the worker asked for end scores: an end score given before then is refused, so a tap
-- seconds after the start score is not counted as learning. Sessions already past the start
-- are taken as open from when they opened, so no score already given is judged anew.
ALTER TABLE scaling_sessions ADD COLUMN end_opened_at BIGINT;
UPDATE scaling_sessions SET end_opened_at = opened_at WHERE phase <> 'start';
