#include "exercise_search_index.h"
#include "statement.h"

#include <glidepath/storage/migrations.h>
#include <glidepath/storage/storage_error.h>

#include <array>
#include <string>

namespace glidepath::storage {

namespace {

// Version 1: the exercise library. List fields live in child tables keyed by the exercise's
// integer rid (cheap joins and a clustered WITHOUT ROWID layout), so filters by region,
// equipment and precaution are indexed SQL. Enum values are stored by their snake_case names,
// the same spelling as the JSON format, so the file stays readable with the sqlite3 shell.
constexpr std::string_view kVersion1 = R"sql(
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
constexpr std::string_view kVersion2 = R"sql(
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
constexpr std::string_view kVersion3 = R"sql(
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

// Version 4: the engine's phase gates count green weeks in a row from the previous plan, so a
// saved plan must keep that count; plans saved before it read back as 0 (no green streak).
constexpr std::string_view kVersion4 = R"sql(
ALTER TABLE plans ADD COLUMN green_weeks_in_phase INTEGER NOT NULL DEFAULT 0
    CHECK (green_weeks_in_phase >= 0);
)sql";

// Version 5: a screening question answered "no" is recorded, so one never asked is told apart
// from it (a plan needs every question answered). Earlier versions kept only the "yes" answers
// and their forms started every question at "no", so for clients stored before it only the yes
// answers are known: their other questions read as not yet answered and are asked again.
constexpr std::string_view kVersion5 = R"sql(
CREATE TABLE client_red_flags_no (
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    flag      TEXT NOT NULL,
    PRIMARY KEY (client_id, position)
) WITHOUT ROWID;
)sql";

// Version 6: the post-surgery record with the
// surgeon's clearances, the client's precautions, the hip-balance self-check, and clinicians'
// records that the client was seen after a referral. New tables only, so older rows need no
// rewrite: a client without a surgery row has none, without precaution rows has none, and
// without a hip-balance row has every question unanswered (NULL is "not answered").
constexpr std::string_view kVersion6 = R"sql(
CREATE TABLE client_surgery (
    client_id      INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    operation      TEXT NOT NULL,
    date           TEXT NOT NULL, -- YYYY-MM-DD
    weight_bearing TEXT NOT NULL
);

-- What the surgeon has cleared; anything not listed is not cleared.
CREATE TABLE client_surgical_clearances (
    client_id INTEGER NOT NULL REFERENCES client_surgery (client_id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    clearance TEXT NOT NULL,
    PRIMARY KEY (client_id, position)
) WITHOUT ROWID;

CREATE TABLE client_precautions (
    client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    precaution TEXT NOT NULL,
    PRIMARY KEY (client_id, position)
) WITHOUT ROWID;

CREATE TABLE client_hip_balance (
    client_id               INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    sits_for_long_periods   INTEGER CHECK (sits_for_long_periods IN (0, 1)),
    back_pain               INTEGER CHECK (back_pain IN (0, 1)),
    repetitive_motion       INTEGER CHECK (repetitive_motion IN (0, 1)),
    does_hip_balance_work   INTEGER CHECK (does_hip_balance_work IN (0, 1))
);

CREATE TABLE clinician_reviews (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    date       TEXT NOT NULL, -- YYYY-MM-DD, when the client was seen
    clinician  TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL  -- ISO 8601 UTC, when the review was recorded
);
CREATE INDEX clinician_reviews_by_client ON clinician_reviews (client_id, date, id);
)sql";

// Version 7: each exercise's start and end picture (issue 11), in core's compact text encoding;
// NULL draws the position's default figure. Built-ins get theirs when the shipped library's
// newer version is seeded.
constexpr std::string_view kVersion7 = R"sql(
ALTER TABLE exercises ADD COLUMN illustration TEXT;
)sql";

// Version 8: start-up, search and sorting that do not grow with the library (issue 12).
// name_key is the name folded by core::foldForSorting (case and accents), so lists sort
// "Éventail" beside "Eventail" with an index; the search index gets the main muscle in a column
// of its own, and every muscle with the words clinicians use for it ("gluteus medius", "vmo",
// "adductor"), so that muscle words find the exercises that target them first. The functions
// glidepath_fold and glidepath_muscle_words are registered by migrate().
constexpr std::string_view kVersion8 = R"sql(
ALTER TABLE exercises ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
UPDATE exercises SET name_key = glidepath_fold(name);
DROP INDEX exercises_by_name;
-- hidden rides along so that listing visible exercises by name, and skipping to a row deep in
-- that list, never reads the table; the partial index lets a count of visible exercises
-- subtract the (few) hidden ones from the whole instead of reading every row.
CREATE INDEX exercises_by_name_key ON exercises (name_key, name, id, hidden);
CREATE INDEX exercises_hidden ON exercises (rid) WHERE hidden = 1;

DROP TABLE exercise_search;
CREATE VIRTUAL TABLE exercise_search USING fts5 (
    name, target, muscles, summary, cues,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO exercise_search (rowid, name, target, muscles, summary, cues)
SELECT e.rid, e.name,
       coalesce((SELECT glidepath_muscle_words(m.muscle) FROM exercise_muscles m
                 WHERE m.exercise_rid = e.rid AND m.position = 0), ''),
       coalesce((SELECT group_concat(glidepath_muscle_words(m.muscle), char(10))
                 FROM exercise_muscles m WHERE m.exercise_rid = e.rid AND m.position > 0), ''),
       e.summary,
       coalesce((SELECT group_concat(c.text, char(10)) FROM exercise_cues c
                 WHERE c.exercise_rid = e.rid), '')
FROM exercises e;
)sql";

// Load as a dose variable (dose.load): each exercise's load kind, starting level and maximum,
// and the level of each planned exercise; goal tags on exercises (goal.*). Existing rows get no
// load and no tags; the built-in library version that follows brings the shipped ones.
constexpr std::string_view kVersion9 = R"sql(
ALTER TABLE exercises ADD COLUMN load_kind TEXT NOT NULL DEFAULT 'none';
ALTER TABLE exercises ADD COLUMN load_level INTEGER NOT NULL DEFAULT 0;
ALTER TABLE exercises ADD COLUMN max_load_level INTEGER NOT NULL DEFAULT 0;

CREATE TABLE exercise_goals (
    exercise_rid INTEGER NOT NULL REFERENCES exercises (rid) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    goal         TEXT NOT NULL,
    PRIMARY KEY (exercise_rid, position)
) WITHOUT ROWID;
CREATE INDEX exercise_goals_by_goal ON exercise_goals (goal, exercise_rid);

ALTER TABLE plan_exercises ADD COLUMN load_kind TEXT NOT NULL DEFAULT 'none';
ALTER TABLE plan_exercises ADD COLUMN load_level INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 10: the search index keeps prefix lists for words of 2 to 6 letters (it had 2 and 3), so
// a typed word such as "glute", "knee" or "tracks" reads one list instead of merging the lists of
// every word that starts with it; search-as-you-type stops reading at the end of a page either
// way (issue 12). The index is rebuilt from itself.
constexpr std::string_view kVersion10 = R"sql(
CREATE VIRTUAL TABLE exercise_search_v10 USING fts5 (
    name, target, muscles, summary, cues,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6'
);
INSERT INTO exercise_search_v10 (rowid, name, target, muscles, summary, cues)
SELECT rowid, name, target, muscles, summary, cues FROM exercise_search;
DROP TABLE exercise_search;
ALTER TABLE exercise_search_v10 RENAME TO exercise_search;
)sql";

// Version 11: plan templates (issue 13) - a named week of exercises to start other clients'
// plans from. They belong to no client (a template outlives the client it was saved from), so
// nothing here refers to clients; exercise ids are kept as written, like saved plans, and a
// template naming an exercise deleted since is reported when it is applied.
constexpr std::string_view kVersion11 = R"sql(
CREATE TABLE templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    phase      INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 4),
    created_at TEXT NOT NULL -- ISO 8601 UTC
);
CREATE UNIQUE INDEX templates_by_name ON templates (name COLLATE NOCASE);

CREATE TABLE template_days (
    template_id       INTEGER NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
    day_index         INTEGER NOT NULL CHECK (day_index BETWEEN 0 AND 6),
    kind              TEXT NOT NULL,
    estimated_minutes INTEGER NOT NULL,
    PRIMARY KEY (template_id, day_index)
) WITHOUT ROWID;

CREATE TABLE template_exercises (
    template_id  INTEGER NOT NULL,
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
    load_kind    TEXT NOT NULL DEFAULT 'none',
    load_level   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (template_id, day_index, position),
    FOREIGN KEY (template_id, day_index) REFERENCES template_days (template_id, day_index)
        ON DELETE CASCADE
) WITHOUT ROWID;
)sql";

// Version 12: a session log records whether the knee was worse the next morning (the paper log's
// row; issue 13). NULL means not recorded, which is what every log saved before reads as.
constexpr std::string_view kVersion12 = R"sql(
ALTER TABLE session_logs ADD COLUMN worse_next_morning INTEGER
    CHECK (worse_next_morning IN (0, 1));
)sql";

// Version 13: the clinician's date for a client's next review (issue 13), NULL when not set; the
// Clients page then counts the day after the current plan's week.
constexpr std::string_view kVersion13 = R"sql(
ALTER TABLE clients ADD COLUMN next_review TEXT;
)sql";

// Version 14: an exercise's text in other languages (issue 16): name, summary, steps and cues per
// language, English staying in the exercise row as the fallback. Steps and cues are each one
// column joined by U+001F, which no text may hold. name_key is the sort key of that language's
// name ('' when the text has no name), so lists sort by the name a reader sees. The search index
// is rebuilt: its muscle words now hold the German ones, and each exercise's other languages join
// its name, summary and cues. The built-in library's version is stepped back by one so that the
// next writer seeds it again, and with it the built-ins' texts.
constexpr std::string_view kVersion14 = R"sql(
CREATE TABLE exercise_texts (
    exercise_rid INTEGER NOT NULL REFERENCES exercises (rid) ON DELETE CASCADE,
    language     TEXT NOT NULL,
    name         TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    instructions TEXT NOT NULL DEFAULT '',
    cues         TEXT NOT NULL DEFAULT '',
    name_key     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (exercise_rid, language)
) WITHOUT ROWID;
CREATE INDEX exercise_texts_by_name_key ON exercise_texts (language, name_key);

DELETE FROM exercise_search;
INSERT INTO exercise_search (rowid, name, target, muscles, summary, cues)
SELECT e.rid, e.name,
       coalesce((SELECT glidepath_muscle_words(m.muscle) FROM exercise_muscles m
                 WHERE m.exercise_rid = e.rid AND m.position = 0), ''),
       coalesce((SELECT group_concat(w, char(10)) FROM
                   (SELECT glidepath_muscle_words(m.muscle) AS w FROM exercise_muscles m
                    WHERE m.exercise_rid = e.rid AND m.position > 0 ORDER BY m.position)), ''),
       e.summary,
       coalesce((SELECT group_concat(t, char(10)) FROM
                   (SELECT c.text AS t FROM exercise_cues c
                    WHERE c.exercise_rid = e.rid ORDER BY c.position)), '')
FROM exercises e ORDER BY e.rid;

UPDATE meta SET value = CAST(CAST(value AS INTEGER) - 1 AS TEXT)
WHERE key = 'builtin_library_version' AND CAST(value AS INTEGER) > 0;
)sql";

// Version 15 (14 is the German exercise names'): every record a clinician edits as a whole
// carries its row version, raised by every save, and who saved it last and when, so that a save
// based on an older version is refused instead of overwriting someone's work (the clinic server
// has had the same columns, kept by triggers, since its first schema).
constexpr std::string_view kVersion15 = R"sql(
ALTER TABLE clients ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE clients ADD COLUMN row_updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN row_updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE check_ins ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE check_ins ADD COLUMN row_updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE check_ins ADD COLUMN row_updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE templates ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE templates ADD COLUMN row_updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE templates ADD COLUMN row_updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE exercises ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE exercises ADD COLUMN row_updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE exercises ADD COLUMN row_updated_at TEXT NOT NULL DEFAULT '';
)sql";

// Version 16: an exercise's time is held still or kept moving (the library format's timing, version
// 4). Every stored exercise reads as held, as it did; the built-in library version that follows
// marks its own movement (the Hundred, kneecap glides, the walks).
constexpr std::string_view kVersion16 = R"sql(
ALTER TABLE exercises ADD COLUMN timing TEXT NOT NULL DEFAULT 'hold'
    CHECK (timing IN ('hold', 'continuous'));
)sql";

constexpr std::array<Migration, 16> kMigrations{{
    {1, "exercise library with full-text search", kVersion1},
    {2, "clients, check-ins and plans", kVersion2},
    {3, "session logs and PSFS assessments", kVersion3},
    {4, "green-week streak kept with saved plans", kVersion4},
    {5, "screening questions answered no are recorded", kVersion5},
    {6, "surgery, precautions, hip-balance check and clinician reviews", kVersion6},
    {7, "exercise illustrations", kVersion7},
    {8, "sort keys for names and a search index that ranks muscles", kVersion8},
    {9, "exercise loads and goal tags, and the load of planned exercises", kVersion9},
    {10, "a search index with prefix lists for words of up to six letters", kVersion10},
    {11, "plan templates", kVersion11},
    {12, "session logs record a worse next morning", kVersion12},
    {13, "a clinician-set date for each client's next review", kVersion13},
    {14, "exercise texts in other languages, searched and sorted in their language", kVersion14},
    {15, "row versions and who saved each record last", kVersion15},
    {16, "exercise time held still or kept moving", kVersion16},
}};

int userVersion(sqlite3* db)
{
    return static_cast<int>(detail::queryInt(db, "PRAGMA user_version").value_or(0));
}

} // namespace

std::span<const Migration> migrations()
{
    return kMigrations;
}

void migrate(sqlite3* db, int targetVersion)
{
    detail::registerSqlFunctions(db);
    for (const Migration& step : kMigrations) {
        if (step.version > targetVersion) {
            break;
        }
        if (userVersion(db) >= step.version) {
            continue;
        }
        detail::exec(db, "BEGIN IMMEDIATE");
        try {
            // Another process may have migrated between the check above and the lock.
            if (userVersion(db) < step.version) {
                detail::exec(db, step.sql);
                detail::exec(db, "PRAGMA user_version = " + std::to_string(step.version) +
                                     "; PRAGMA application_id = " + std::to_string(kApplicationId));
            }
            detail::exec(db, "COMMIT");
        } catch (const StorageError& error) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw StorageError(error.kind(), "could not upgrade the database to version " +
                                                 std::to_string(step.version) + " (" +
                                                 std::string(step.description) +
                                                 "): " + error.what());
        }
    }
}

} // namespace glidepath::storage
