#pragma once

// A practice database with something in every table: the shipped library, a custom exercise, two
// clients (one with surgery, screening answers, check-ins, a saved plan, session logs, PSFS and a
// review), and a template. For the tests that move whole databases (db copy), and a dump of every
// table, value by value with its SQLite type, to compare two databases exactly.

#include <glidepath/io/library_format.h>
#include <glidepath/storage/client_repository.h>
#include <glidepath/storage/database.h>
#include <glidepath/storage/exercise_repository.h>
#include <glidepath/storage/review_repository.h>
#include <glidepath/storage/template_repository.h>
#include <glidepath/storage/tracking_repository.h>

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace glidepath::test {

inline core::Date practiceDay(const char* iso)
{
    return *core::parseIsoDate(iso);
}

inline void fillPractice(storage::Database& db)
{
    const io::LibraryDocument& builtins = io::builtinLibrary();
    storage::ExerciseRepository exercises(db);
    exercises.seedBuiltins(builtins.exercises, builtins.libraryVersion);
    core::Exercise custom = builtins.exercises.front();
    custom.id = "zz-practice-bridge";
    custom.name = "Brücke mit Band – “custom”";
    custom.builtin = false;
    custom.easier.clear();
    custom.harder.clear();
    exercises.create(custom);

    storage::ClientRepository clients(db);
    storage::ClientRecord record;
    record.profile.name = "Zoë O'Brien";
    record.profile.notes = "Line one\nline two, with \"quotes\" and an apostrophe's worth.";
    record.profile.conditions = {core::Condition::PostSurgery, core::Condition::PatellofemoralPain};
    record.profile.goals = {core::Goal::Stairs};
    record.profile.equipment = {core::Equipment::Band};
    record.profile.surgery = core::Surgery{core::Operation::KneeArthroscopy,
                                           practiceDay("2026-10-01"),
                                           core::WeightBearing::Full,
                                           {core::SurgicalClearance::Kneeling}};
    record.profile.precautions = {core::ClientPrecaution::HipReplacementPrecautions};
    record.profile.hipBalance.backPain = true;
    record.screeningAnsweredNo = {core::RedFlag::LockedKnee};
    record.screeningRedFlags = {core::RedFlag::ConstantOrNightPain};
    const std::int64_t zoe = clients.create(record);
    storage::ClientRecord other;
    other.profile.name = "Alex";
    other.profile.conditions = {core::Condition::PatellofemoralPain};
    clients.create(other);

    for (int week = 0; week < 3; ++week) {
        core::CheckIn checkIn;
        checkIn.date = practiceDay("2026-11-17") + std::chrono::days(7 * week);
        checkIn.painActivity = 3 + week;
        checkIn.adherence = 0.1 * (week + 1); // not exact in binary: must survive as it is
        checkIn.painfulExercises = {{"step-down", 4}};
        if (week == 2) {
            checkIn.redFlags = {core::RedFlag::CannotBearWeight};
        }
        clients.addCheckIn(zoe, checkIn);
    }

    core::Plan plan;
    plan.weekStart = practiceDay("2026-12-07");
    plan.decision.reasons = {core::Reason("light.green")};
    plan.advice = {core::Reason("advice.pain_limits")};
    for (int d = 0; d < 7; ++d) {
        core::PlanDay planDay;
        planDay.date = plan.weekStart + std::chrono::days(d);
        if (d % 2 == 0) {
            planDay.kind = core::DayKind::Strength;
            planDay.estimatedMinutes = 12;
            planDay.exercises = {{"bridge", "Bridge", 3, 10, 0, "2-1-3", 45, core::WorkSide::Both,
                                  core::Reason("exercise.new")}};
        }
        plan.days.push_back(planDay);
    }
    plan.overrides = {{"remove", 0, "clamshell", "", "Removed Clamshell"}};
    clients.savePlan(zoe, plan);
    clients.savePlan(zoe, plan); // a second version of the same week

    storage::TrackingRepository tracking(db);
    for (int d = 0; d < 2; ++d) {
        core::SessionLog log;
        log.date = practiceDay("2026-12-07") + std::chrono::days(2 * d);
        log.sessionPain = 2 + d;
        core::LoggedExercise entry;
        entry.exerciseId = "bridge";
        entry.setsDone = 3;
        log.entries = {entry};
        tracking.addSessionLog(zoe, log);
    }
    core::PsfsAssessment psfs;
    psfs.date = practiceDay("2026-12-02");
    psfs.items = {{"Stairs", 4}, {"Running", 2}, {"Kneeling", 5}};
    tracking.addPsfs(zoe, psfs);
    storage::ReviewRepository(db).add(zoe, {practiceDay("2026-12-03"), "Dr Who", "Cleared."});

    core::PlanTemplate weekTemplate;
    weekTemplate.name = "PFP runner, phase 1";
    weekTemplate.note = "Start here";
    weekTemplate.phase = 1;
    for (int d = 0; d < 7; ++d) {
        core::TemplateDay templateDay;
        if (d == 1) {
            templateDay.kind = core::DayKind::Strength;
            templateDay.estimatedMinutes = 10;
            templateDay.exercises = {plan.days.front().exercises.front()};
        }
        weekTemplate.days.push_back(templateDay);
    }
    storage::TemplateRepository(db).create(weekTemplate);
}

// Every row of a table in key order, each value with its SQLite type ("i:3", "r:0.1", "t:...",
// "n"), reals written exactly.
inline std::vector<std::string> dumpTable(sqlite3* db, const std::string& table,
                                          const std::string& orderBy)
{
    std::vector<std::string> rows;
    sqlite3_stmt* statement = nullptr;
    const std::string sql = "SELECT * FROM \"" + table + "\" ORDER BY " + orderBy;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
        return {"cannot read " + table + ": " + sqlite3_errmsg(db)};
    }
    while (sqlite3_step(statement) == SQLITE_ROW) {
        std::string row;
        for (int c = 0; c < sqlite3_column_count(statement); ++c) {
            // Row versions and who saved a row last (schema 15) belong to each database: db copy
            // leaves them to the target, whose server triggers keep their own.
            if (std::string_view(sqlite3_column_name(statement, c)).substr(0, 4) == "row_") {
                continue;
            }
            switch (sqlite3_column_type(statement, c)) {
            case SQLITE_INTEGER:
                row += "i:" + std::to_string(sqlite3_column_int64(statement, c));
                break;
            case SQLITE_FLOAT: {
                char buffer[64];
                std::snprintf(buffer, sizeof buffer, "%.17g", sqlite3_column_double(statement, c));
                row += std::string("r:") + buffer;
                break;
            }
            case SQLITE_TEXT:
                row += "t:" +
                       std::string(reinterpret_cast<const char*>(sqlite3_column_text(statement, c)),
                                   static_cast<std::size_t>(sqlite3_column_bytes(statement, c)));
                break;
            case SQLITE_NULL:
                row += "n";
                break;
            default:
                row += "b";
            }
            row += "|";
        }
        rows.push_back(row);
    }
    sqlite3_finalize(statement);
    return rows;
}

} // namespace glidepath::test
