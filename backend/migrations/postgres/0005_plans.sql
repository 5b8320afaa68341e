-- Co-produced plans. A plan is a sequence of immutable versions, each the whole plan as JSON
-- (tandem_domain::plans::Plan): the rules that make one version from the last live in the
-- domain crate, and every version stays readable for the timeline and for "what changed since
-- you agreed". The first schema's one-row-per-target tables held only the demo's example plan,
-- which the demo now seeds as version 1 here.
-- (PostgreSQL twin of migrations/sqlite/0005: the same values, integers as BIGINT.)
DROP TABLE plan_targets;
DROP TABLE plans;

CREATE TABLE plan_versions (
    young_person_id TEXT    NOT NULL REFERENCES people (id),
    version         BIGINT  NOT NULL CHECK (version > 0),
    document        TEXT    NOT NULL,
    changed_by      TEXT    NOT NULL REFERENCES people (id),
    party           TEXT    NOT NULL CHECK (party IN ('young_person', 'carer', 'worker')),
    changed_at      BIGINT  NOT NULL,
    -- Two writers racing for the same next version: one insert fails, nothing is overwritten.
    PRIMARY KEY (young_person_id, version)
);

-- Each "I agree" or "I don't agree, I would change..." as given; the latest per person counts.
CREATE TABLE plan_answers (
    id              TEXT    PRIMARY KEY,
    young_person_id TEXT    NOT NULL REFERENCES people (id),
    person_id       TEXT    NOT NULL REFERENCES people (id),
    party           TEXT    NOT NULL CHECK (party IN ('young_person', 'carer')),
    version         BIGINT  NOT NULL,
    agreed          BIGINT  NOT NULL CHECK (agreed IN (0, 1)),
    change_wanted   TEXT    NOT NULL,
    answered_at     BIGINT  NOT NULL
);
CREATE INDEX plan_answers_by_plan ON plan_answers (young_person_id, answered_at);

CREATE TABLE plan_reviews (
    id              TEXT    PRIMARY KEY,
    young_person_id TEXT    NOT NULL REFERENCES people (id),
    plan_version    BIGINT  NOT NULL,
    went_well       TEXT    NOT NULL,
    -- [{"row_id": "...", "score": 0-10}], the young person's own scaling of each target
    progress        TEXT    NOT NULL,
    next_review     TEXT    NOT NULL,
    recorded_by     TEXT    NOT NULL REFERENCES people (id),
    recorded_at     BIGINT  NOT NULL
);
CREATE INDEX plan_reviews_by_plan ON plan_reviews (young_person_id, recorded_at);
