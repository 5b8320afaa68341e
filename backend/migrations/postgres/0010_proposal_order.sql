-- SQLite's 0010 gives proposals the `seq` column this engine has had since 0008 (an identity
-- column). Nothing changes here; the file keeps both engines' migrations numbered alike.
SELECT 1;
