// The words for the decision's reasons about pain, the traffic light, the action and the
// check-ins, in both registers (the pathway's reasons: reason_text_pathway.cpp).

#include "reason_words.h"

#include <glidepath/core/client.h>
#include <glidepath/core/vocabulary.h>
#include <glidepath/report/red_flag_text.h>

namespace glidepath::report::detail {

namespace {

QString referRedFlag(const Say& s)
{
    const std::string word = s.raw("flag");
    const auto flag = core::parseEnum<core::RedFlag>(word);
    const QString question = flag ? redFlagQuestion(*flag) : s("flag");
    const bool sameDay = s.raw("urgency") == "same_day";
    if (s.raw("where") == "awaiting_review") {
        return s.client() ? ReasonText::tr("Earlier you answered yes to \"%1\". A doctor or "
                                           "physiotherapist needs to check this before you "
                                           "exercise again; no exercises until then.")
                                .arg(question)
                          : ReasonText::tr("Red flag of the referral of %1: \"%2\" needs a "
                                           "same-day medical assessment, and no clinician review "
                                           "is recorded since. No exercises until a clinician's "
                                           "review is recorded.")
                                .arg(s("referred"), question);
    }
    if (s.client()) {
        return sameDay ? ReasonText::tr("You answered yes to \"%1\". Please get this checked by "
                                        "a doctor today; no exercises until then.")
                             .arg(question)
                       : ReasonText::tr("You answered yes to \"%1\". Please get this checked "
                                        "before you carry on; no exercises until then.")
                             .arg(question);
    }
    QString where;
    const std::string at = s.raw("where");
    if (at == "screening_and_checkin") {
        where = ReasonText::tr("at screening and in the check-in of %1").arg(s("checkin"));
    } else if (at == "screening") {
        where = ReasonText::tr("at screening");
    } else {
        where = ReasonText::tr("in the check-in of %1").arg(s("checkin"));
    }
    const QString then = sameDay ? ReasonText::tr("Same-day medical assessment; no exercises "
                                                  "until a clinician has checked it.")
                                 : ReasonText::tr("No exercises until a clinician has checked it.");
    return ReasonText::tr("Red flag %1: \"%2\" was answered yes. %3").arg(where, question, then);
}

QString trend(const Say& s, bool red)
{
    QStringList rises;
    if (s.has("rest_from")) {
        rises << (s.client() ? ReasonText::tr("pain at rest has gone up from %1 to %2")
                                   .arg(s("rest_from"), s("rest_to"))
                             : ReasonText::tr("rest pain rose from %1 to %2 (from the check-in "
                                              "of %3)")
                                   .arg(s("rest_from"), s("rest_to"), s("rest_since")));
    }
    if (s.has("activity_from")) {
        rises << (s.client() ? ReasonText::tr("pain in everyday activities has gone up from %1 "
                                              "to %2")
                                   .arg(s("activity_from"), s("activity_to"))
                             : ReasonText::tr("activity pain rose from %1 to %2 (from the "
                                              "check-in of %3)")
                                   .arg(s("activity_from"), s("activity_to"), s("activity_since")));
    }
    QString what = joinAnd(rises);
    if (!what.isEmpty()) {
        what[0] = what[0].toUpper();
    }
    if (s.client()) {
        return red ? ReasonText::tr("%1, compared with your best recent week: a clear rise.")
                         .arg(what)
                   : ReasonText::tr("%1, compared with your best recent week: a small rise.")
                         .arg(what);
    }
    const QString base =
        (s.n("baseline_checkins") == 1 ? ReasonText::tr("%1, the best of the last %2 check-in")
                                       : ReasonText::tr("%1, the best of the last %2 check-ins"))
            .arg(what, s.num("baseline_checkins"));
    return red ? ReasonText::tr("%1: a rise of %2 points or more.").arg(base, s.num("red_rise"))
               : ReasonText::tr("%1: a small rise (%2 point or more, under %3).")
                     .arg(base, s.num("amber_rise"), s.num("red_rise"));
}

// light.amber.settling: a rise of red size over the baseline, falling since the last check-in.
QString settlingText(const Say& s)
{
    if (s.client()) {
        return ReasonText::tr("Your knee is settling after the flare-up: the pain is coming down "
                              "but is not yet back to your best recent week, so the plan holds "
                              "for now.");
    }
    QStringList parts;
    if (s.has("rest_now")) {
        parts << ReasonText::tr("rest pain %1, down from %2 but above the best %3")
                     .arg(s("rest_now"), s("rest_before"), s("rest_best"));
    }
    if (s.has("activity_now")) {
        parts << ReasonText::tr("activity pain %1, down from %2 but above the best %3")
                     .arg(s("activity_now"), s("activity_before"), s("activity_best"));
    }
    QString what = joinAnd(parts);
    if (!what.isEmpty()) {
        what[0] = what[0].toUpper();
    }
    return (s.n("baseline_checkins") == 1
                ? ReasonText::tr("%1 (the check-in of %2; the best of the last %3 check-in): "
                                 "settling after a flare, so the week holds instead of stepping "
                                 "back again.")
                : ReasonText::tr("%1 (the check-in of %2; the best of the last %3 check-ins): "
                                 "settling after a flare, so the week holds instead of stepping "
                                 "back again."))
        .arg(what, s("before"), s.num("baseline_checkins"));
}

QString painLevel(const Say& s, bool rest)
{
    if (s.client()) {
        return rest ? ReasonText::tr("Pain at rest is %1.").arg(s("pain"))
                    : ReasonText::tr("Pain in everyday activities is %1.").arg(s("pain"));
    }
    return rest ? ReasonText::tr("Rest pain is %1 (%2 or more).").arg(s("pain"), s.num("limit"))
                : ReasonText::tr("Pain in everyday activity is %1 (%2 or more).")
                      .arg(s("pain"), s.num("limit"));
}

QString lightGreen(const Say& s)
{
    if (s.client()) {
        return ReasonText::tr("Pain during exercise was %1, it had settled by the next morning, "
                              "and there was no swelling or night pain: a good week.")
            .arg(s("pain"));
    }
    QString sentence = ReasonText::tr("Pain during exercise was %1 (%2 or less), the next "
                                      "morning was settled")
                           .arg(s("pain"), s.num("green_max"));
    if (s.has("rest_from")) {
        sentence += ReasonText::tr(", rest and activity pain did not rise (last check-in: rest "
                                   "%1 → %2, activity %3 → %4)")
                        .arg(s("rest_from"), s("rest_to"), s("activity_from"), s("activity_to"));
    }
    return sentence + ReasonText::tr(", with no swelling or night pain.");
}

} // namespace

const std::map<std::string_view, Renderer>& decisionRenderers()
{
    static const std::map<std::string_view, Renderer> table = [] {
        std::map<std::string_view, Renderer> rules{
            {"refer.red_flag", referRedFlag},
            {"phase.start",
             GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "A first plan starts in the phase the rules "
                                                      "give for a new client."),
                      QT_TRANSLATE_NOOP("ReasonText", "The programme starts at the beginning."))},
            {"checkin.none",
             [](const Say& s) {
                 const bool first = s.raw("case") == "first";
                 if (s.client()) {
                     return first ? ReasonText::tr("This is your first week: each exercise starts "
                                                   "gently.")
                                  : ReasonText::tr("No check-in yet, so the plan stays as it was.");
                 }
                 return first
                            ? ReasonText::tr("No check-in yet: a first week in phase %1 with each "
                                             "exercise at its starting dose.")
                                  .arg(s.num("phase"))
                            : ReasonText::tr(
                                  "No check-in yet: the plan stays in phase %1 with last "
                                  "week's exercises and doses.")
                                  .arg(s.num("phase"));
             }},
            {"checkin.not_new",
             [](const Say& s) {
                 return s.client() ? ReasonText::tr(
                                         "There is no check-in about last week yet, so the plan "
                                         "stays as it was.")
                                   : ReasonText::tr(
                                         "The latest check-in (%1) is not after the start of the "
                                         "last plan (%2), so there is no news about that week: "
                                         "same exercises and doses, in phase %3.")
                                         .arg(s("checkin"), s("plan_start"), s.num("phase"));
             }},
            {"checkin.recent",
             [](const Say& s) {
                 return s.client()
                            ? ReasonText::tr("Your last check-in was on %1, too long ago to judge "
                                             "by, so the plan stays as it was.")
                                  .arg(s("checkin"))
                            : ReasonText::tr(
                                  "The latest check-in (%1) is %2 days before this week "
                                  "(more than %3), too old to judge the week by: the plan "
                                  "holds in phase %4.")
                                  .arg(s("checkin"), s.num("age_days"), s.num("max_days"),
                                       s.num("phase"));
             }},
            {"light.green", lightGreen},
            {"light.amber.exercise_pain",
             [](const Say& s) {
                 return s.client()
                            ? ReasonText::tr("Pain during exercise was %1: a little higher than we "
                                             "aim for.")
                                  .arg(s("pain"))
                            : ReasonText::tr(
                                  "Pain during exercise was %1: above %2 but not above %3.")
                                  .arg(s("pain"), s.num("green_max"), s.num("limit"));
             }},
            {"light.red.exercise_pain",
             [](const Say& s) {
                 return s.client() ? ReasonText::tr("Pain during exercise was %1: too high.")
                                         .arg(s("pain"))
                                   : ReasonText::tr("Pain during exercise was %1, above %2.")
                                         .arg(s("pain"), s.num("limit"));
             }},
            {"light.red.next_morning",
             GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "Pain the next morning was higher than usual "
                                                      "instead of settling."),
                      QT_TRANSLATE_NOOP("ReasonText", "The morning after exercise your pain was "
                                                      "worse than usual."))},
            {"light.amber.trend", [](const Say& s) { return trend(s, false); }},
            {"light.red.trend", [](const Say& s) { return trend(s, true); }},
            {"light.trend.baseline",
             GP_FIXED(QT_TRANSLATE_NOOP("ReasonText",
                                        "Rest and activity pain are compared with the "
                                        "best of the last few check-ins."),
                      QT_TRANSLATE_NOOP("ReasonText", "Your pain is compared with your best recent "
                                                      "week."))},
            {"light.amber.settling", settlingText},
            {"light.amber.rest_pain", [](const Say& s) { return painLevel(s, true); }},
            {"light.red.rest_pain", [](const Say& s) { return painLevel(s, true); }},
            {"light.amber.activity_pain", [](const Say& s) { return painLevel(s, false); }},
            {"light.red.activity_pain", [](const Say& s) { return painLevel(s, false); }},
            {"light.amber.painful_exercise",
             [](const Say& s) {
                 return s.client()
                            ? ReasonText::tr("%1 hurt more than it should.").arg(s("exercises"))
                            : ReasonText::tr("An exercise hurt above %1: %2.")
                                  .arg(s.num("limit"), s("exercises"));
             }},
            {"light.red.new_swelling",
             GP_FIXED(QT_TRANSLATE_NOOP("ReasonText", "New swelling was reported."),
                      QT_TRANSLATE_NOOP("ReasonText", "You told us about new swelling."))},
            {"light.amber.swelling",
             GP_FIXED(
                 QT_TRANSLATE_NOOP("ReasonText", "Swelling is still there, no worse than before."),
                 QT_TRANSLATE_NOOP("ReasonText", "The swelling is still there, though no "
                                                 "worse."))},
            {"light.red.night_pain",
             [](const Say& s) {
                 if (s.client()) {
                     return ReasonText::tr("You told us about pain at night.");
                 }
                 return s.has("since") ? ReasonText::tr("Night pain was reported and is new since "
                                                        "the check-in of %1.")
                                             .arg(s("since"))
                                       : ReasonText::tr("Night pain was reported.");
             }},
            {"light.amber.night_pain",
             [](const Say& s) {
                 return s.client() ? ReasonText::tr("The pain at night is still there.")
                                   : ReasonText::tr("Night pain continues from the check-in of %1.")
                                         .arg(s("since"));
             }},
            {"action.progress",
             GP_FIXED(
                 QT_TRANSLATE_NOOP("ReasonText",
                                   "Green week: each exercise moves up one step, one variable "
                                   "at a time (more reps, then more sets, then a longer hold or "
                                   "slower lowering, then its harder version)."),
                 QT_TRANSLATE_NOOP("ReasonText", "A good week, so each exercise moves up a "
                                                 "little."))},
            {"action.hold.amber",
             [](const Say& s) {
                 const std::string start = s.raw("case");
                 if (start == "first") {
                     return s.client()
                                ? ReasonText::tr("This is your first plan, so each exercise "
                                                 "starts gently and stays there until the knee "
                                                 "settles.")
                                : ReasonText::tr("Amber week and a first plan: each exercise "
                                                 "starts at its starting dose and nothing is "
                                                 "progressed.");
                 }
                 if (start == "restart") {
                     return s.client()
                                ? ReasonText::tr("The plan starts again gently after the "
                                                 "check-up and stays there until the knee "
                                                 "settles.")
                                : ReasonText::tr("Amber week, the first plan after a referral: "
                                                 "starting doses, nothing progressed.");
                 }
                 return fixedText(
                     s,
                     QT_TRANSLATE_NOOP("ReasonText",
                                       "Amber week: the same exercises at the same doses."),
                     QT_TRANSLATE_NOOP("ReasonText",
                                       "The same exercises as last week, at the same amount."));
             }},
            {"action.hold.adherence",
             [](const Say& s) {
                 return s.client()
                            ? ReasonText::tr("Only some of the planned sessions were done, so the "
                                             "amount stays the same for now.")
                            : ReasonText::tr(
                                  "Only %1 of the planned sessions were done (%2 needed to "
                                  "progress): the same doses, no progress.")
                                  .arg(s("adherence"), s("needed"));
             }},
            {"action.hold.too_hard",
             GP_FIXED(
                 QT_TRANSLATE_NOOP("ReasonText", "Last week felt too hard, although pain stayed "
                                                 "low: the same doses again before moving on."),
                 QT_TRANSLATE_NOOP("ReasonText", "Last week felt too hard, so the amount stays "
                                                 "the same for another week."))},
            {"action.regress",
             [](const Say& s) {
                 return s.client() ? ReasonText::tr(
                                         "This week steps back: a little less of each exercise, "
                                         "or an easier version, and %1.")
                                         .arg(capsText(s))
                                   : ReasonText::tr(
                                         "Red week: each exercise steps back about %1 in volume, "
                                         "or to its easier version when it cannot go lower; %2.")
                                         .arg(s("cut"), capsText(s));
             }},
            {"action.progress.none",
             [](const Say& s) {
                 if (s.client()) {
                     return ReasonText::tr("A week to move up, but nothing could move up this "
                                           "time, so the plan stays as it was.");
                 }
                 return s.raw("case") == "no_room"
                            ? ReasonText::tr("A week to move up, but no exercise could: each is at "
                                             "the top of its limits or its next step would not fit "
                                             "the %1-minute session, so the week holds.")
                                  .arg(s.num("minutes"))
                            : ReasonText::tr("A week to move up, but every exercise is held this "
                                             "week (it hurt, was skipped, or is new), so the week "
                                             "holds.");
             }},
            {"action.progress.per_exercise",
             [](const Say& s) {
                 return s.client() ? ReasonText::tr(
                                         "The exercises that hurt stay where they are; the others "
                                         "move up a little.")
                                   : ReasonText::tr(
                                         "Amber week from the exercises that hurt: each exercise "
                                         "that hurt above %1/10 keeps its dose, the others move "
                                         "up one step.")
                                         .arg(s.num("hold_above"));
             }},
            {"plan.first",
             [](const Say& s) {
                 const bool restart = s.raw("case") == "restart";
                 if (s.client()) {
                     return restart
                                ? ReasonText::tr("A good week, and the plan starts again gently "
                                                 "after the check-up.")
                                : ReasonText::tr("A good week. This is your first plan, so each "
                                                 "exercise starts gently.");
                 }
                 return restart
                            ? ReasonText::tr("A green week, but the first plan after a referral "
                                             "starts again at the starting doses.")
                            : ReasonText::tr("A green week, but this is the first plan: each "
                                             "exercise starts at its starting dose.");
             }},
            {"week.sessions_from_adherence",
             [](const Say& s) {
                 return s.client() ? ReasonText::tr(
                                         "You managed about %1 of %2 sessions, so this week has "
                                         "%3, to build the habit back up.")
                                         .arg(s.num("done"), s.num("planned"), s.num("offered"))
                                   : ReasonText::tr(
                                         "About %1 of %2 planned sessions were done: %3 sessions "
                                         "are planned this week, to build the habit back up.")
                                         .arg(s.num("done"), s.num("planned"), s.num("offered"));
             }},
            {"escalate.persistent",
             [](const Say& s) {
                 QString what = s("what");
                 if (!what.isEmpty()) {
                     what[0] = what[0].toUpper();
                 }
                 return s.client()
                            ? ReasonText::tr("%1 has lasted several weeks: please see your "
                                             "physiotherapist or doctor.")
                                  .arg(what)
                            : ReasonText::tr("%1 in each of the last %2 check-ins (since %3): a "
                                             "clinician should review the plan.")
                                  .arg(what, s.num("weeks"), s("since"));
             }},
            {"escalate.amber_run",
             [](const Say& s) {
                 return s.client()
                            ? ReasonText::tr("Several weeks in a row have not settled: please see "
                                             "your physiotherapist or doctor.")
                            : ReasonText::tr("%1 amber or red weeks in a row (check-ins of %2): a "
                                             "clinician should review the plan.")
                                  .arg(s.num("weeks"), s("checkins"));
             }},
        };
        const auto& pathway = pathwayRenderers();
        rules.insert(pathway.begin(), pathway.end());
        return rules;
    }();
    return table;
}

} // namespace glidepath::report::detail
