-- A person erased on request (or when a closed case's time is over): their row stays, with no
-- name and nothing else, so what still counts them without a name (votes, session scores,
-- survey counts) keeps its shape; everything else of theirs is deleted (cases::erase).
ALTER TABLE people ADD COLUMN erased_at BIGINT;
-- Months after a case closes that its young person (and carers linked to no one else) are erased.
ALTER TABLE retention_settings ADD COLUMN closed_case_months BIGINT NOT NULL DEFAULT 12;
