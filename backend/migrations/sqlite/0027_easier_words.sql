-- "Easier words" chosen in the app (1) or not (0), kept with the person so each of their phones
-- opens in the wording they chose.
ALTER TABLE people ADD COLUMN easier_words INTEGER NOT NULL DEFAULT 0 CHECK (easier_words IN (0, 1));
