-- Wrong guesses at one account's password, kept in the database so that the limit holds
-- whichever instance is asked and across restarts. The account is named by a SHA-256 of its
-- email, never the email (most rows are guesses at addresses that have no account).
CREATE TABLE account_attempts (
    account      TEXT PRIMARY KEY,
    window_start INTEGER NOT NULL,
    attempts     INTEGER NOT NULL
) STRICT;
CREATE INDEX account_attempts_window ON account_attempts (window_start);
