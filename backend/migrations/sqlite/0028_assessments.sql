-- Forms a worker hands to one young person or carer (self-assessment, carer's view, "About
-- me", review preparation).

-- Every version of each of the service's forms. Version 1 is the shipped template, stored when
-- the form is first used or edited; a manager's edit is the next version. A version never
-- changes, so every answer reads with the wording it was given.
CREATE TABLE assessment_forms (
    service_id TEXT    NOT NULL REFERENCES services (id),
    form       TEXT    NOT NULL CHECK (form IN ('self_assessment', 'carer_view', 'about_me', 'review_prep')),
    version    INTEGER NOT NULL CHECK (version >= 1),
    -- The form as a survey draft (JSON): title, purpose, audience, questions.
    definition TEXT    NOT NULL,
    -- The manager who saved it; none for the template.
    saved_by   TEXT    REFERENCES people (id),
    saved_at   INTEGER NOT NULL,
    PRIMARY KEY (service_id, form, version)
) STRICT;

-- One form asked of one person, answered at most once.
CREATE TABLE assessment_requests (
    id              TEXT    PRIMARY KEY,
    service_id      TEXT    NOT NULL REFERENCES services (id),
    -- Whose case it is for; the same as person_id when the young person fills it in.
    young_person_id TEXT    NOT NULL REFERENCES people (id),
    person_id       TEXT    NOT NULL REFERENCES people (id),
    form            TEXT    NOT NULL,
    version         INTEGER NOT NULL,
    purpose         TEXT    NOT NULL CHECK (purpose IN ('assessment', 'review_meeting', 'closure', 'induction')),
    due_on          TEXT    NOT NULL,
    -- The review meeting it prepares for, if any.
    appointment_id  TEXT    REFERENCES appointments (id),
    asked_by        TEXT    NOT NULL REFERENCES people (id),
    asked_at        INTEGER NOT NULL,
    -- The finished form (JSON: answers, questions declined, whether easier words were read).
    answers         TEXT,
    answered_at     INTEGER,
    CHECK ((answers IS NULL) = (answered_at IS NULL)),
    FOREIGN KEY (service_id, form, version) REFERENCES assessment_forms (service_id, form, version)
) STRICT;
CREATE INDEX assessment_requests_by_person ON assessment_requests (person_id, answered_at);
CREATE INDEX assessment_requests_by_case ON assessment_requests (young_person_id, asked_at);
