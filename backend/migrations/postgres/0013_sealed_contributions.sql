-- Secret ballots, statement votes and anonymous answers wait here, sealed with a key kept
-- outside the database, until the scheduler counts the day's items after the day is over, in
-- shuffled order (see src/secret). Ids are random; only the consultation or survey and the day
-- are in the clear, for "waiting to be counted". A sealed row shares its transaction (xmin)
-- with the voter's row, which is why it is sealed; the counted rows share none.
CREATE TABLE sealed_contributions (
    id          TEXT  NOT NULL PRIMARY KEY,
    subject_id  TEXT  NOT NULL,
    received_on TEXT  NOT NULL,
    sealed      BYTEA NOT NULL
);
CREATE INDEX sealed_contributions_by_subject ON sealed_contributions (subject_id);
CREATE INDEX sealed_contributions_by_day ON sealed_contributions (received_on, id);
