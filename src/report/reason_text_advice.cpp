// The words for the advice items, the planned exercises' reasons and the exclusions, in both
// registers.

#include "reason_words.h"

#include <glidepath/core/client.h>
#include <glidepath/core/load.h>
#include <glidepath/core/vocabulary.h>
#include <glidepath/report/handout_text.h>
#include <glidepath/report/red_flag_text.h>

namespace glidepath::report::detail {

namespace {

QString amberWait(const Say& s)
{
    QStringList waits;
    const core::ReasonValue* list = s.reason().find("waits");
    for (const core::ReasonValue& item : list ? list->items : std::vector<core::ReasonValue>{}) {
        const std::string& w = item.id;
        if (w == "exercise_pain") {
            waits << ReasonText::tr("pain during exercise stays at %1 out of 10 or less")
                         .arg(s.num("green_max"));
        } else if (w == "painful_exercise") {
            waits << ReasonText::tr("no exercise hurts above %1 out of 10").arg(s.num("amber_max"));
        } else if (w == "trend") {
            waits << ReasonText::tr("pain at rest and in everyday activities stops rising");
        } else if (w == "back_to_best") {
            waits << ReasonText::tr("pain at rest and in everyday activities is back to your best "
                                    "recent level");
        } else if (w == "swelling") {
            waits << ReasonText::tr("the swelling has gone");
        } else if (w == "night_pain") {
            waits << ReasonText::tr("the night pain has gone");
        } else if (w == "rest_pain") {
            waits << ReasonText::tr("pain at rest is below %1 out of 10").arg(s.num("rest_limit"));
        } else if (w == "activity_pain") {
            waits << ReasonText::tr("pain in everyday activities is below %1 out of 10")
                         .arg(s.num("activity_limit"));
        } else {
            waits << ReasonText::tr("the next morning is settled");
        }
    }
    return ReasonText::tr("Stay at this level for now; the plan moves on once %1.")
        .arg(joinAnd(waits));
}

QString redFlagAdvice(const Say& s)
{
    const auto flag = core::parseEnum<core::RedFlag>(s.raw("flag"));
    const QString line = flag ? redFlagReferral(*flag)
                              : ReasonText::tr("Please get the warning sign checked by a doctor or "
                                               "physiotherapist before you exercise again.");
    return s.raw("urgency") == "same_day" ? ReasonText::tr("Today, not later: %1").arg(line) : line;
}

QString reviewAdvice(const Say& s)
{
    QStringList why;
    const core::ReasonValue* list = s.reason().find("why");
    for (const core::ReasonValue& item : list ? list->items : std::vector<core::ReasonValue>{}) {
        if (item.id == "not_settling") {
            why << ReasonText::tr("%1 weeks in a row without settling").arg(s.num("run_weeks"));
        } else {
            why << ReasonText::tr("%1 that has lasted %2 weeks")
                       .arg(wordText(item.id, s.reg()), s.num("persistent_weeks"));
        }
    }
    return ReasonText::tr("Please book a review with your physiotherapist or doctor: %1.")
        .arg(joinAnd(why));
}

QString newExercise(const Say& s)
{
    const std::string c = s.raw("case");
    const QString slot = s("slot");
    if (s.has("dose")) {
        // In last week's plan elsewhere at less than its starting dose, in a week that does not
        // move up: it keeps that dose.
        return s.client() ? ReasonText::tr("Also in last week's plan: the same amount as then.")
                          : ReasonText::tr("For %1: already in last week's plan, so at last "
                                           "week's dose (%2) rather than its starting dose, as "
                                           "this week does not move up.")
                                .arg(wordText(s.raw("slot"), Register::Clinician), s("dose"));
    }
    if (s.client()) {
        if (c == "replaces") {
            const core::ReasonValue* replaced = s.reason().find("replaced");
            return ReasonText::tr("New this week, in place of %1.")
                .arg(replaced ? exerciseValueName(*replaced) : QString());
        }
        return c == "variety"
                   ? ReasonText::tr("New this week, taking turns with %1.").arg(s("alternates"))
                   : ReasonText::tr("New this week, for %1.").arg(slot);
    }
    const QString label = s.reason().word("slot").empty()
                              ? slot
                              : wordText(s.reason().word("slot"), Register::Clinician);
    if (c == "replaces") {
        const core::ReasonValue* replaced = s.reason().find("replaced");
        const QString name = replaced ? exerciseValueName(*replaced) : QString();
        const QString why =
            s.raw("dropped") == "painful"
                ? ReasonText::tr("which hurt %1/10 last week (above %2) and has no easier "
                                 "version that fits")
                      .arg(replaced ? replaced->number : 0)
                      .arg(s.n("limit"))
                : ReasonText::tr("left out because %1")
                      .arg(exclusionText(s.reason().values, Register::Clinician));
        return ReasonText::tr("New for %1 at its starting dose: replaces %2, %3.")
            .arg(label, name, why);
    }
    if (c == "variety") {
        return ReasonText::tr("New for %1 at its starting dose, for variety: it alternates with "
                              "%2.")
            .arg(label, s("alternates"));
    }
    return c == "first" ? ReasonText::tr("First plan: %1 work at its starting dose (phase %2).")
                              .arg(label, s.num("phase"))
                        : ReasonText::tr("New for %1 at its starting dose (phase %2).")
                              .arg(label, s.num("phase"));
}

QString changeText(const Say& s)
{
    const std::string change = s.raw("change");
    const int from = s.n("change_from");
    const int to = s.n("change_to");
    if (change == "reps") {
        return ReasonText::tr("reps %1 → %2").arg(from).arg(to);
    }
    if (change == "sets") {
        return ReasonText::tr("sets %1 → %2").arg(from).arg(to);
    }
    if (change == "hold" && s.moving()) {
        // Both ends in one unit: "4 min → 5 min", "50 s → 60 s" (never "50 s → 1 min").
        if (from % 60 == 0 && to % 60 == 0) {
            return ReasonText::tr("keep moving %1 → %2").arg(durationText(from), durationText(to));
        }
        return ReasonText::tr("keep moving %1 → %2")
            .arg(ReasonText::tr("%1 s").arg(from), ReasonText::tr("%1 s").arg(to));
    }
    if (change == "hold") {
        return ReasonText::tr("hold %1 s → %2 s").arg(from).arg(to);
    }
    if (change == "lowering") {
        return ReasonText::tr("lowering %1 s → %2 s").arg(from).arg(to);
    }
    if (change == "load") {
        const auto kind = core::parseEnum<core::LoadKind>(s.raw("load_kind"));
        const core::LoadKind k = kind.value_or(core::LoadKind::None);
        const QString before = loadText(k, from);
        return ReasonText::tr("load %1 → %2")
            .arg(before.isEmpty() ? ReasonText::tr("none") : before, loadText(k, to));
    }
    return ReasonText::tr("its harder version");
}

QString doseProgress(const Say& s)
{
    const std::string c = s.raw("case");
    if (s.client()) {
        if (c == "step") {
            return ReasonText::tr("A little more than last week.");
        }
        if (c == "harder") {
            return ReasonText::tr("A harder version of %1, which had become easy.")
                .arg(s("exercise"));
        }
        return ReasonText::tr("The same as last week.");
    }
    if (c == "step") {
        return ReasonText::tr("Kept from last week and moved up one step: %1 (now %2).")
            .arg(changeText(s), s("dose"));
    }
    if (c == "harder") {
        return ReasonText::tr("Moved up from %1 (%2, at the top of its limits) to its harder "
                              "version, at its starting dose.")
            .arg(s("exercise"), s("dose"));
    }
    if (c == "top") {
        return ReasonText::tr("Kept from last week at the same dose (%1): it is at the top of its "
                              "limits and no harder version fits phase %2 and the equipment at "
                              "hand.")
            .arg(s("dose"), s.num("phase"));
    }
    return ReasonText::tr("Kept from last week at the same dose (%1): the next step (%2) would "
                          "not fit the %3-minute session.")
        .arg(s("dose"), changeText(s), s.num("minutes"));
}

QString doseRegress(const Say& s)
{
    const std::string c = s.raw("case");
    if (s.client()) {
        return c == "volume"   ? ReasonText::tr("A little less than last week, to let things "
                                                  "settle.")
               : c == "easier" ? ReasonText::tr("An easier version of %1, to let things settle.")
                                     .arg(s("exercise"))
                               : ReasonText::tr("Kept as light as it goes, to let things settle.");
    }
    if (c == "volume") {
        return ReasonText::tr("Red week: about %1 less volume, %2 → %3.")
            .arg(s("cut"), s("from"), s("to"));
    }
    if (c == "easier" && s.has("dose")) {
        return ReasonText::tr("Red week: %1 was already at its lowest dose, so its easier version "
                              "instead, at last week's dose of it (%2).")
            .arg(s("exercise"), s("dose"));
    }
    if (c == "easier") {
        return ReasonText::tr("Red week: %1 was already at its lowest dose, so its easier version "
                              "instead, at its starting dose.")
            .arg(s("exercise"));
    }
    return ReasonText::tr("Red week: kept at its lowest dose (%1); there is no easier version "
                          "that fits.")
        .arg(s("dose"));
}

} // namespace

const std::map<std::string_view, Renderer>& adviceRenderers()
{
    static const std::map<std::string_view, Renderer> table{
        {"advice.pain_limits",
         [](const Say& s) {
             return ReasonText::tr("Pain during exercise: up to %1 out of 10 is fine and up to %2 "
                                   "out of 10 is acceptable if it has settled by the next "
                                   "morning. If an exercise goes above %2 out of 10, stop it and "
                                   "note it at your next check-in.")
                 .arg(s.num("green_max"), s.num("amber_max"));
         }},
        {"advice.note_sessions",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Note how each session felt (pain during "
                                                  "exercise, the next morning, any swelling) so "
                                                  "that next week's plan can adjust."),
                  nullptr)},
        {"advice.review_red_weeks",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Two difficult weeks in a row: please book a "
                                                  "review with your physiotherapist or doctor "
                                                  "before building up again."),
                  nullptr)},
        {"advice.step_back",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "This week steps back to let things settle. Pain "
                                                  "should be back to your usual level by the next "
                                                  "morning."),
                  nullptr)},
        {"advice.per_exercise",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "The exercises that hurt stay where they are; "
                                                  "the others move up a little."),
                  nullptr)},
        {"advice.amber_wait", amberWait},
        {"advice.shorter_session",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "A shorter session still counts: if a whole "
                                                  "session does not fit into a day, do part of "
                                                  "it."),
                  nullptr)},
        {"advice.progress",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText",
                                    "Pain is well controlled, so the plan moves up a step."),
                  nullptr)},
        {"advice.progress_none",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Pain is well controlled, but nothing could move "
                                                  "up this week; see the reasons."),
                  QT_TRANSLATE_NOOP("ReasonText", "Pain is well controlled, but nothing could move "
                                                  "up this week."))},
        {"advice.kneeling",
         [](const Say& s) {
             return ReasonText::tr("Kneeling exercises are left out while everyday activity pain "
                                   "is %1 out of 10 or more.")
                 .arg(s.num("limit"));
         }},
        {"advice.equipment",
         [](const Say& s) {
             QString needs = s("needs");
             if (!needs.isEmpty()) {
                 needs[0] = needs[0].toUpper();
             }
             return ReasonText::tr("%1 would allow %2 for %3.")
                 .arg(needs, s("would_allow"), s("slot"));
         }},
        {"advice.one_leg",
         [](const Say& s) {
             const bool left = s.raw("side") == "left";
             return left ? ReasonText::tr("Single-leg exercises: work both legs, starting with the "
                                          "right leg; the left side is the sore one, so stop it "
                                          "sooner if pain rises.")
                         : ReasonText::tr("Single-leg exercises: work both legs, starting with the "
                                          "left leg; the right side is the sore one, so stop it "
                                          "sooner if pain rises.");
         }},
        {"advice.review", reviewAdvice},
        {"advice.pause",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Please pause the exercise programme and get "
                                                  "checked before going on."),
                  nullptr)},
        {"advice.red_flag", redFlagAdvice},
        {"advice.irritable",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText",
                                    "While the knee is irritable, ease off what loads it most for "
                                    "a while: fewer stairs, no deep squatting or kneeling, and "
                                    "stand up and move every half hour when sitting. This is for "
                                    "now, not for ever."),
                  nullptr)},
        {"advice.running",
         [](const Say& s) {
             if (s.raw("case") == "not_cleared") {
                 return ReasonText::tr("Running and jumping wait for your surgeon's go-ahead. "
                                       "Until then, brisk walking and these exercises build you "
                                       "up for them.");
             }
             return ReasonText::tr("If you run: keep your running at a level where pain stays at "
                                   "%1 out of 10 or less and is settled by the next morning. Cut "
                                   "the distance rather than stop altogether, run every other "
                                   "day, and slightly quicker, shorter steps can ease the knee.")
                 .arg(s.num("green_max"));
         }},
        {"advice.falls_balance",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Do the balance exercises next to a sturdy chair "
                                                  "or a wall and hold on whenever you need to."),
                  nullptr)},
        {"advice.one_change",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Change one thing at a time: when you add "
                                                  "activity, add a little, and keep it if the "
                                                  "next morning is settled."),
                  nullptr)},
        {"advice.welcome_back",
         GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Welcome back. The plan restarts gently after "
                                                  "the check-up and builds up again over the next "
                                                  "weeks."),
                  nullptr)},
    };
    return table;
}

const std::map<std::string_view, Renderer>& exerciseRenderers()
{
    static const std::map<std::string_view, Renderer> table{
        {"exercise.new", newExercise},
        {"dose.progress", doseProgress},
        {"dose.load",
         [](const Say& s) {
             return s.client() ? ReasonText::tr("A slightly heavier band or weight.")
                               : ReasonText::tr("Load moves up one level (band or weight) once "
                                                "reps, sets, hold and tempo have no room or no "
                                                "time left in the session.");
         }},
        {"dose.regress", doseRegress},
        {"exercise.hold_painful",
         [](const Say& s) {
             return s.client()
                        ? ReasonText::tr("It hurt last week, so it stays the same for now.")
                        : ReasonText::tr("Kept from last week at the same dose (%1): it hurt %2 "
                                         "(above %3), so it does not move up yet.")
                              .arg(s("dose"), s("pain"), s.num("limit"));
         }},
        {"edit.swap",
         [](const Say& s) {
             return ReasonText::tr("Chosen by hand in place of %1.").arg(s("replaced"));
         }},
        {"edit.add", GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Added by hand."), nullptr)},
    };
    return table;
}

QString criteriaText(const core::ReasonValue& list, int phase, Register reg)
{
    const bool client = reg == Register::Client;
    QStringList out;
    for (const core::ReasonValue& item : list.items) {
        if (item.items.empty()) {
            continue;
        }
        const std::string& word = item.items[0].id;
        const auto number = [&](std::size_t i) {
            return i < item.items.size() ? item.items[i].number : 0;
        };
        if (word == "green_weeks") {
            const bool one = number(2) == 1;
            out << (client ? (one ? ReasonText::tr("%1 good week in a row")
                                  : ReasonText::tr("%1 good weeks in a row"))
                                 .arg(number(2))
                           : (one ? ReasonText::tr("%1 green week in a row in phase %2 (needs %3)")
                                  : ReasonText::tr("%1 green weeks in a row in phase %2 (needs "
                                                   "%3)"))
                                 .arg(number(2))
                                 .arg(phase)
                                 .arg(number(1)));
        } else if (word == "rest_pain") {
            out << (client ? ReasonText::tr("pain at rest %1 out of 10 or less").arg(number(1))
                           : ReasonText::tr("rest pain %1/10 (needs %2 or less)")
                                 .arg(number(2))
                                 .arg(number(1)));
        } else if (word == "activity_pain") {
            out << (client ? ReasonText::tr("pain in everyday activities %1 out of 10 or less")
                                 .arg(number(1))
                           : ReasonText::tr("activity pain %1/10 (needs %2 or less)")
                                 .arg(number(2))
                                 .arg(number(1)));
        } else if (word == "no_swelling" || word == "swelling") {
            out << (word == "no_swelling" ? ReasonText::tr("no swelling")
                    : client              ? ReasonText::tr("no swelling (there is some now)")
                                          : ReasonText::tr("swelling reported (needs none)"));
        } else if (word == "single_leg") {
            out << (client ? ReasonText::tr("single-leg exercises without much pain")
                           : ReasonText::tr("single-leg work at most %1/10 (needs %2 or less)")
                                 .arg(number(2))
                                 .arg(number(1)));
        } else if (word == "single_leg_hurt") {
            out << (client ? ReasonText::tr("single-leg exercises that do not hurt (%1 did)")
                                 .arg(item.items.size() > 2 ? valueText(item.items[2], reg)
                                                            : QString())
                           : ReasonText::tr("single-leg work hurt: %1 (needs %2 or less)")
                                 .arg(item.items.size() > 2 ? valueText(item.items[2], reg)
                                                            : QString())
                                 .arg(number(1)));
        } else if (word == "single_leg_none") {
            out << (client ? ReasonText::tr("some single-leg exercises done without much pain")
                           : ReasonText::tr("no single-leg work in last week's plan to judge by "
                                            "(needs %1 or less)")
                                 .arg(number(1)));
        } else if (word == "surgeon_cleared") {
            out << (client ? ReasonText::tr("your surgeon's go-ahead to run")
                           : ReasonText::tr("running cleared by the surgeon"));
        } else if (word == "surgeon_not_cleared") {
            out << (client ? ReasonText::tr("your surgeon's go-ahead to run (not yet)")
                           : ReasonText::tr("running cleared by the surgeon (not yet)"));
        } else if (word == "phase") {
            out << (client ? ReasonText::tr("the last stage of the programme reached")
                           : ReasonText::tr("phase 4 reached (now phase %1)").arg(number(1)));
        } else if (word == "walk_minutes") {
            out << (client ? ReasonText::tr("%1 minutes of brisk walking in one session without "
                                            "much pain (last week: %2)")
                                 .arg(number(1))
                                 .arg(number(2))
                           : ReasonText::tr("brisk walking %1 min in one session at %2/10 or "
                                            "less (needs %3 min)")
                                 .arg(number(2))
                                 .arg(number(3))
                                 .arg(number(1)));
        } else if (word == "walk_hurt") {
            const QString which = item.items.size() > 2 ? valueText(item.items[2], reg) : QString();
            out << (client ? ReasonText::tr("walking that does not hurt (%1 did)").arg(which)
                           : ReasonText::tr("walking hurt: %1 (needs %2/10 or less)")
                                 .arg(which)
                                 .arg(number(1)));
        } else if (word == "hops") {
            out << (client ? ReasonText::tr("hops and landings without much pain")
                           : ReasonText::tr("hop and landing work at most %1/10 (needs %2 or "
                                            "less)")
                                 .arg(number(2))
                                 .arg(number(1)));
        } else if (word == "hops_hurt") {
            const QString which = item.items.size() > 2 ? valueText(item.items[2], reg) : QString();
            out << (client ? ReasonText::tr("hops that do not hurt (%1 did)").arg(which)
                           : ReasonText::tr("hop and landing work hurt: %1 (needs %2 or less)")
                                 .arg(which)
                                 .arg(number(1)));
        } else if (word == "hops_none") {
            out << (client ? ReasonText::tr("some hops and landings done without much pain")
                           : ReasonText::tr("no hop or landing work in last week's plan to judge "
                                            "by (needs %1/10 or less)")
                                 .arg(number(1)));
        } else if (word == "settled" || word == "not_settled") {
            out << (word == "settled"
                        ? (client ? ReasonText::tr("a good week, settled by the next morning")
                                  : ReasonText::tr("a green week with a settled next morning"))
                    : client ? ReasonText::tr("a good week, settled by the next morning (not "
                                              "this week)")
                             : ReasonText::tr("a green week with a settled next morning (not "
                                              "this week)"));
        } else if (word == "sport_goal") {
            out << ReasonText::tr("a goal of running or jumping sport");
        } else if (word == "no_sport_goal") {
            out << (client ? ReasonText::tr("a goal of running or jumping sport")
                           : ReasonText::tr("no goal of running or jumping sport (needed for "
                                            "landing and power work)"));
        }
    }
    return joinAnd(out);
}

} // namespace glidepath::report::detail

namespace glidepath::report {

QString exclusionText(const core::ReasonValues& values, Register reg)
{
    const core::Reason r{"", values};
    const detail::Say s(r, reg);
    using detail::ReasonText;
    const bool client = reg == Register::Client;
    const std::string word = r.word("exclusion");
    if (word == "hidden") {
        return ReasonText::tr("it is hidden in the library");
    }
    if (word == "phase_too_low") {
        return client ? ReasonText::tr("it belongs to a later stage of the programme")
                      : ReasonText::tr("it starts in phase %1 and the plan is in phase %2")
                            .arg(s.num("exercise_phase"), s.num("plan_phase"));
    }
    if (word == "phase_too_high") {
        return client ? ReasonText::tr("it belongs to an earlier stage of the programme")
                      : ReasonText::tr("it ends with phase %1 and the plan is in phase %2")
                            .arg(s.num("exercise_phase"), s.num("plan_phase"));
    }
    if (word == "landing_phase") {
        return client
                   ? ReasonText::tr("landing practice comes later in the programme")
                   : ReasonText::tr("landing work starts in phase %1").arg(s.num("exercise_phase"));
    }
    if (word == "run_entry") {
        return client ? ReasonText::tr("running comes back once brisk walking and hops are easy")
                      : ReasonText::tr("walk-run work waits for the return-to-run entry "
                                       "criteria");
    }
    if (word == "gait_phase") {
        return client ? ReasonText::tr("walking practice comes later in the programme")
                      : ReasonText::tr("gait work starts in phase %1").arg(s.num("exercise_phase"));
    }
    if (word == "equipment") {
        return client
                   ? ReasonText::tr("it needs %1, which you do not have").arg(s("needs"))
                   : ReasonText::tr("it needs %1, which the client does not have").arg(s("needs"));
    }
    if (word == "knee_flexion_cap") {
        return client ? ReasonText::tr("it bends the knee more than is wise this week")
                      : ReasonText::tr("its loaded knee bend (%1) is above the red-week limit "
                                       "(%2)")
                            .arg(s("flexion"), s("max_flexion"));
    }
    if (word == "impact_cap") {
        return client ? ReasonText::tr("it has more impact than is wise this week")
                      : ReasonText::tr("its impact (%1) is above the red-week limit (%2)")
                            .arg(s("impact"), s("max_impact"));
    }
    if (word == "kneeling") {
        return client ? ReasonText::tr("kneeling waits while everyday activities hurt")
                      : ReasonText::tr("kneeling is left out while activity pain is %1 (%2 or "
                                       "more)")
                            .arg(s("activity_pain"), s.num("limit"));
    }
    if (word == "painful") {
        return client ? ReasonText::tr("it hurt last week")
                      : ReasonText::tr("it hurt %1 last week (above %2)")
                            .arg(s("pain"), s.num("limit"));
    }
    if (word == "painful_ladder") {
        return client ? ReasonText::tr("it is harder than %1, which hurt last week")
                            .arg(s("harder_than"))
                      : ReasonText::tr("it is harder than %1, which hurt above %2 last week")
                            .arg(s("harder_than"), s.num("limit"));
    }
    if (word == "surgery_kneeling") {
        return ReasonText::tr("kneeling is not cleared by the surgeon");
    }
    if (word == "surgery_deep_bend") {
        return ReasonText::tr("deep knee bending is not cleared by the surgeon");
    }
    if (word == "surgery_running") {
        return ReasonText::tr("running is not cleared by the surgeon");
    }
    if (word == "surgery_pivot") {
        return ReasonText::tr("pivoting is not cleared by the surgeon");
    }
    if (word == "surgery_impact") {
        return ReasonText::tr("impact and landing are not cleared by the surgeon");
    }
    if (word == "weight_bearing") {
        return ReasonText::tr("standing work waits until the leg may take weight");
    }
    if (word == "partial_weight_bearing") {
        return ReasonText::tr("walking practice waits until the leg may take full weight; walk "
                              "with the aids the surgical team gave you");
    }
    if (word == "irritable") {
        return ReasonText::tr("the knee is irritable, so deep loaded bending and kneecap pressure "
                              "wait");
    }
    if (word == "falls_balance") {
        return client ? ReasonText::tr("balance work needs a chair or wall to hold")
                      : ReasonText::tr("balance work needs a chair or wall to hold (falls risk)");
    }
    if (word == "falls_impact") {
        return client ? ReasonText::tr("no jumping or hopping, to keep you safe from falls")
                      : ReasonText::tr("no impact with a falls risk");
    }
    if (word == "client_precaution") {
        return client ? ReasonText::tr("it does not suit you at the moment")
                      : ReasonText::tr("it does not suit the client's precautions");
    }
    return {};
}

} // namespace glidepath::report
