// The words for the decision's reasons about the pathway: restarts after a referral, surgery,
// phase gates, logged sessions, what the week leaves out and why, goals and the week's shape.

#include "reason_words.h"

#include <glidepath/core/client.h>
#include <glidepath/core/vocabulary.h>

namespace glidepath::report::detail {

namespace {

QString phaseGate(const Say& s)
{
    const core::ReasonValue* met = s.reason().find("met");
    const core::ReasonValue* missing = s.reason().find("missing");
    const int phase = s.n("phase");
    const core::ReasonValue none = core::value::list({});
    const QString metText = criteriaText(met ? *met : none, phase, s.reg());
    const QString missingText = criteriaText(missing ? *missing : none, phase, s.reg());
    if (s.raw("passed") == "yes" && s.raw("capped_by") == "surgery") {
        return s.client() ? ReasonText::tr("Your knee meets the signs for the next stage of the "
                                           "programme: %1.")
                                .arg(metText)
                          : ReasonText::tr("Meets the criteria for phase %1 (held back after "
                                           "surgery): %2.")
                                .arg(phase + 1)
                                .arg(metText);
    }
    if (s.raw("passed") == "yes") {
        return s.client() ? ReasonText::tr("You are ready for the next stage of the programme: "
                                           "%1.")
                                .arg(metText)
                          : ReasonText::tr("Moves from phase %1 to phase %2: %3.")
                                .arg(phase)
                                .arg(phase + 1)
                                .arg(metText);
    }
    if (s.client()) {
        return ReasonText::tr("Not ready for the next stage yet: %1.").arg(missingText);
    }
    QString out = ReasonText::tr("Stays in phase %1, not yet ready for phase %2: %3.")
                      .arg(phase)
                      .arg(phase + 1)
                      .arg(missingText);
    if (met != nullptr && !met->items.empty()) {
        out += ReasonText::tr(" Already met: %1.").arg(metText);
    }
    return out;
}

QString referRestart(const Say& s)
{
    if (s.client()) {
        return s.has("clinician")
                   ? ReasonText::tr("Welcome back after your check-up with %1: the plan starts "
                                    "again gently, with easier exercises, and builds up once "
                                    "things stay settled.")
                         .arg(s("clinician"))
                   : ReasonText::tr("After the referral the plan starts again gently, with "
                                    "easier exercises, and builds up once things stay settled.");
    }
    QString out = ReasonText::tr("Last week's plan was a referral for a red flag. ");
    if (s.has("clinician")) {
        QString seen =
            ReasonText::tr("Seen and cleared by %1 on %2").arg(s("clinician"), s("seen"));
        if (s.has("note")) {
            seen += ReasonText::tr(" (\"%1\")").arg(s("note"));
        }
        out += ReasonText::tr("%1: restarts in phase %2, below phase %3 before the referral")
                   .arg(seen, s.num("phase"), s.num("before"));
    } else {
        out += ReasonText::tr("No clinician review is recorded since then, only the check-in's "
                              "answers: restarts in phase %1")
                   .arg(s.num("phase"));
    }
    return out + ReasonText::tr(", at starting doses; %1 until %2 green weeks in a row.")
                     .arg(capsText(s), s.num("needed"));
}

QString referRamp(const Say& s)
{
    if (s.raw("case") == "held" || !s.has("settled")) {
        return s.client() ? ReasonText::tr("Still building up after the referral: %1 for now.")
                                .arg(capsText(s))
                          : ReasonText::tr("Still building up after a referral and nothing newer "
                                           "shows it has settled: the red-week caps stay.");
    }
    return s.client()
               ? ReasonText::tr("Still building up after the referral: %1 until you have had %2 "
                                "settled weeks in a row.")
                     .arg(capsText(s), s.num("needed"))
               : (s.n("settled") == 1
                      ? ReasonText::tr("Building up after a referral: %1 green week in a row of %2 "
                                       "needed, so %3.")
                      : ReasonText::tr("Building up after a referral: %1 green weeks in a row of "
                                       "%2 needed, so %3."))
                     .arg(s.num("settled"), s.num("needed"), capsText(s));
}

QString surgeryClearance(const Say& s)
{
    const QString notCleared = s("not_cleared");
    if (s.client()) {
        QString out = s.has("operation")
                          ? ReasonText::tr("After your %1 the plan builds up step by step.")
                                .arg(s("operation"))
                          : ReasonText::tr("After your operation the plan builds up step by step.");
        if (!notCleared.isEmpty()) {
            out += ReasonText::tr(" Until your surgeon says so, there is no %1.").arg(notCleared);
        }
        return out;
    }
    QString what;
    if (s.has("operation")) {
        const QString when = s.has("weeks") ? ReasonText::tr("%1 weeks ago").arg(s.num("weeks"))
                                            : ReasonText::tr("date not recorded");
        what = ReasonText::tr("After surgery (%1, %2, weight bearing %3)")
                   .arg(s("operation"), when, s("weight_bearing"));
    } else {
        what = ReasonText::tr("After surgery (no operation recorded)");
    }
    QString out =
        ReasonText::tr("%1: the plan goes no higher than phase %2").arg(what, s.num("max_phase"));
    if (!notCleared.isEmpty()) {
        out += ReasonText::tr("; not cleared by the surgeon, so never planned: %1").arg(notCleared);
    }
    return out + QLatin1Char('.');
}

QString fallsWhy(const Say& s)
{
    QStringList why;
    const core::ReasonValue* list = s.reason().find("why");
    for (const core::ReasonValue& item : list ? list->items : std::vector<core::ReasonValue>{}) {
        why << (item.id == "age" ? ReasonText::tr("age %1").arg(s.num("age"))
                                 : valueText(item, s.reg()));
    }
    return joinAnd(why);
}

QString exerciseName(const Say& s, std::string_view name)
{
    const core::ReasonValue* e = s.reason().find(name);
    return e ? exerciseValueName(*e) : QString();
}

int exercisePain(const Say& s, std::string_view name)
{
    const core::ReasonValue* e = s.reason().find(name);
    return e ? e->number : 0;
}

// keep.previous: a decision reason (a dropped slot, an exercise gone from the library) and an
// exercise reason (kept at the same dose; moved along its ladder because a limit excludes it).
QString keepPrevious(const Say& s)
{
    const std::string c = s.raw("case");
    if (c == "not_in_library") {
        return s.client()
                   ? ReasonText::tr("%1 is no longer available; another exercise takes its place.")
                         .arg(exerciseName(s, "exercise"))
                   : ReasonText::tr("\"%1\" from last week's plan is no longer in the "
                                    "library; another exercise takes its place.")
                         .arg(exerciseName(s, "exercise"));
    }
    if (c == "hold") {
        if (s.client()) {
            return ReasonText::tr("The same as last week.");
        }
        const std::string hold = s.raw("hold");
        const QString why = hold == "adherence"  ? ReasonText::tr("too few sessions were done to "
                                                                   "progress")
                            : hold == "too_hard" ? ReasonText::tr("last week felt too hard")
                            : hold == "amber"    ? ReasonText::tr("an amber week")
                                                 : ReasonText::tr("no new check-in to judge by");
        QString out =
            ReasonText::tr("Kept from last week at the same dose (%1): %2.").arg(s("dose"), why);
        if (s.has("pain")) {
            out += ReasonText::tr(" It hurt %1 last week.").arg(s("pain"));
        }
        return out;
    }
    if (c == "harder" || c == "easier") {
        const QString why = exclusionText(s.reason().values, s.reg());
        if (s.client()) {
            return c == "harder" ? ReasonText::tr("Moved on from %1 to a harder version.")
                                       .arg(exerciseName(s, "replaced"))
                                 : ReasonText::tr("An easier version of %1, because %2.")
                                       .arg(exerciseName(s, "replaced"), why);
        }
        return (c == "harder" ? ReasonText::tr("%1 is left out this week because %2; moved on to "
                                               "its harder version instead, at its starting dose.")
                              : ReasonText::tr("%1 is left out this week because %2; its easier "
                                               "version instead, at its starting dose."))
            .arg(exerciseName(s, "replaced"), why);
    }
    // "dropped": a slot whose exercise went and nothing could take its place.
    QString slot = s("slot");
    if (!slot.isEmpty()) {
        slot[0] = slot[0].toUpper();
    }
    const QString name = exerciseName(s, "replaced");
    if (s.raw("dropped") == "painful") {
        return s.client() ? ReasonText::tr("%1: %2 hurt last week and is left out, and no other "
                                           "exercise fits in its place.")
                                .arg(slot, name)
                          : ReasonText::tr("%1: no exercise replaces %2, which hurt %3/10 last "
                                           "week (above %4) and has no easier version that fits.")
                                .arg(slot, name)
                                .arg(exercisePain(s, "replaced"))
                                .arg(s.n("limit"));
    }
    const QString why = exclusionText(s.reason().values, s.reg());
    return s.client() ? ReasonText::tr("%1: %2 is left out this week because %3, and no other "
                                       "exercise fits in its place.")
                            .arg(slot, name, why)
                      : ReasonText::tr("%1: no exercise replaces %2, left out because %3.")
                            .arg(slot, name, why);
}

QString weekStrength(const Say& s)
{
    if (s.client()) {
        return (s.n("strength") == 1
                    ? ReasonText::tr("This week has %1 strength day (%2), with easier days and "
                                     "rest days around it.")
                    : ReasonText::tr("This week has %1 strength days (%2), never two in a row, "
                                     "with easier days and rest days in between."))
            .arg(s.num("strength"), s("strength_days"));
    }
    QString out =
        (s.n("strength") == 1 ? ReasonText::tr("%1 strength day (%2), never two in a row, ")
                              : ReasonText::tr("%1 strength days (%2), never two in a row, "))
            .arg(s.num("strength"), s("strength_days")) +
        (s.n("mobility") == 0 ? ReasonText::tr("no mobility and activation day and ")
         : s.n("mobility") == 1
             ? ReasonText::tr("%1 mobility and activation day and ").arg(s.num("mobility"))
             : ReasonText::tr("%1 mobility and activation days and ").arg(s.num("mobility"))) +
        (s.n("rest") == 1 ? ReasonText::tr("%1 rest day, from %2 sessions a week")
                          : ReasonText::tr("%1 rest days, from %2 sessions a week"))
            .arg(s.num("rest"), s.num("asked"));
    if (s.has("red_max")) {
        out += ReasonText::tr("; a red week has at most %1 strength days").arg(s.num("red_max"));
    }
    return out + QLatin1Char('.');
}

QString emptySlot(const Say& s)
{
    const QString slot = s("slot");
    QString out = s.client()
                      ? ReasonText::tr("No exercise for %1 fits this week with the equipment you "
                                       "have")
                            .arg(slot)
                      : ReasonText::tr("No %1 exercise fits this week (phase %2, the client's "
                                       "equipment and today's precautions)")
                            .arg(slot, s.num("phase"));
    if (s.has("needs")) {
        out += ReasonText::tr("; %1 would allow %2").arg(s("needs"), s("would_allow"));
    }
    return out + QLatin1Char('.');
}

} // namespace

const std::map<std::string_view, Renderer>& pathwayRenderers()
{
    static const std::map<std::string_view, Renderer> table{
        {"refer.restart", referRestart},
        {"refer.ramp", referRamp},
        {"surgery.phase_weeks",
         [](const Say& s) {
             return s.client()
                        ? ReasonText::tr("You are doing well, but it is still early after your "
                                         "operation, so the plan does not move on yet.")
                        : ReasonText::tr("Ready for phase %1, but the time since surgery allows "
                                         "phase %2 at most.")
                              .arg(s.num("ready_phase"), s.num("max_phase"));
         }},
        {"surgery.weight_bearing",
         [](const Say& s) {
             if (s.has("ready_phase")) {
                 // The phase gate passed, but weight bearing is not yet full.
                 return s.client()
                            ? ReasonText::tr("You are doing well, but until your leg may "
                                             "take your full weight the plan does not "
                                             "move on.")
                            : ReasonText::tr("Ready for phase %1, but the leg may not yet take "
                                             "full weight after surgery (%2 weight "
                                             "bearing): phase %3 at most until full "
                                             "weight bearing is recorded.")
                                  .arg(s.num("ready_phase"),
                                       s.raw("weight_bearing") == "partial"
                                           ? ReasonText::tr("partial")
                                           : ReasonText::tr("no"),
                                       s.num("max_phase"));
             }
             return fixedText(s,
                              QT_TRANSLATE_NOOP("ReasonText", "Partial or no weight bearing "
                                                              "after surgery: standing work "
                                                              "waits."),
                              QT_TRANSLATE_NOOP("ReasonText", "Exercises standing on the leg "
                                                              "wait until it may take your full "
                                                              "weight."));
         }},
        {"surgery.clearance", surgeryClearance},
        {"regress.two_red_weeks",
         [](const Say& s) {
             if (s.client()) {
                 return ReasonText::tr("Two difficult weeks in a row: the plan goes back to the "
                                       "beginning, and a physiotherapist or doctor should look "
                                       "at it.");
             }
             const QString which =
                 s.has("checkin")
                     ? ReasonText::tr("last plan and the check-in of %1").arg(s("checkin"))
                     : ReasonText::tr("check-ins of %1").arg(s("checkins"));
             return ReasonText::tr("%1 red weeks in a row (%2), %3 or more: back to phase %4, "
                                   "and a clinician should review the plan.")
                 .arg(s.num("run"), which, s.num("reset_after"), s.num("phase"));
         }},
        {"phase.gate.1_2", phaseGate},
        {"phase.gate.2_3", phaseGate},
        {"phase.gate.3_4", phaseGate},
        {"exercise.swap_painful",
         [](const Say& s) {
             const std::string c = s.raw("case");
             if (s.client() && c == "easier_start") {
                 return ReasonText::tr("An easier version of %1, which hurt last week.")
                     .arg(exerciseName(s, "exercise"));
             }
             if (s.client()) {
                 return c == "easier" ? ReasonText::tr("%1 hurt last week, so an easier version "
                                                       "takes its place: %2.")
                                            .arg(s("exercise"), s("easier"))
                                      : ReasonText::tr("%1 hurt last week, so it is left out "
                                                       "this week.")
                                            .arg(s("exercise"));
             }
             const core::ReasonValue* e = s.reason().find("exercise");
             const QString hurt = ReasonText::tr("%1 hurt %2/10 last week (above %3)")
                                      .arg(e ? exerciseValueName(*e) : QString())
                                      .arg(e ? e->number : 0)
                                      .arg(s.n("limit"));
             if (c == "easier_start" && s.has("dose")) {
                 return ReasonText::tr("%1: swapped for its easier version, at last week's dose "
                                       "of it (%2) as this week does not move up.")
                     .arg(hurt, s("dose"));
             }
             if (c == "easier_start") {
                 return ReasonText::tr("%1: swapped for its easier version at its starting "
                                       "dose.")
                     .arg(hurt);
             }
             return c == "easier" ? ReasonText::tr("%1: swapped for its easier version, %2.")
                                        .arg(hurt, s("easier"))
                                  : ReasonText::tr("%1: it is left out this week.").arg(hurt);
         }},
        {"log.adherence",
         [](const Say& s) {
             return s.client()
                        ? (s.n("logged") == 1 ? ReasonText::tr("You logged %1 session last week.")
                                              : ReasonText::tr("You logged %1 sessions last week."))
                              .arg(s.num("logged"))
                        : (s.n("logged") == 1
                               ? ReasonText::tr("%1 session logged in the week of %2")
                               : ReasonText::tr("%1 sessions logged in the week of %2"))
                                  .arg(s.num("logged"), s("week")) +
                              ReasonText::tr(" for %1 planned: %2 of the planned sessions done, "
                                             "taken instead of the check-in's %3.")
                                  .arg(s.num("planned"), s("adherence"), s("checkin_adherence"));
         }},
        {"log.pain",
         [](const Say& s) {
             return s.client()
                        ? ReasonText::tr("In your session on %1 you logged pain of %2, more than "
                                         "at the check-in.")
                              .arg(s("date"), s("pain"))
                        : ReasonText::tr("Pain during the session of %1 was logged at %2, above "
                                         "the check-in's %3: the week is judged by the logged "
                                         "pain.")
                              .arg(s("date"), s("pain"), s("checkin_pain"));
         }},
        {"log.painful",
         [](const Say& s) {
             const core::ReasonValue* e = s.reason().find("exercise");
             const QString name = e ? exerciseValueName(*e) : QString();
             const int pain = e ? e->number : 0;
             return s.client()
                        ? ReasonText::tr("%1 hurt %2 out of 10 on %3.")
                              .arg(name)
                              .arg(pain)
                              .arg(s("date"))
                        : ReasonText::tr("%1 was logged at %2/10 during exercise on %3 (above "
                                         "%4): it counts as an exercise that hurt.")
                              .arg(name)
                              .arg(pain)
                              .arg(s("date"), s.num("limit"));
         }},
        {"log.next_morning",
         [](const Say& s) {
             const bool red = s.raw("light") == "red";
             if (s.client()) {
                 const QString when =
                     s.has("dates")
                         ? ReasonText::tr("Your knee was worse the morning after your session on "
                                          "%1")
                               .arg(s("dates"))
                         : ReasonText::tr("Your knee was worse the morning after a session");
                 return red ? ReasonText::tr("%1, so this week steps back a little.").arg(when)
                            : ReasonText::tr("%1, so this week nothing gets harder.").arg(when);
             }
             const QString when =
                 s.has("dates")
                     ? ReasonText::tr("Worse next morning logged after the session of %1")
                           .arg(s("dates"))
                     : ReasonText::tr("Worse next morning logged after a session");
             return ReasonText::tr("%1: counted like a check-in's \"next morning higher\" "
                                   "(symptoms must settle by the next morning), so the week is "
                                   "at least %2 and no phase gate passes.")
                 .arg(when, red ? ReasonText::tr("red") : ReasonText::tr("amber"));
         }},
        {"log.skipped",
         [](const Say& s) {
             if (!s.has("exercise")) { // the exercise's own reason
                 return s.client()
                            ? ReasonText::tr("Skipped on %1, so it stays the same this week.")
                                  .arg(s("date"))
                            : ReasonText::tr("Kept from last week at the same dose (%1): it was "
                                             "skipped in the session of %2, and a skipped "
                                             "exercise does not count as progress.")
                                  .arg(s("dose"), s("date"));
             }
             return s.client()
                        ? ReasonText::tr("%1 was skipped on %2, so it stays the same this week.")
                              .arg(s("exercise"), s("date"))
                        : ReasonText::tr("%1 was skipped in the logged session of %2: it stays at "
                                         "%3 this week.")
                              .arg(s("exercise"), s("date"), s("dose"));
         }},
        {"select.kneeling",
         [](const Say& s) {
             return s.client()
                        ? ReasonText::tr("Kneeling exercises are left out while everyday "
                                         "activities hurt.")
                        : ReasonText::tr("Activity pain is %1 (%2 or more) with %3: kneeling "
                                         "exercises are left out.")
                              .arg(s("activity_pain"), s.num("limit"), s("condition"));
         }},
        {"select.equipment",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Only exercises the client's equipment allows "
                                                  "are planned."),
                  QT_TRANSLATE_NOOP("ReasonText", "Only exercises you can do with your own "
                                                  "equipment are planned."))},
        {"select.red_caps",
         [](const Say& s) {
             return s.client()
                        ? ReasonText::tr("Last week was difficult and there is no news yet, so %1.")
                              .arg(capsText(s))
                        : ReasonText::tr("Last week's plan was red and nothing newer shows it has "
                                         "settled: %1.")
                              .arg(capsText(s));
         }},
        {"select.irritable",
         [](const Say& s) {
             const bool swelling = s.raw("cause") == "swelling";
             if (s.client()) {
                 return ReasonText::tr("Your knee is irritated at the moment, so deep knee "
                                       "bending and exercises that press on the kneecap wait.");
             }
             const QString cause = swelling ? ReasonText::tr("Swelling is reported")
                                            : ReasonText::tr("Activity pain is %1 (%2 or more)")
                                                  .arg(s("activity_pain"), s.num("limit"));
             return ReasonText::tr("%1: the knee is irritable, so loaded knee bending is kept to "
                                   "%2 and exercises that press the kneecap hard are left out.")
                 .arg(cause, s("max_flexion"));
         }},
        {"select.falls_risk",
         [](const Say& s) {
             return s.client()
                        ? ReasonText::tr("To keep you safe from falls, balance exercises are done "
                                         "holding a chair or a wall, with no jumping, and the "
                                         "plan moves on a little more slowly.")
                        : ReasonText::tr("Falls risk (%1): balance work only with a chair or wall "
                                         "to hold, no impact, and %2 more green week at each "
                                         "phase gate.")
                              .arg(fallsWhy(s), s.num("extra_weeks"));
         }},
        {"select.precautions",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Exercises that do not suit the client's "
                                                  "precautions are left out."),
                  QT_TRANSLATE_NOOP("ReasonText", "Exercises that do not suit you are left "
                                                  "out."))},
        {"select.painful_ladder",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Nothing harder than an exercise that hurt is "
                                                  "planned in its place."),
                  QT_TRANSLATE_NOOP("ReasonText", "An exercise that hurt is never replaced by a "
                                                  "harder one."))},
        {"week.new_exercises",
         [](const Say& s) {
             return s.client()
                        ? ReasonText::tr("Only a few new exercises each week, so that we can tell "
                                         "what helps.")
                        : ReasonText::tr("At most %1 new exercises a week, so that a flare-up can "
                                         "be traced to a change: other changes wait.")
                              .arg(s.num("max_new"));
         }},
        {"goal.walking",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Walking goal: graded walking work from the "
                                                  "first weeks."),
                  QT_TRANSLATE_NOOP("ReasonText", "You want to walk more, so walking practice "
                                                  "is part of the plan."))},
        {"goal.running",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Running goal: a return-to-run pathway once the "
                                                  "entry criteria are met."),
                  QT_TRANSLATE_NOOP("ReasonText", "You want to run, so running comes back step by "
                                                  "step once you are ready."))},
        {"run.entry",
         [](const Say& s) {
             const core::ReasonValue* met = s.reason().find("met");
             const core::ReasonValue* missing = s.reason().find("missing");
             const core::ReasonValue none = core::value::list({});
             const QString metText = criteriaText(met ? *met : none, 4, s.reg());
             const QString missingText = criteriaText(missing ? *missing : none, 4, s.reg());
             if (s.raw("passed") == "yes") {
                 return s.client() ? ReasonText::tr("You are ready to start walk-run intervals: "
                                                    "%1.")
                                         .arg(metText)
                                   : ReasonText::tr("Return-to-run entry criteria met, walk-run "
                                                    "work may start: %1.")
                                         .arg(metText);
             }
             if (missingText.isEmpty()) {
                 return s.client() ? ReasonText::tr("Running comes back once you are ready; "
                                                    "walking goes on until then.")
                                   : ReasonText::tr("Return-to-run entry criteria not met yet: "
                                                    "the walking work goes on.");
             }
             return s.client() ? ReasonText::tr("Walking goes on for now. Before running "
                                                "starts we need: %1.")
                                     .arg(missingText)
                               : ReasonText::tr("Return-to-run entry criteria not met yet, the "
                                                "walking work goes on; missing: %1.")
                                     .arg(missingText);
         }},
        {"run.advance",
         [](const Say& s) {
             const std::string c = s.raw("case");
             if (c == "advance") {
                 return s.client() ? ReasonText::tr("Your knee settled by the morning after "
                                                    "running, so the running can build up.")
                                   : ReasonText::tr("Next morning after walk-run settled: "
                                                    "walk-run may move up one step.");
             }
             if (c == "step_back") {
                 if (s.has("dates")) {
                     return s.client()
                                ? ReasonText::tr("Your knee was worse the morning after running "
                                                 "on %1, so this week is brisk walking again.")
                                      .arg(s("dates"))
                                : ReasonText::tr("Worse next morning after the walk-run session "
                                                 "of %1: back to brisk walking this week.")
                                      .arg(s("dates"));
                 }
                 if (s.has("checkin")) {
                     return s.client()
                                ? ReasonText::tr("Your knee was worse the morning after "
                                                 "exercise, so this week is brisk walking "
                                                 "again.")
                                : ReasonText::tr("Next morning higher at the check-in of %1: "
                                                 "back from walk-run to brisk walking this "
                                                 "week.")
                                      .arg(s("checkin"));
                 }
                 return s.client() ? ReasonText::tr("This week is brisk walking again instead "
                                                    "of running.")
                                   : ReasonText::tr("The plan is below phase 4 this week: back "
                                                    "from walk-run to brisk walking.");
             }
             return s.client() ? ReasonText::tr("The running stays the same this week.")
                               : ReasonText::tr("Walk-run kept at the same step: the week is "
                                                "not green.");
         }},
        {"goal.stairs",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Stairs goal: step-up and step-down work."),
                  QT_TRANSLATE_NOOP("ReasonText", "You want to manage stairs, so stepping "
                                                  "exercises are part of the plan."))},
        {"goal.squatting",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Squatting goal: a squat progression."),
                  QT_TRANSLATE_NOOP("ReasonText", "You want to squat, so squats build up step by "
                                                  "step."))},
        {"goal.daily_living",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Daily living goal: sit-to-stand work."),
                  QT_TRANSLATE_NOOP("ReasonText", "Getting up from a chair is practised, for "
                                                  "everyday life."))},
        {"goal.hip_balance",
         [](const Say& s) {
             return s.client()
                        ? ReasonText::tr("Because %1, hip exercises (outer, inner and front of "
                                         "the hip) come first on easier days.")
                              .arg(s("why"))
                        : ReasonText::tr("Hip-balance self-check: the client %1 and does no "
                                         "hip-balance work, so hip mobility (outer, inner and "
                                         "front of the hip) comes first on mobility days.")
                              .arg(s("why"));
         }},
        {"select.landing",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Landing work waits for its phase and a sport "
                                                  "goal."),
                  QT_TRANSLATE_NOOP("ReasonText", "Landing practice comes later in the "
                                                  "programme."))},
        {"select.gait",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Gait work waits for its phase unless walking "
                                                  "is a goal."),
                  QT_TRANSLATE_NOOP("ReasonText", "Walking practice comes later in the "
                                                  "programme."))},
        {"keep.previous", keepPrevious},
        {"week.strength_sessions", weekStrength},
        {"week.rest_days",
         [](const Say& s) {
             return s.client()
                        ? ReasonText::tr("You asked for %1 sessions a week; %2 are planned so "
                                         "that you have time to rest.")
                              .arg(s.num("asked"), s.num("planned"))
                        : (s.n("min_rest") == 1
                               ? ReasonText::tr("%1 sessions a week were asked for; %2 are "
                                                "planned to keep at least %3 rest day.")
                               : ReasonText::tr("%1 sessions a week were asked for; %2 are "
                                                "planned to keep at least %3 rest days."))
                              .arg(s.num("asked"), s.num("planned"), s.num("min_rest"));
         }},
        {"week.strength_slots", [](const Say& s) { return emptySlot(s); }},
        {"week.variety",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Exercises for the same muscles alternate "
                                                  "across the week, for variety."),
                  QT_TRANSLATE_NOOP("ReasonText", "Some exercises take turns across the week, "
                                                  "for variety."))},
        {"week.mobility_day", [](const Say& s) { return emptySlot(s); }},
        {"week.budget",
         [](const Say& s) {
             if (s.raw("case") == "walk_first") {
                 return s.client()
                            ? ReasonText::tr("On %1 your walk gets longer, so %2 is left out that "
                                             "day.")
                                  .arg(s("date"), s("exercise"))
                            : ReasonText::tr("The %1-minute session on %2 leaves out %3 (%4) to "
                                             "make room for the walk, which grows toward the "
                                             "half hour that opens walk-run.")
                                  .arg(s.num("minutes"), s("date"), s("exercise"), s("slot"));
             }
             const bool full = s.raw("case") == "full_dose";
             if (s.client()) {
                 return ReasonText::tr("%1 does not fit into your %2 minutes on %3, so it is left "
                                       "out that day.")
                     .arg(s("exercise"), s.num("minutes"), s("date"));
             }
             return (full ? ReasonText::tr("The %1-minute session on %2 has no room for %3 (%4) "
                                           "at its full dose.")
                          : ReasonText::tr("The %1-minute session on %2 has no room for %3 (%4) "
                                           "even at its smallest dose."))
                 .arg(s.num("minutes"), s("date"), s("exercise"), s("slot"));
         }},
    };
    return table;
}

} // namespace glidepath::report::detail
