// The first schema: the exercise library (1), clients with their check-ins and plans (2), and
// what clients logged (3).

#include "migration_sql.h"

namespace glidepath::storage::detail::migration_sql {

// Version 1: the exercise library. List fields live in child tables keyed by the exercise's
// integer rid (cheap joins and a clustered WITHOUT ROWID layout), so filters by region,
// equipment and precaution are indexed SQL. Enum values are stored by their snake_case names,
// the same spelling as the JSON format, so the file stays readable with the sqlite3 shell.
const std::string_view kVersion1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE exercises (
    rid              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    summary          TEXT NOT NULL,
    category         TEXT NOT NULL,
    phase_min        INTEGER NOT NULL,
    phase_max        INTEGER NOT NULL,
    position         TEXT NOT NULL,
    knee_flexion     TEXT NOT NULL,
    impact           TEXT NOT NULL,
    laterality       TEXT NOT NULL,
    sets             INTEGER NOT NULL,
    reps             INTEGER NOT NULL,
    hold_seconds     INTEGER NOT NULL,
    tempo            TEXT NOT NULL DEFAULT '',
    rest_seconds     INTEGER NOT NULL,
    min_sets         INTEGER NOT NULL,
    max_sets         INTEGER NOT NULL,
    min_reps         INTEGER NOT NULL,
    max_reps         INTEGER NOT NULL,
    min_hold_seconds INTEGER NOT NULL,
    max_hold_seconds INTEGER NOT NULL,
    -- Deferred so that a batch (import, seeding) may name neighbours it inserts later.
    easier           TEXT REFERENCES exercises(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    harder           TEXT REFERENCES exercises(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    builtin          INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    hidden           INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    CHECK (easier IS NULL OR easier <> id),
    CHECK (harder IS NULL OR harder <> id)
);
CREATE INDEX exercises_by_name ON exercises (name COLLATE NOCASE, id);
CREATE INDEX exercises_by_category ON exercises (category);
CREATE INDEX exercises_by_position ON exercises (position);
CREATE INDEX exercises_by_phase ON exercises (phase_min, phase_max);
CREATE INDEX exercises_by_easier ON exercises (easier);
CREATE INDEX exercises_by_harder ON exercises (harder);

CREATE TABLE exercise_instructions (
    exercise_rid INTEGER NOT NULL REFERENCES exercises (rid) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (exercise_rid, position)
) WITHOUT ROWID;

CREATE TABLE exercise_cues (
    exercise_rid INTEGER NOT NULL REFERENCES exercises (rid) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (exercise_rid, position)
) WITHOUT ROWID;

CREATE TABLE exercise_muscles (
    exercise_rid INTEGER NOT NULL REFERENCES exercises (rid) ON DELETE CASCADE,
    position     INTEGER NOT NULL, -- 0 is the main target
    muscle       TEXT NOT NULL,
    PRIMARY KEY (exercise_rid, position)
) WITHOUT ROWID;

CREATE TABLE exercise_regions (
    exercise_rid INTEGER NOT NULL REFERENCES exercises (rid) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    region       TEXT NOT NULL,
    PRIMARY KEY (exercise_rid, position)
) WITHOUT ROWID;
CREATE INDEX exercise_regions_by_region ON exercise_regions (region, exercise_rid);

CREATE TABLE exercise_equipment (
    exercise_rid INTEGER NOT NULL REFERENCES exercises (rid) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    equipment    TEXT NOT NULL,
    PRIMARY KEY (exercise_rid, position)
) WITHOUT ROWID;
CREATE INDEX exercise_equipment_by_equipment ON exercise_equipment (equipment, exercise_rid);

CREATE TABLE exercise_precautions (
    exercise_rid INTEGER NOT NULL REFERENCES exercises (rid) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    precaution   TEXT NOT NULL,
    PRIMARY KEY (exercise_rid, position)
) WITHOUT ROWID;
CREATE INDEX exercise_precautions_by_precaution ON exercise_precautions (precaution, exercise_rid);

-- Full-text index over what people search for; rowid = exercises.rid. ExerciseRepository
-- writes and deletes the row with the exercise in the same transaction (cues and muscles come
-- from child tables). No trigger: with trusted_schema off, triggers may not touch FTS5 tables.
CREATE VIRTUAL TABLE exercise_search USING fts5 (
    name, summary, cues, muscles,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
)sql";

// Version 2: clients, their check-ins and saved plans (issue 4). Every table hangs off clients
// with ON DELETE CASCADE, directly or through check_ins / plans, so deleting a client removes
// all of their data. Plans are stored field by field, never as JSON.
const std::string_view kVersion2 = R"sql(
CREATE TABLE clients (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    side                TEXT NOT NULL,
    sessions_per_week   INTEGER NOT NULL,
    minutes_per_session INTEGER NOT NULL,
    age                 INTEGER NOT NULL DEFAULT 0,
    notes               TEXT NOT NULL DEFAULT '',
    personal            INTEGER NOT NULL DEFAULT 0 CHECK (personal IN (0, 1))
);
CREATE INDEX clients_by_name ON clients (name COLLATE NOCASE, id);
-- At most one personal-mode profile.
CREATE UNIQUE INDEX clients_single_personal ON clients (personal) WHERE personal = 1;

CREATE TABLE client_conditions (
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    condition TEXT NOT NULL,
    PRIMARY KEY (client_id, position)
) WITHOUT ROWID;

CREATE TABLE client_goals (
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    goal      TEXT NOT NULL,
    PRIMARY KEY (client_id, position)
) WITHOUT ROWID;

CREATE TABLE client_equipment (
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    equipment TEXT NOT NULL,
    PRIMARY KEY (client_id, position)
) WITHOUT ROWID;

-- Answers to the screening questions: the flags answered yes.
CREATE TABLE client_red_flags (
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    flag      TEXT NOT NULL,
    PRIMARY KEY (client_id, position)
) WITHOUT ROWID;

CREATE TABLE check_ins (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    date          TEXT NOT NULL, -- YYYY-MM-DD
    pain_rest     INTEGER NOT NULL,
    pain_activity INTEGER NOT NULL,
    pain_exercise INTEGER NOT NULL,
    next_morning  TEXT NOT NULL,
    night_pain    INTEGER NOT NULL CHECK (night_pain IN (0, 1)),
    swelling      TEXT NOT NULL,
    adherence     REAL NOT NULL,
    difficulty    TEXT NOT NULL
);
CREATE INDEX check_ins_by_client ON check_ins (client_id, date, id);

-- Exercise ids are kept as written: a check-in is a record of the past and must survive the
-- exercise being deleted later, so there is no foreign key to exercises.
CREATE TABLE check_in_painful_exercises (
    check_in_id INTEGER NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
    exercise_id TEXT NOT NULL,
    pain        INTEGER NOT NULL,
    PRIMARY KEY (check_in_id, exercise_id)
) WITHOUT ROWID;

CREATE TABLE check_in_red_flags (
    check_in_id INTEGER NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    flag        TEXT NOT NULL,
    PRIMARY KEY (check_in_id, position)
) WITHOUT ROWID;

CREATE TABLE plans (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    week_start TEXT NOT NULL, -- YYYY-MM-DD
    version    INTEGER NOT NULL CHECK (version >= 1),
    saved_at   TEXT NOT NULL, -- ISO 8601 UTC
    action     TEXT NOT NULL,
    light      TEXT NOT NULL,
    phase      INTEGER NOT NULL,
    UNIQUE (client_id, week_start, version)
);

CREATE TABLE plan_reasons (
    plan_id  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    rule     TEXT NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
) WITHOUT ROWID;

CREATE TABLE plan_advice (
    plan_id  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
) WITHOUT ROWID;

CREATE TABLE plan_days (
    plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    day_index         INTEGER NOT NULL,
    date              TEXT NOT NULL,
    kind              TEXT NOT NULL,
    estimated_minutes INTEGER NOT NULL,
    PRIMARY KEY (plan_id, day_index)
) WITHOUT ROWID;

CREATE TABLE plan_exercises (
    plan_id      INTEGER NOT NULL,
    day_index    INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    exercise_id  TEXT NOT NULL,
    name         TEXT NOT NULL,
    sets         INTEGER NOT NULL,
    reps         INTEGER NOT NULL,
    hold_seconds INTEGER NOT NULL,
    tempo        TEXT NOT NULL,
    rest_seconds INTEGER NOT NULL,
    side         TEXT NOT NULL,
    reason       TEXT NOT NULL,
    PRIMARY KEY (plan_id, day_index, position),
    FOREIGN KEY (plan_id, day_index) REFERENCES plan_days (plan_id, day_index) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE plan_overrides (
    plan_id        INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    day_index      INTEGER NOT NULL,
    exercise_id    TEXT NOT NULL,
    replacement_id TEXT NOT NULL,
    description    TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
) WITHOUT ROWID;
)sql";

// Version 3: what the client actually did (issue 6) - session logs with one row per logged
// exercise, and Patient-Specific Functional Scale assessments with their 3-5 items. Everything
// hangs off clients with ON DELETE CASCADE. Exercise ids are kept as written, like check-ins:
// a log is a record of the past and outlives the exercise. NULL pain or difficulty means "not
// recorded" (the weekly paper grid has one pain score per session).
const std::string_view kVersion3 = R"sql(
CREATE TABLE session_logs (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    date         TEXT NOT NULL, -- YYYY-MM-DD, when the session was done
    planned_date TEXT,          -- the plan day it carries out; NULL for an extra session
    session_pain INTEGER CHECK (session_pain BETWEEN 0 AND 10),
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_logs_by_client ON session_logs (client_id, date, id);

CREATE TABLE session_log_entries (
    log_id       INTEGER NOT NULL REFERENCES session_logs (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    exercise_id  TEXT NOT NULL,
    status       TEXT NOT NULL,
    sets_done    INTEGER NOT NULL,
    sets_planned INTEGER NOT NULL DEFAULT 0,
    pain_during  INTEGER CHECK (pain_during BETWEEN 0 AND 10),
    difficulty   TEXT,
    PRIMARY KEY (log_id, position)
) WITHOUT ROWID;

CREATE TABLE psfs_assessments (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    date      TEXT NOT NULL
);
CREATE INDEX psfs_assessments_by_client ON psfs_assessments (client_id, date, id);

CREATE TABLE psfs_items (
    assessment_id INTEGER NOT NULL REFERENCES psfs_assessments (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    activity      TEXT NOT NULL,
    score         INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    PRIMARY KEY (assessment_id, position)
) WITHOUT ROWID;
)sql";

} // namespace glidepath::storage::detail::migration_sql
