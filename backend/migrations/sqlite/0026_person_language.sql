-- The language each person chose in the app, so what the server words for them (notifications,
-- and later labels) comes in it. Codes as BCP 47 primary subtags (tandem_domain::language).
ALTER TABLE people ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (language IN ('en', 'cy', 'pl', 'ur', 'pa', 'gu'));
