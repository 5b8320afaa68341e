-- Proposals are listed in the order they came in. That order was SQLite's rowid; it is now a
-- column both engines read (PostgreSQL's has been an identity column since 0008), so one query
-- serves both. New rows take their rowid, as before.
ALTER TABLE consultation_proposals ADD COLUMN seq INTEGER;
UPDATE consultation_proposals SET seq = rowid;
CREATE TRIGGER consultation_proposals_seq AFTER INSERT ON consultation_proposals
WHEN NEW.seq IS NULL
BEGIN
    UPDATE consultation_proposals SET seq = NEW.rowid WHERE rowid = NEW.rowid;
END;
