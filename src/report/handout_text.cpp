#include <glidepath/report/handout_text.h>

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <charconv>
#include <chrono>

namespace glidepath::report {

namespace {

class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

QString monthName(unsigned month)
{
    static const std::array<const char*, 12> names = {
        QT_TRANSLATE_NOOP("Handout", "January"),   QT_TRANSLATE_NOOP("Handout", "February"),
        QT_TRANSLATE_NOOP("Handout", "March"),     QT_TRANSLATE_NOOP("Handout", "April"),
        QT_TRANSLATE_NOOP("Handout", "May"),       QT_TRANSLATE_NOOP("Handout", "June"),
        QT_TRANSLATE_NOOP("Handout", "July"),      QT_TRANSLATE_NOOP("Handout", "August"),
        QT_TRANSLATE_NOOP("Handout", "September"), QT_TRANSLATE_NOOP("Handout", "October"),
        QT_TRANSLATE_NOOP("Handout", "November"),  QT_TRANSLATE_NOOP("Handout", "December")};
    return Handout::tr(names.at(month - 1));
}

std::chrono::year_month_day ymd(core::Date date)
{
    return std::chrono::year_month_day{date};
}

QString number(int value)
{
    return QString::number(value);
}

} // namespace

QString weekdayName(core::Date date)
{
    static const std::array<const char*, 7> names = {
        QT_TRANSLATE_NOOP("Handout", "Monday"),    QT_TRANSLATE_NOOP("Handout", "Tuesday"),
        QT_TRANSLATE_NOOP("Handout", "Wednesday"), QT_TRANSLATE_NOOP("Handout", "Thursday"),
        QT_TRANSLATE_NOOP("Handout", "Friday"),    QT_TRANSLATE_NOOP("Handout", "Saturday"),
        QT_TRANSLATE_NOOP("Handout", "Sunday")};
    return Handout::tr(names.at(static_cast<std::size_t>(core::weekdayIndex(date))));
}

QString shortWeekdayName(core::Date date)
{
    static const std::array<const char*, 7> names = {
        QT_TRANSLATE_NOOP("Handout", "Mon"), QT_TRANSLATE_NOOP("Handout", "Tue"),
        QT_TRANSLATE_NOOP("Handout", "Wed"), QT_TRANSLATE_NOOP("Handout", "Thu"),
        QT_TRANSLATE_NOOP("Handout", "Fri"), QT_TRANSLATE_NOOP("Handout", "Sat"),
        QT_TRANSLATE_NOOP("Handout", "Sun")};
    return Handout::tr(names.at(static_cast<std::size_t>(core::weekdayIndex(date))));
}

QString dayMonth(core::Date date)
{
    const auto d = ymd(date);
    return Handout::tr("%1 %2", "day month")
        .arg(static_cast<unsigned>(d.day()))
        .arg(monthName(static_cast<unsigned>(d.month())));
}

QString shortDayMonth(core::Date date)
{
    const auto d = ymd(date);
    return Handout::tr("%1 %2", "day short-month")
        .arg(static_cast<unsigned>(d.day()))
        .arg(monthName(static_cast<unsigned>(d.month())).left(3));
}

QString weekdayDate(core::Date date)
{
    return Handout::tr("%1 %2", "weekday day-month").arg(weekdayName(date), dayMonth(date));
}

QString shortWeekdayDate(core::Date date)
{
    return Handout::tr("%1 %2", "short weekday day-month")
        .arg(shortWeekdayName(date), dayMonth(date));
}

QString longDate(core::Date date)
{
    return Handout::tr("%1 %2 %3", "weekday day-month year")
        .arg(weekdayName(date), dayMonth(date), number(static_cast<int>(ymd(date).year())));
}

QString shortDate(core::Date date)
{
    const auto d = ymd(date);
    return Handout::tr("%1 %2 %3", "day short-month year")
        .arg(static_cast<unsigned>(d.day()))
        .arg(monthName(static_cast<unsigned>(d.month())).left(3))
        .arg(static_cast<int>(d.year()));
}

QString dateRange(core::Date first, core::Date last)
{
    const auto a = ymd(first);
    const auto b = ymd(last);
    const QString lastText =
        Handout::tr("%1 %2", "day-month year").arg(dayMonth(last)).arg(static_cast<int>(b.year()));
    if (a.year() != b.year()) {
        const QString firstText = Handout::tr("%1 %2", "day-month year")
                                      .arg(dayMonth(first))
                                      .arg(static_cast<int>(a.year()));
        return Handout::tr("%1 to %2").arg(firstText, lastText);
    }
    if (a.month() != b.month()) {
        return Handout::tr("%1 to %2").arg(dayMonth(first), lastText);
    }
    // Its own text: German writes the lone day number with a full stop ("23. bis 29. November").
    return Handout::tr("%1 to %2", "a day number, then the last day with month and year")
        .arg(static_cast<unsigned>(a.day()))
        .arg(lastText);
}

QString durationText(int seconds)
{
    if (seconds < 60) {
        return Handout::tr("%1\u00a0s").arg(seconds);
    }
    const int minutes = seconds / 60;
    const int rest = seconds % 60;
    if (rest == 0) {
        return Handout::tr("%1\u00a0min").arg(minutes);
    }
    return Handout::tr("%1\u00a0min %2\u00a0s").arg(minutes).arg(rest);
}

QString tempoInWords(std::string_view tempo)
{
    if (tempo.empty()) {
        return Handout::tr("Smooth and steady");
    }
    std::array<int, 3> parts{};
    std::size_t part = 0;
    const char* at = tempo.data();
    const char* end = tempo.data() + tempo.size();
    while (part < parts.size()) {
        const auto [next, error] = std::from_chars(at, end, parts[part]);
        if (error != std::errc{} || parts[part] < 0) {
            return QString::fromUtf8(tempo.data(), static_cast<qsizetype>(tempo.size()));
        }
        ++part;
        at = next;
        if (part < parts.size()) {
            if (at == end || *at != '-') {
                return QString::fromUtf8(tempo.data(), static_cast<qsizetype>(tempo.size()));
            }
            ++at;
        }
    }
    if (at != end) {
        return QString::fromUtf8(tempo.data(), static_cast<qsizetype>(tempo.size()));
    }
    if (parts[1] == 0) {
        return Handout::tr("Up %1\u00a0s, down %2\u00a0s").arg(parts[0]).arg(parts[2]);
    }
    return Handout::tr("Up %1\u00a0s, pause %2\u00a0s, down %3\u00a0s")
        .arg(parts[0])
        .arg(parts[1])
        .arg(parts[2]);
}

QString setsText(int sets)
{
    return sets == 1 ? Handout::tr("1 set") : Handout::tr("%1 sets").arg(sets);
}

QString repsOrHoldText(int reps, int holdSeconds)
{
    if (reps > 0 && holdSeconds > 0) {
        return Handout::tr("%1 reps, hold %2 each").arg(reps).arg(durationText(holdSeconds));
    }
    if (holdSeconds > 0) {
        // Lower case: it always follows the sets ("2 sets × hold 50 s"); German keeps its own case.
        return Handout::tr("hold %1", "after the sets, mid-line").arg(durationText(holdSeconds));
    }
    return reps == 1 ? Handout::tr("1 rep") : Handout::tr("%1 reps").arg(reps);
}

QString sideText(core::WorkSide side, core::Laterality laterality)
{
    switch (side) {
    case core::WorkSide::Each:
        return Handout::tr("Each leg");
    case core::WorkSide::Left:
        return Handout::tr("Left leg only");
    case core::WorkSide::Right:
        return Handout::tr("Right leg only");
    case core::WorkSide::Both:
        break;
    }
    if (laterality == core::Laterality::Alternating) {
        return Handout::tr("Alternate legs");
    }
    if (laterality == core::Laterality::Unilateral) {
        return Handout::tr("Each leg");
    }
    return Handout::tr("Both legs");
}

TimedWork timedWork(const core::Exercise* exercise)
{
    if (exercise == nullptr) {
        return TimedWork::None;
    }
    if (exercise->category == core::Category::Gait) {
        return exercise->serves(core::Goal::Running) ? TimedWork::Run : TimedWork::Walk;
    }
    return exercise->timing == core::Timing::Continuous ? TimedWork::Move : TimedWork::None;
}

namespace {

// "Walk 4 min", "Walk 4 min, twice", "Walk 4 min, 3 times"; the count is the bouts (sets) or,
// for intervals with reps, the rounds.
QString timedText(TimedWork timed, int seconds, int times)
{
    const QString duration = durationText(seconds);
    switch (timed) {
    case TimedWork::Run:
        return times <= 1   ? Handout::tr("Run %1").arg(duration)
               : times == 2 ? Handout::tr("Run %1, twice").arg(duration)
                            : Handout::tr("Run %1, %2 times").arg(duration).arg(times);
    case TimedWork::Move:
        // Plain enough for any movement kept up: arm pumps, kneecap glides, circles.
        return times <= 1   ? Handout::tr("Keep moving for %1").arg(duration)
               : times == 2 ? Handout::tr("Keep moving for %1, twice").arg(duration)
                            : Handout::tr("Keep moving for %1, %2 times").arg(duration).arg(times);
    case TimedWork::Walk:
    case TimedWork::None:
        break;
    }
    return times <= 1   ? Handout::tr("Walk %1").arg(duration)
           : times == 2 ? Handout::tr("Walk %1, twice").arg(duration)
                        : Handout::tr("Walk %1, %2 times").arg(duration).arg(times);
}

} // namespace

QString workText(const core::PlannedExercise& planned, TimedWork timed)
{
    if (timed == TimedWork::None || planned.holdSeconds <= 0) {
        return Handout::tr("%1 × %2", "sets × reps or hold")
            .arg(setsText(planned.sets), repsOrHoldText(planned.reps, planned.holdSeconds));
    }
    if (planned.reps <= 0) {
        return timedText(timed, planned.holdSeconds, planned.sets);
    }
    // Intervals: the reps are the rounds, the sets (rarely more than one) follow.
    const QString rounds = timedText(timed, planned.holdSeconds, planned.reps);
    return planned.sets <= 1 ? rounds : Handout::tr("%1 · %2").arg(rounds, setsText(planned.sets));
}

QString restText(const core::PlannedExercise& planned, TimedWork timed)
{
    if (planned.restSeconds <= 0) {
        return {};
    }
    const QString rest = durationText(planned.restSeconds);
    if (timed == TimedWork::None || planned.holdSeconds <= 0) {
        return Handout::tr("rest %1").arg(rest);
    }
    // Timed work rests between its bouts: the sets, or every round of intervals.
    const int bouts = planned.reps > 0 ? planned.reps * planned.sets : planned.sets;
    if (bouts <= 1) {
        return {};
    }
    switch (timed) {
    case TimedWork::Walk:
        return Handout::tr("rest %1 between walks").arg(rest);
    case TimedWork::Run:
        return Handout::tr("rest %1 between runs").arg(rest);
    case TimedWork::Move:
    case TimedWork::None:
        break;
    }
    return Handout::tr("rest %1 between rounds", "rest between bouts of movement kept up")
        .arg(rest);
}

QString doseLine(const core::PlannedExercise& planned, core::Laterality laterality, TimedWork timed)
{
    QStringList parts;
    parts << workText(planned, timed);
    // Mid-line: only the first letter lowered, so German nouns keep their capital ("Pause",
    // "jedes Bein").
    auto midLine = [](QString text) {
        if (!text.isEmpty()) {
            text[0] = text[0].toLower();
        }
        return text;
    };
    if (!planned.tempo.empty()) {
        parts << midLine(tempoInWords(planned.tempo));
    }
    if (const QString rest = restText(planned, timed); !rest.isEmpty()) {
        parts << rest;
    }
    if (const QString load = loadText(planned.loadKind, planned.loadLevel); !load.isEmpty()) {
        parts << load;
    }
    parts << midLine(sideText(planned.side, laterality));
    return parts.join(QStringLiteral(" · "));
}

QString loadText(core::LoadKind kind, int level)
{
    if (level <= 0) {
        return {};
    }
    switch (kind) {
    case core::LoadKind::Band:
        switch (level) {
        case 1:
            return Handout::tr("light band");
        case 2:
            return Handout::tr("medium band");
        case 3:
            return Handout::tr("heavy band");
        default:
            return Handout::tr("extra-heavy band");
        }
    case core::LoadKind::AnkleWeight:
        // Levels are half kilograms.
        return Handout::tr("%1 kg ankle weight").arg(QLocale().toString(level / 2.0, 'g', 3));
    case core::LoadKind::Dumbbell:
        return Handout::tr("%1 kg dumbbell").arg(level);
    case core::LoadKind::None:
        break;
    }
    return {};
}

QString positionInWords(core::Position position)
{
    switch (position) {
    case core::Position::Supine:
        return Handout::tr("Lying on your back");
    case core::Position::SideLying:
        return Handout::tr("Lying on your side");
    case core::Position::Prone:
        return Handout::tr("Lying face down");
    case core::Position::Quadruped:
        return Handout::tr("On hands and knees");
    case core::Position::Kneeling:
        return Handout::tr("Kneeling");
    case core::Position::HalfKneeling:
        return Handout::tr("On one knee");
    case core::Position::Seated:
        return Handout::tr("Sitting");
    case core::Position::Standing:
        return Handout::tr("Standing");
    }
    return {};
}

QString dayKindInWords(core::DayKind kind)
{
    switch (kind) {
    case core::DayKind::Strength:
        return Handout::tr("Strength");
    case core::DayKind::Mobility:
        return Handout::tr("Mobility");
    case core::DayKind::Rest:
        return Handout::tr("Rest");
    }
    return {};
}

QString phaseInWords(int phase)
{
    switch (phase) {
    case 1:
        return Handout::tr("Stage 1 of 4: settle the knee and switch the muscles on");
    case 2:
        return Handout::tr("Stage 2 of 4: build strength");
    case 3:
        return Handout::tr("Stage 3 of 4: single-leg control and everyday moves");
    case 4:
        return Handout::tr("Stage 4 of 4: power, landing and getting back to sport");
    default:
        return Handout::tr("Stage %1").arg(phase);
    }
}

QString lightInWords(core::Light light)
{
    switch (light) {
    case core::Light::Green:
        return Handout::tr("Green");
    case core::Light::Amber:
        return Handout::tr("Amber");
    case core::Light::Red:
        return Handout::tr("Red");
    case core::Light::None:
        return Handout::tr("No rating yet");
    }
    return {};
}

QString actionInWords(core::Action action)
{
    switch (action) {
    case core::Action::Progress:
        return Handout::tr("Step up");
    case core::Action::Hold:
        return Handout::tr("Stay at this level");
    case core::Action::Regress:
        return Handout::tr("Ease back a little");
    case core::Action::Refer:
        return Handout::tr("See a clinician first");
    }
    return {};
}

QString actionInSentence(core::Action action)
{
    switch (action) {
    case core::Action::Progress:
        return Handout::tr("step up", "inside a sentence: This week: step up");
    case core::Action::Hold:
        return Handout::tr("stay at this level", "inside a sentence: This week: …");
    case core::Action::Regress:
        return Handout::tr("ease back a little", "inside a sentence: This week: …");
    case core::Action::Refer:
        return Handout::tr("see a clinician first", "inside a sentence: This week: …");
    }
    return {};
}

namespace {

// "first" for a first plan, "restart" for the first after a referral, else empty: the engine
// says so with plan.first (a green week) or with action.hold.amber's "case" (an amber one).
std::string planStart(const core::Decision& decision)
{
    for (const core::Reason& reason : decision.reasons) {
        if (reason.rule == "plan.first" || reason.rule == "action.hold.amber") {
            const std::string start = reason.word("case");
            if (!start.empty()) {
                return start;
            }
        }
    }
    return {};
}

} // namespace

QString weekInSentence(const core::Decision& decision)
{
    if (decision.action == core::Action::Hold) {
        const std::string start = planStart(decision);
        if (start == "first") {
            return Handout::tr("a gentle start", "inside a sentence: This week: …");
        }
        if (start == "restart") {
            return Handout::tr("a gentle restart", "inside a sentence: This week: …");
        }
    }
    return actionInSentence(decision.action);
}

QString decisionForClient(const core::Decision& decision)
{
    switch (decision.action) {
    case core::Action::Progress:
        return Handout::tr("Your knee handled last week well, so some exercises step up a "
                           "little this week.");
    case core::Action::Hold: {
        // A first plan has no "same exercises" to keep, whatever the week's light.
        const std::string start = planStart(decision);
        if (start == "restart") {
            return Handout::tr("The routine starts again gently after your check-up: every "
                               "exercise is set at a comfortable level to begin with.");
        }
        if (decision.light == core::Light::None || start == "first") {
            return Handout::tr("This is your starting point: every exercise is set at a "
                               "comfortable level to begin with.");
        }
        return Handout::tr("Keep the same exercises and amounts this week, so your knee can "
                           "get used to them.");
    }
    case core::Action::Regress:
        return Handout::tr("Your knee was a bit more sore last week, so this week is a little "
                           "easier. This is normal and it is only for now.");
    case core::Action::Refer:
        return Handout::tr("Please pause this routine and see a doctor or physiotherapist "
                           "before you carry on.");
    }
    return {};
}

QString simplifyReason(std::string_view reasonText)
{
    QString text = QString::fromUtf8(reasonText.data(), static_cast<qsizetype>(reasonText.size()))
                       .simplified();
    // The client needs the gist: keep the first sentence, drop bracketed detail (rule ids, limits).
    const qsizetype stop = text.indexOf(QStringLiteral(". "));
    if (stop >= 0) {
        text.truncate(stop + 1);
    }
    for (qsizetype open = text.indexOf(QLatin1Char('(')); open >= 0;
         open = text.indexOf(QLatin1Char('('))) {
        const qsizetype close = text.indexOf(QLatin1Char(')'), open);
        if (close < 0) {
            break;
        }
        text.remove(open, close - open + 1);
    }
    text = text.simplified();
    text.replace(QStringLiteral(" ."), QStringLiteral("."));
    text.replace(QStringLiteral(" ,"), QStringLiteral(","));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
        if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!')) &&
            !text.endsWith(QLatin1Char('?'))) {
            text += QLatin1Char('.');
        }
    }
    return text;
}

QStringList stopIfLines(const core::Exercise* exercise, const core::ProgressionRules& rules)
{
    QStringList lines;
    lines << Handout::tr("Sharp or stabbing pain");
    lines << Handout::tr("Pain goes above %1 out of 10").arg(rules.amberMaxExercisePain);
    lines << Handout::tr("Your knee gives way or locks");
    if (exercise == nullptr) {
        return lines;
    }
    for (core::Precaution precaution : exercise->precautions) {
        switch (precaution) {
        case core::Precaution::DeepKneeFlexion:
            lines << Handout::tr("Pain builds as the knee bends further: use a smaller bend");
            break;
        case core::Precaution::Kneeling:
            lines << Handout::tr("Kneeling presses on a sore kneecap: add padding or skip it");
            break;
        case core::Precaution::Impact:
            lines << Handout::tr("Landing jars the knee or the ache lasts into the evening");
            break;
        case core::Precaution::EndRangeHipFlexion:
            lines << Handout::tr("You feel a pinch at the front of the hip: do not go as deep");
            break;
        case core::Precaution::Balance:
            lines << Handout::tr("You feel unsteady: keep a hand on a wall or chair");
            break;
        case core::Precaution::PatellarCompression:
            lines << Handout::tr("Pain builds behind the kneecap: make the movement smaller");
            break;
        }
    }
    return lines;
}

QString conditionInWords(core::Condition condition)
{
    switch (condition) {
    case core::Condition::PatellofemoralPain:
        return Handout::tr("Patellofemoral (kneecap) pain");
    case core::Condition::PatellarMaltracking:
        return Handout::tr("Patellar maltracking");
    case core::Condition::HipImbalance:
        return Handout::tr("Hip muscle imbalance");
    case core::Condition::PostSurgery:
        return Handout::tr("After surgery");
    case core::Condition::GeneralKneePain:
        return Handout::tr("General knee pain");
    }
    return {};
}

QString goalInWords(core::Goal goal)
{
    switch (goal) {
    case core::Goal::Stairs:
        return Handout::tr("Stairs");
    case core::Goal::Squatting:
        return Handout::tr("Squatting");
    case core::Goal::Running:
        return Handout::tr("Running");
    case core::Goal::JumpingSport:
        return Handout::tr("Jumping sport");
    case core::Goal::Walking:
        return Handout::tr("Walking");
    case core::Goal::DailyLiving:
        return Handout::tr("Daily living");
    }
    return {};
}

QString nounInSentence(const QString& noun)
{
    // The translation answers, so the rule follows the language the text is printed in.
    const bool keepCapital =
        Handout::tr("lowercase", "nouns inside a sentence: translate as \"keep\" when the "
                                 "language writes nouns with a capital (German), else "
                                 "\"lowercase\"") == QLatin1String("keep");
    return keepCapital ? noun : noun.toLower();
}

QString equipmentInSentence(core::Equipment item)
{
    return nounInSentence(equipmentInWords(item));
}

QString equipmentInWords(core::Equipment item)
{
    switch (item) {
    case core::Equipment::None:
        return Handout::tr("None");
    case core::Equipment::Mat:
        return Handout::tr("Mat");
    case core::Equipment::Band:
        return Handout::tr("Band");
    case core::Equipment::AnkleWeight:
        return Handout::tr("Ankle weight");
    case core::Equipment::Step:
        return Handout::tr("Step");
    case core::Equipment::Ball:
        return Handout::tr("Ball");
    case core::Equipment::Ring:
        return Handout::tr("Pilates ring");
    case core::Equipment::Chair:
        return Handout::tr("Chair");
    case core::Equipment::Wall:
        return Handout::tr("Wall");
    case core::Equipment::Strap:
        return Handout::tr("Strap");
    case core::Equipment::Block:
        return Handout::tr("Block");
    case core::Equipment::Reformer:
        return Handout::tr("Reformer");
    case core::Equipment::Towel:
        return Handout::tr("Towel");
    case core::Equipment::Box:
        return Handout::tr("Box");
    case core::Equipment::Cushion:
        return Handout::tr("Cushion");
    case core::Equipment::Dumbbell:
        return Handout::tr("Dumbbell");
    case core::Equipment::Pad:
        return Handout::tr("Pad");
    }
    return {};
}

QString sideInWords(core::Side side)
{
    switch (side) {
    case core::Side::Left:
        return Handout::tr("Left");
    case core::Side::Right:
        return Handout::tr("Right");
    case core::Side::Both:
        return Handout::tr("Both");
    }
    return {};
}

QString nextMorningInWords(core::NextMorning value)
{
    return value == core::NextMorning::Settled ? Handout::tr("Settled") : Handout::tr("Higher");
}

QString swellingInWords(core::Swelling value)
{
    switch (value) {
    case core::Swelling::None:
        return Handout::tr("None");
    case core::Swelling::Same:
        return Handout::tr("Same");
    case core::Swelling::New:
        return Handout::tr("New");
    }
    return {};
}

QString disclaimerText()
{
    return Handout::tr("Glidepath helps you follow your exercise plan. It does not replace your "
                       "physiotherapist or doctor. If something feels wrong, or you are not "
                       "sure, stop and ask them.");
}

QString referralHeadline()
{
    return Handout::tr("Please see a doctor or physiotherapist before exercising");
}

} // namespace glidepath::report
