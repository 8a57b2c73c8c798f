#include "json_reader.h"
#include "planned_exercise_json.h"
#include "reason_json.h"

#include <glidepath/core/client.h>
#include <glidepath/core/load.h>
#include <glidepath/core/progression_steps.h>
#include <glidepath/io/plan_format.h>

#include <algorithm>
#include <array>
#include <climits>
#include <set>
#include <sstream>

namespace glidepath::io {

namespace {

using detail::ObjectReader;
using detail::Presence;

constexpr std::string_view kRequestFormat = "glidepath-plan-request";
constexpr std::string_view kPlanFormat = "glidepath-plan";
constexpr int kMaxMinutes = 24 * 60;
constexpr int kMaxGreenWeeks = 520;

class Issues
{
public:
    explicit Issues(std::vector<FormatIssue>& issues) : m_issues(issues) {}

    void add(std::string pointer, std::string message)
    {
        m_issues.push_back({std::move(pointer), std::move(message), 0, 0});
    }
    // An issue of kind (formatIssueKinds()) with its values.
    void add(std::string pointer, std::string_view kind, std::vector<std::string> values)
    {
        m_issues.push_back(formatIssue(std::move(pointer), kind, std::move(values)));
    }
    // Core validation repeats some checks the reader already made; report each place once.
    // The pointers reported so far are kept sorted, so a document with many problems costs a
    // lookup per field rather than a scan of every problem.
    // A core check's issue (its kind and values kept, so that it can be worded in any language).
    void addUnlessReported(std::string pointer, const core::FieldIssue& found)
    {
        FormatIssue issue = formatIssue({}, found);
        std::string message = issue.message;
        addUnlessReported(std::move(pointer), std::move(issue), std::move(message));
    }
    void addUnlessReported(std::string pointer, std::string_view kind,
                           std::vector<std::string> values)
    {
        FormatIssue issue = formatIssue({}, kind, std::move(values));
        std::string message = issue.message;
        addUnlessReported(std::move(pointer), std::move(issue), std::move(message));
    }
    std::vector<FormatIssue>& all() { return m_issues; }

private:
    void addUnlessReported(std::string pointer, FormatIssue issue, std::string message)
    {
        for (; m_indexed < m_issues.size(); ++m_indexed) {
            m_reported.insert(m_issues[m_indexed].pointer);
        }
        const std::string below = pointer + "/";
        const auto inside = m_reported.lower_bound(below);
        const bool reported = m_reported.count(pointer) > 0 ||
                              (inside != m_reported.end() && inside->starts_with(below));
        if (!reported) {
            issue.pointer = std::move(pointer);
            issue.message = std::move(message);
            m_issues.push_back(std::move(issue));
        }
    }

    std::vector<FormatIssue>& m_issues;
    std::set<std::string> m_reported;
    std::size_t m_indexed = 0;
};

// Dates in files are refused outside core::kEarliestDate..kLatestDate, so that no date the
// engine derives from them falls outside what can be written and read back. Dates that are
// themselves derived (a plan's days, checked against week_start) are read as long as they are
// calendar dates.
enum class DateRange
{
    Accepted,
    Any
};

bool readDate(ObjectReader& reader, std::string_view key, core::Date& out, Issues& issues,
              Presence presence = Presence::Required, DateRange range = DateRange::Accepted)
{
    std::string text;
    if (!reader.readString(key, text, presence)) {
        return false;
    }
    const auto date = core::parseIsoDate(text);
    if (!date) {
        issues.add(reader.pointerTo(key), "date.format",
                   {detail::describeValue(nlohmann::json(text))});
        return false;
    }
    if (range == DateRange::Accepted && !core::isAcceptedDate(*date)) {
        issues.add(reader.pointerTo(key), "date.range",
                   {core::toIsoString(core::kEarliestDate), core::toIsoString(core::kLatestDate),
                    detail::describeValue(nlohmann::json(text))});
        return false;
    }
    out = *date;
    return true;
}

// Core validation names fields "sessions_per_week", "goals/1" or "painful_exercises/<id>".
std::string pointerForField(const std::string& prefix, const std::string& field)
{
    constexpr std::string_view kPainful = "painful_exercises/";
    if (field.starts_with(kPainful)) {
        // An exercise id is one token, whatever it holds.
        return prefix + "/painful_exercises/" + detail::pointerToken(field.substr(kPainful.size()));
    }
    return prefix + "/" + field;
}

core::ClientProfile readClient(ObjectReader& root, Issues& issues)
{
    core::ClientProfile client;
    ObjectReader reader = root.child("client");
    if (!reader.isObject()) {
        return client;
    }
    reader.readString("name", client.name, Presence::Optional);
    reader.readEnumList("conditions", client.conditions);
    reader.readEnum("side", client.side);
    reader.readInt("age", client.age, 0, 130, Presence::Optional);
    reader.readEnumList("goals", client.goals);
    reader.readEnumList("equipment", client.equipment);
    reader.readInt("sessions_per_week", client.sessionsPerWeek, 2, 7);
    reader.readInt("minutes_per_session", client.minutesPerSession, 10, 60);
    reader.readString("notes", client.notes, Presence::Optional);
    // Not used by the engine; carried so that a profile keeps it on the way through.
    if (core::Date review{}; readDate(reader, "next_review", review, issues, Presence::Optional)) {
        client.nextReview = review;
    }
    // Engine v2 fields, all optional. A surgery record without clearances means nothing is
    // cleared: the conservative default.
    if (ObjectReader surgery = reader.child("surgery", Presence::Optional); surgery.isObject()) {
        core::Surgery record;
        surgery.readEnum("operation", record.operation);
        readDate(surgery, "date", record.date, issues);
        surgery.readEnum("weight_bearing", record.weightBearing);
        surgery.readEnumList("clearances", record.clearances, Presence::Optional);
        surgery.finish();
        client.surgery = std::move(record);
    }
    reader.readEnumList("precautions", client.precautions, Presence::Optional);
    if (ObjectReader hip = reader.child("hip_balance", Presence::Optional); hip.isObject()) {
        const auto answer = [&](std::string_view key, std::optional<bool>& out) {
            bool value = false;
            if (hip.readBool(key, value, Presence::Optional)) {
                out = value;
            }
        };
        answer("sits_for_long_periods", client.hipBalance.sitsForLongPeriods);
        answer("back_pain", client.hipBalance.backPain);
        answer("repetitive_motion", client.hipBalance.repetitiveMotion);
        answer("does_hip_balance_work", client.hipBalance.doesHipBalanceWork);
        hip.finish();
    }
    reader.finish();

    // The same checks as the profile editor; a request needs no name.
    core::ClientProfile named = client;
    if (named.name.empty()) {
        named.name = "client";
    }
    for (const core::FieldIssue& issue : core::validateProfile(named)) {
        issues.addUnlessReported(pointerForField("/client", issue.field), issue);
    }
    return client;
}

core::CheckIn readCheckIn(const nlohmann::json& value, const std::string& pointer, Issues& issues,
                          bool& ok)
{
    core::CheckIn checkIn;
    ObjectReader reader(value, pointer, issues.all());
    ok = reader.isObject();
    if (!ok) {
        return checkIn;
    }
    readDate(reader, "date", checkIn.date, issues);
    reader.readInt("pain_rest", checkIn.painRest, 0, 10);
    reader.readInt("pain_activity", checkIn.painActivity, 0, 10);
    reader.readInt("pain_exercise", checkIn.painExercise, 0, 10);
    reader.readEnum("next_morning", checkIn.nextMorning);
    reader.readBool("night_pain", checkIn.nightPain);
    reader.readEnum("swelling", checkIn.swelling);
    reader.readNumber("adherence", checkIn.adherence, 0.0, 1.0);
    reader.readEnum("difficulty", checkIn.difficulty, Presence::Optional);
    if (const nlohmann::json* painful = reader.readValue("painful_exercises", Presence::Optional)) {
        const std::string at = reader.pointerTo("painful_exercises");
        if (!painful->is_object()) {
            issues.add(at, "pain.not_object", {detail::describeValue(*painful)});
        } else {
            for (const auto& [id, pain] : painful->items()) {
                const std::string itemAt = at + "/" + detail::pointerToken(id);
                if (!pain.is_number_integer() || pain.get<long long>() < 0 ||
                    pain.get<long long>() > 10) {
                    issues.add(itemAt, "field.whole_number",
                               {"0", "10", detail::describeValue(pain)});
                } else {
                    checkIn.painfulExercises[id] = pain.get<int>();
                }
            }
        }
    }
    reader.readEnumList("red_flags", checkIn.redFlags);
    reader.finish();
    for (const core::FieldIssue& issue : core::validateCheckIn(checkIn)) {
        issues.addUnlessReported(pointerForField(pointer, issue.field), issue);
    }
    return checkIn;
}

// A pain score 0-10 that may be left out (or null): not recorded.
void readOptionalPain(ObjectReader& reader, std::string_view key, std::optional<int>& out,
                      Issues& issues)
{
    const nlohmann::json* value = reader.readValue(key, Presence::Optional);
    if (value == nullptr || value->is_null()) {
        return;
    }
    if (!value->is_number_integer() || value->get<long long>() < 0 ||
        value->get<long long>() > 10) {
        issues.add(reader.pointerTo(key), "pain.optional", {detail::describeValue(*value)});
        return;
    }
    out = value->get<int>();
}

core::LoggedExercise readLoggedExercise(const nlohmann::json& value, const std::string& pointer,
                                        Issues& issues)
{
    core::LoggedExercise entry;
    ObjectReader reader(value, pointer, issues.all());
    if (!reader.isObject()) {
        return entry;
    }
    reader.readString("exercise", entry.exerciseId);
    reader.readEnum("status", entry.status);
    reader.readInt("sets_done", entry.setsDone, 0, core::kMaxLoggedSets);
    reader.readInt("sets_planned", entry.setsPlanned, 0, core::kMaxLoggedSets, Presence::Optional);
    readOptionalPain(reader, "pain", entry.painDuring, issues);
    if (const nlohmann::json* difficulty = reader.readValue("difficulty", Presence::Optional);
        difficulty != nullptr && !difficulty->is_null()) {
        core::Difficulty parsed{};
        if (reader.readEnum("difficulty", parsed)) {
            entry.difficulty = parsed;
        }
    }
    reader.finish();
    return entry;
}

// One session log: {"date", "planned_date"?, "session_pain"?, "worse_next_morning"?, "note"?,
// "entries": [...]}.
core::SessionLog readSessionLog(const nlohmann::json& value, const std::string& pointer,
                                Issues& issues, bool& ok)
{
    core::SessionLog log;
    ObjectReader reader(value, pointer, issues.all());
    ok = reader.isObject();
    if (!ok) {
        return log;
    }
    readDate(reader, "date", log.date, issues);
    if (const nlohmann::json* planned = reader.readValue("planned_date", Presence::Optional);
        planned != nullptr && !planned->is_null()) {
        core::Date date{};
        if (readDate(reader, "planned_date", date, issues)) {
            log.plannedDate = date;
        }
    }
    readOptionalPain(reader, "session_pain", log.sessionPain, issues);
    // Left out or null: not recorded (requests written before the field existed).
    if (const nlohmann::json* worse = reader.readValue("worse_next_morning", Presence::Optional);
        worse != nullptr && !worse->is_null()) {
        if (worse->is_boolean()) {
            log.worseNextMorning = worse->get<bool>();
        } else {
            issues.add(reader.pointerTo("worse_next_morning"), "log.worse",
                       {detail::describeValue(*worse)});
        }
    }
    reader.readString("note", log.note, Presence::Optional);
    if (const nlohmann::json* entries = reader.readList("entries")) {
        for (std::size_t i = 0; i < entries->size(); ++i) {
            log.entries.push_back(readLoggedExercise(
                (*entries)[i], reader.pointerTo("entries") + "/" + std::to_string(i), issues));
        }
    }
    reader.finish();
    for (const core::FieldIssue& issue : core::validateSessionLog(log)) {
        issues.addUnlessReported(pointer + "/" + issue.field, issue);
    }
    return log;
}

// A plan's exercise: side and reason required, and reps or a hold (docs/formats.md).
core::PlannedExercise readPlanExercise(const nlohmann::json& value, const std::string& pointer,
                                       Issues& issues)
{
    core::PlannedExercise planned = detail::readPlannedExercise(value, pointer, issues.all(),
                                                                detail::PlannedExerciseRules::Plan);
    if (value.is_object() && planned.reps <= 0 && planned.holdSeconds <= 0) {
        issues.addUnlessReported(pointer + "/reps", "planned.reps_or_hold", {});
    }
    return planned;
}

core::PlanOverride readOverride(const nlohmann::json& value, const std::string& pointer,
                                Issues& issues)
{
    core::PlanOverride change;
    ObjectReader reader(value, pointer, issues.all());
    if (!reader.isObject()) {
        return change;
    }
    static const std::vector<std::string> kKinds{"swap", "dose", "remove", "add", "reorder"};
    if (reader.readString("kind", change.kind) && !core::contains(kKinds, change.kind)) {
        issues.add(reader.pointerTo("kind"), "override.kind",
                   {detail::describeValue(nlohmann::json(change.kind))});
    }
    reader.readInt("day_index", change.dayIndex, 0, 6);
    reader.readString("exercise_id", change.exerciseId);
    reader.readString("replacement_id", change.replacementId, Presence::Optional);
    reader.readString("description", change.description);
    reader.finish();
    return change;
}

// A plan document, top level or inside a request (where format and version may be left out).
core::Plan readPlan(const nlohmann::json& value, const std::string& pointer, Issues& issues,
                    bool embedded)
{
    core::Plan plan;
    ObjectReader reader(value, pointer, issues.all());
    if (!reader.isObject()) {
        return plan;
    }
    const Presence header = embedded ? Presence::Optional : Presence::Required;
    if (const nlohmann::json* format = reader.readValue("format", header)) {
        if (!format->is_string() || format->get_ref<const std::string&>() != kPlanFormat) {
            issues.add(reader.pointerTo("format"), "plan.format",
                       {std::string(kPlanFormat), detail::describeValue(*format)});
        }
    }
    int version = kPlanFormatVersion;
    reader.readInt("version", version, kOldestPlanFormatVersion, kPlanFormatVersion, header);
    const bool hasStart = readDate(reader, "week_start", plan.weekStart, issues);

    ObjectReader decision = reader.child("decision");
    decision.readEnum("action", plan.decision.action);
    decision.readEnum("light", plan.decision.light);
    decision.readInt("phase", plan.decision.phase, 1, 4);
    decision.readInt("green_weeks_in_phase", plan.decision.greenWeeksInPhase, 0, kMaxGreenWeeks,
                     Presence::Optional);
    if (const nlohmann::json* reasons = decision.readList("reasons", Presence::Optional)) {
        for (std::size_t i = 0; i < reasons->size(); ++i) {
            plan.decision.reasons.push_back(detail::readReason(
                (*reasons)[i], decision.pointerTo("reasons") + "/" + std::to_string(i),
                issues.all()));
        }
    }
    decision.finish();

    if (const nlohmann::json* advice = reader.readList("advice", Presence::Optional)) {
        for (std::size_t i = 0; i < advice->size(); ++i) {
            plan.advice.push_back(detail::readReason(
                (*advice)[i], reader.pointerTo("advice") + "/" + std::to_string(i), issues.all()));
        }
    }

    if (const nlohmann::json* days = reader.readList("days")) {
        const std::string daysAt = reader.pointerTo("days");
        if (days->size() != 7) {
            issues.add(daysAt, "plan.days", {std::to_string(days->size())});
        }
        for (std::size_t i = 0; i < days->size(); ++i) {
            const std::string dayAt = daysAt + "/" + std::to_string(i);
            ObjectReader dayReader((*days)[i], dayAt, issues.all());
            if (!dayReader.isObject()) {
                continue;
            }
            core::PlanDay day;
            if (readDate(dayReader, "date", day.date, issues, Presence::Required, DateRange::Any) &&
                hasStart) {
                const core::Date expected = plan.weekStart + std::chrono::days(i);
                if (day.date != expected) {
                    issues.add(dayReader.pointerTo("date"), "plan.day_date",
                               {core::toIsoString(expected), std::to_string(i),
                                core::toIsoString(day.date)});
                }
            }
            dayReader.readEnum("kind", day.kind);
            dayReader.readInt("estimated_minutes", day.estimatedMinutes, 0, kMaxMinutes);
            if (const nlohmann::json* exercises = dayReader.readList("exercises")) {
                for (std::size_t j = 0; j < exercises->size(); ++j) {
                    day.exercises.push_back(readPlanExercise(
                        (*exercises)[j], dayReader.pointerTo("exercises") + "/" + std::to_string(j),
                        issues));
                }
            }
            dayReader.finish();
            plan.days.push_back(std::move(day));
        }
    }
    if (const nlohmann::json* overrides = reader.readList("overrides", Presence::Optional)) {
        for (std::size_t i = 0; i < overrides->size(); ++i) {
            plan.overrides.push_back(readOverride(
                (*overrides)[i], reader.pointerTo("overrides") + "/" + std::to_string(i), issues));
        }
    }
    reader.finish();
    return plan;
}

using detail::fail;

template <typename E> nlohmann::ordered_json namesOf(const std::vector<E>& values)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const E value : values) {
        list.push_back(std::string(core::toString(value)));
    }
    return list;
}

std::string name(auto value)
{
    return std::string(core::toString(value));
}

nlohmann::ordered_json planJson(const core::Plan& plan, const ReasonWords& words)
{
    nlohmann::ordered_json out;
    out["format"] = kPlanFormat;
    out["version"] = kPlanFormatVersion;
    out["week_start"] = core::toIsoString(plan.weekStart);
    nlohmann::ordered_json decision;
    decision["action"] = name(plan.decision.action);
    decision["light"] = name(plan.decision.light);
    decision["phase"] = plan.decision.phase;
    decision["green_weeks_in_phase"] = plan.decision.greenWeeksInPhase;
    nlohmann::ordered_json reasons = nlohmann::ordered_json::array();
    for (const core::Reason& reason : plan.decision.reasons) {
        reasons.push_back(detail::reasonJson(reason, words));
    }
    decision["reasons"] = std::move(reasons);
    out["decision"] = std::move(decision);
    nlohmann::ordered_json advice = nlohmann::ordered_json::array();
    for (const core::Reason& item : plan.advice) {
        advice.push_back(detail::reasonJson(item, words));
    }
    out["advice"] = std::move(advice);
    nlohmann::ordered_json days = nlohmann::ordered_json::array();
    for (const core::PlanDay& day : plan.days) {
        nlohmann::ordered_json item;
        item["date"] = core::toIsoString(day.date);
        item["kind"] = name(day.kind);
        item["estimated_minutes"] = day.estimatedMinutes;
        nlohmann::ordered_json exercises = nlohmann::ordered_json::array();
        for (const core::PlannedExercise& planned : day.exercises) {
            nlohmann::ordered_json exercise = detail::plannedExerciseJson(planned, words);
            exercises.push_back(std::move(exercise));
        }
        item["exercises"] = std::move(exercises);
        days.push_back(std::move(item));
    }
    out["days"] = std::move(days);
    nlohmann::ordered_json overrides = nlohmann::ordered_json::array();
    for (const core::PlanOverride& change : plan.overrides) {
        nlohmann::ordered_json item;
        item["kind"] = change.kind;
        item["day_index"] = change.dayIndex;
        item["exercise_id"] = change.exerciseId;
        item["replacement_id"] = change.replacementId;
        item["description"] = change.description;
        overrides.push_back(std::move(item));
    }
    out["overrides"] = std::move(overrides);
    return out;
}

std::string dump(const nlohmann::ordered_json& json)
{
    // Text that is not valid UTF-8 cannot come from a parsed file; replacing it keeps a write
    // from failing halfway on a value typed in by hand.
    return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace

namespace {

core::PlanRequest readPlanRequest(std::string_view json)
{
    std::vector<FormatIssue> found;
    const std::optional<nlohmann::json> root = detail::parseJson(json, found);
    if (!root) {
        throw FormatError(std::move(found));
    }
    if (!detail::checkHeader(*root, kRequestFormat, kPlanRequestFormatVersion,
                             "a Glidepath plan request", found)) {
        fail(json, std::move(found));
    }
    found = detail::duplicateKeys(json);
    Issues issues(found);

    core::PlanRequest request;
    ObjectReader reader(*root, "", found);
    std::string format;
    int version = 0;
    reader.readString("format", format);
    reader.readInt("version", version, kPlanRequestFormatVersion, kPlanRequestFormatVersion);
    const bool hasStart = readDate(reader, "week_start", request.weekStart, issues);
    request.client = readClient(reader, issues);

    ObjectReader screening = reader.child("screening");
    screening.readEnumList("red_flags", request.screeningRedFlags);
    screening.finish();

    if (const nlohmann::json* checkins = reader.readList("checkins")) {
        for (std::size_t i = 0; i < checkins->size(); ++i) {
            const std::string at = "/checkins/" + std::to_string(i);
            bool ok = false;
            core::CheckIn checkIn = readCheckIn((*checkins)[i], at, issues, ok);
            if (!ok) {
                continue;
            }
            const bool dated = checkIn.date != core::Date{};
            if (dated && !request.checkins.empty() &&
                request.checkins.back().date != core::Date{} &&
                checkIn.date < request.checkins.back().date) {
                issues.addUnlessReported(at + "/date", "checkins.order",
                                         {core::toIsoString(request.checkins.back().date)});
            }
            if (dated && hasStart && checkIn.date > request.weekStart) {
                issues.addUnlessReported(at + "/date", "checkins.after_start",
                                         {core::toIsoString(request.weekStart)});
            }
            request.checkins.push_back(std::move(checkIn));
        }
    }

    if (const nlohmann::json* logs = reader.readList("session_logs", Presence::Optional)) {
        for (std::size_t i = 0; i < logs->size(); ++i) {
            const std::string at = "/session_logs/" + std::to_string(i);
            bool ok = false;
            core::SessionLog log = readSessionLog((*logs)[i], at, issues, ok);
            if (!ok) {
                continue;
            }
            if (hasStart && log.date != core::Date{} && log.date >= request.weekStart) {
                issues.addUnlessReported(at + "/date", "logs.after_start",
                                         {core::toIsoString(request.weekStart)});
            }
            request.sessionLogs.push_back(std::move(log));
        }
    }

    if (const nlohmann::json* reviews = reader.readList("reviews", Presence::Optional)) {
        for (std::size_t i = 0; i < reviews->size(); ++i) {
            ObjectReader item((*reviews)[i], "/reviews/" + std::to_string(i), issues.all());
            if (!item.isObject()) {
                continue;
            }
            core::ClinicianReview review;
            readDate(item, "date", review.date, issues);
            item.readString("clinician", review.clinician);
            item.readString("note", review.note, Presence::Optional);
            item.finish();
            request.reviews.push_back(std::move(review));
        }
    }

    if (const nlohmann::json* previous = reader.readValue("previous_plan", Presence::Optional);
        previous != nullptr && !previous->is_null()) {
        if (!previous->is_object()) {
            issues.add("/previous_plan", "previous_plan.not_plan",
                       {detail::describeValue(*previous)});
        } else {
            request.previousPlan = readPlan(*previous, "/previous_plan", issues, true);
            if (hasStart && request.previousPlan->weekStart != core::Date{} &&
                request.previousPlan->weekStart >= request.weekStart) {
                issues.addUnlessReported("/previous_plan/week_start", "previous_plan.week",
                                         {core::toIsoString(request.weekStart)});
            }
        }
    }
    reader.finish();
    if (!found.empty()) {
        fail(json, std::move(found));
    }
    return request;
}

} // namespace

std::string writePlanRequest(const core::PlanRequest& request)
{
    nlohmann::ordered_json out;
    out["format"] = kRequestFormat;
    out["version"] = kPlanRequestFormatVersion;
    out["week_start"] = core::toIsoString(request.weekStart);
    const core::ClientProfile& profile = request.client;
    nlohmann::ordered_json client;
    if (!profile.name.empty()) {
        client["name"] = profile.name;
    }
    client["conditions"] = namesOf(profile.conditions);
    client["side"] = name(profile.side);
    client["age"] = profile.age;
    client["goals"] = namesOf(profile.goals);
    client["equipment"] = namesOf(profile.equipment);
    client["sessions_per_week"] = profile.sessionsPerWeek;
    client["minutes_per_session"] = profile.minutesPerSession;
    if (!profile.notes.empty()) {
        client["notes"] = profile.notes;
    }
    if (profile.nextReview) {
        client["next_review"] = core::toIsoString(*profile.nextReview);
    }
    if (profile.surgery) {
        nlohmann::ordered_json surgery;
        surgery["operation"] = name(profile.surgery->operation);
        surgery["date"] = core::toIsoString(profile.surgery->date);
        surgery["weight_bearing"] = name(profile.surgery->weightBearing);
        surgery["clearances"] = namesOf(profile.surgery->clearances);
        client["surgery"] = std::move(surgery);
    }
    if (!profile.precautions.empty()) {
        client["precautions"] = namesOf(profile.precautions);
    }
    if (profile.hipBalance != core::HipBalanceCheck{}) {
        nlohmann::ordered_json hip = nlohmann::ordered_json::object();
        const auto answer = [&](const char* key, const std::optional<bool>& value) {
            if (value) {
                hip[key] = *value;
            }
        };
        answer("sits_for_long_periods", profile.hipBalance.sitsForLongPeriods);
        answer("back_pain", profile.hipBalance.backPain);
        answer("repetitive_motion", profile.hipBalance.repetitiveMotion);
        answer("does_hip_balance_work", profile.hipBalance.doesHipBalanceWork);
        client["hip_balance"] = std::move(hip);
    }
    out["client"] = std::move(client);
    out["screening"] = {{"red_flags", namesOf(request.screeningRedFlags)}};
    nlohmann::ordered_json checkins = nlohmann::ordered_json::array();
    for (const core::CheckIn& checkIn : request.checkins) {
        nlohmann::ordered_json item;
        item["date"] = core::toIsoString(checkIn.date);
        item["pain_rest"] = checkIn.painRest;
        item["pain_activity"] = checkIn.painActivity;
        item["pain_exercise"] = checkIn.painExercise;
        item["next_morning"] = name(checkIn.nextMorning);
        item["night_pain"] = checkIn.nightPain;
        item["swelling"] = name(checkIn.swelling);
        item["adherence"] = checkIn.adherence;
        item["difficulty"] = name(checkIn.difficulty);
        nlohmann::ordered_json painful = nlohmann::ordered_json::object();
        for (const auto& [id, pain] : checkIn.painfulExercises) {
            painful[id] = pain;
        }
        item["painful_exercises"] = std::move(painful);
        item["red_flags"] = namesOf(checkIn.redFlags);
        checkins.push_back(std::move(item));
    }
    out["checkins"] = std::move(checkins);
    if (!request.sessionLogs.empty()) {
        nlohmann::ordered_json logs = nlohmann::ordered_json::array();
        for (const core::SessionLog& log : request.sessionLogs) {
            nlohmann::ordered_json item;
            item["date"] = core::toIsoString(log.date);
            if (log.plannedDate) {
                item["planned_date"] = core::toIsoString(*log.plannedDate);
            }
            if (log.sessionPain) {
                item["session_pain"] = *log.sessionPain;
            }
            if (log.worseNextMorning) {
                item["worse_next_morning"] = *log.worseNextMorning;
            }
            if (!log.note.empty()) {
                item["note"] = log.note;
            }
            nlohmann::ordered_json entries = nlohmann::ordered_json::array();
            for (const core::LoggedExercise& e : log.entries) {
                nlohmann::ordered_json entry;
                entry["exercise"] = e.exerciseId;
                entry["status"] = name(e.status);
                entry["sets_done"] = e.setsDone;
                if (e.setsPlanned > 0) {
                    entry["sets_planned"] = e.setsPlanned;
                }
                if (e.painDuring) {
                    entry["pain"] = *e.painDuring;
                }
                if (e.difficulty) {
                    entry["difficulty"] = name(*e.difficulty);
                }
                entries.push_back(std::move(entry));
            }
            item["entries"] = std::move(entries);
            logs.push_back(std::move(item));
        }
        out["session_logs"] = std::move(logs);
    }
    if (!request.reviews.empty()) {
        nlohmann::ordered_json reviews = nlohmann::ordered_json::array();
        for (const core::ClinicianReview& review : request.reviews) {
            nlohmann::ordered_json item;
            item["date"] = core::toIsoString(review.date);
            item["clinician"] = review.clinician;
            if (!review.note.empty()) {
                item["note"] = review.note;
            }
            reviews.push_back(std::move(item));
        }
        out["reviews"] = std::move(reviews);
    }
    out["previous_plan"] = request.previousPlan ? planJson(*request.previousPlan, {})
                                                : nlohmann::ordered_json(nullptr);
    return dump(out);
}

namespace {

core::Plan readPlanDocument(std::string_view json)
{
    std::vector<FormatIssue> found;
    const std::optional<nlohmann::json> root = detail::parseJson(json, found);
    if (!root) {
        throw FormatError(std::move(found));
    }
    if (!detail::checkHeader(*root, kPlanFormat, kPlanFormatVersion, "a Glidepath plan", found,
                             kOldestPlanFormatVersion)) {
        fail(json, std::move(found));
    }
    found = detail::duplicateKeys(json);
    Issues issues(found);
    core::Plan plan = readPlan(*root, "", issues, false);
    if (!found.empty()) {
        fail(json, std::move(found));
    }
    return plan;
}

} // namespace

core::PlanRequest parsePlanRequest(std::string_view json)
{
    return detail::guarded([&] { return readPlanRequest(json); });
}

core::Plan parsePlan(std::string_view json)
{
    return detail::guarded([&] { return readPlanDocument(json); });
}

std::string writePlan(const core::Plan& plan, const ReasonWords& words)
{
    return dump(planJson(plan, words));
}

} // namespace glidepath::io
