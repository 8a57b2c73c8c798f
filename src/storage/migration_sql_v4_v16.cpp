// The schema steps added since the first schema, one per release that changed it.

#include "migration_sql.h"

namespace glidepath::storage::detail::migration_sql {

// Version 4: the engine's phase gates count green weeks in a row from the previous plan, so a
// saved plan must keep that count; plans saved before it read back as 0 (no green streak).
const std::string_view kVersion4 = R"sql(
ALTER TABLE plans ADD COLUMN green_weeks_in_phase INTEGER NOT NULL DEFAULT 0
    CHECK (green_weeks_in_phase >= 0);
)sql";

// Version 5: a screening question answered "no" is recorded, so one never asked is told apart
// from it (a plan needs every question answered). Earlier versions kept only the "yes" answers
// and their forms started every question at "no", so for clients stored before it only the yes
// answers are known: their other questions read as not yet answered and are asked again.
const std::string_view kVersion5 = R"sql(
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
const std::string_view kVersion6 = R"sql(
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
const std::string_view kVersion7 = R"sql(
ALTER TABLE exercises ADD COLUMN illustration TEXT;
)sql";

// Version 8: start-up, search and sorting that do not grow with the library (issue 12).
// name_key is the name folded by core::foldForSorting (case and accents), so lists sort
// "Éventail" beside "Eventail" with an index; the search index gets the main muscle in a column
// of its own, and every muscle with the words clinicians use for it ("gluteus medius", "vmo",
// "adductor"), so that muscle words find the exercises that target them first. The functions
// glidepath_fold and glidepath_muscle_words are registered by migrate().
const std::string_view kVersion8 = R"sql(
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
const std::string_view kVersion9 = R"sql(
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
const std::string_view kVersion10 = R"sql(
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
const std::string_view kVersion11 = R"sql(
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
const std::string_view kVersion12 = R"sql(
ALTER TABLE session_logs ADD COLUMN worse_next_morning INTEGER
    CHECK (worse_next_morning IN (0, 1));
)sql";

// Version 13: the clinician's date for a client's next review (issue 13), NULL when not set; the
// Clients page then counts the day after the current plan's week.
const std::string_view kVersion13 = R"sql(
ALTER TABLE clients ADD COLUMN next_review TEXT;
)sql";

// Version 14: an exercise's text in other languages (issue 16): name, summary, steps and cues per
// language, English staying in the exercise row as the fallback. Steps and cues are each one
// column joined by U+001F, which no text may hold. name_key is the sort key of that language's
// name ('' when the text has no name), so lists sort by the name a reader sees. The search index
// is rebuilt: its muscle words now hold the German ones, and each exercise's other languages join
// its name, summary and cues. The built-in library's version is stepped back by one so that the
// next writer seeds it again, and with it the built-ins' texts.
const std::string_view kVersion14 = R"sql(
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
const std::string_view kVersion15 = R"sql(
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
const std::string_view kVersion16 = R"sql(
ALTER TABLE exercises ADD COLUMN timing TEXT NOT NULL DEFAULT 'hold'
    CHECK (timing IN ('hold', 'continuous'));
)sql";

} // namespace glidepath::storage::detail::migration_sql
