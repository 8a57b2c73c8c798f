#include <glidepath/core/date.h>
#include <glidepath/io/library_format.h>
#include <glidepath/report/handout_text.h>
#include <glidepath/report/plan_text.h>
#include <glidepath/report/reason_text.h>

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>

namespace glidepath::report {

namespace {

// Translation context "PlanText".
class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)
};

QString actionWord(core::Action action)
{
    switch (action) {
    case core::Action::Progress:
        return PlanText::tr("PROGRESS");
    case core::Action::Hold:
        return PlanText::tr("HOLD");
    case core::Action::Regress:
        return PlanText::tr("REGRESS");
    case core::Action::Refer:
        return PlanText::tr("REFER");
    }
    return {};
}

QString lightWord(core::Light light)
{
    switch (light) {
    case core::Light::Green:
        return PlanText::tr("green");
    case core::Light::Amber:
        return PlanText::tr("amber");
    case core::Light::Red:
        return PlanText::tr("red");
    case core::Light::None:
        break;
    }
    return PlanText::tr("none");
}

QString dayKindWord(core::DayKind kind)
{
    switch (kind) {
    case core::DayKind::Strength:
        return PlanText::tr("strength");
    case core::DayKind::Mobility:
        return PlanText::tr("mobility");
    case core::DayKind::Rest:
        break;
    }
    return PlanText::tr("rest");
}

QString weekdayWord(core::Date date)
{
    static constexpr std::array<const char*, 7> kDays{
        QT_TRANSLATE_NOOP("PlanText", "Mon"), QT_TRANSLATE_NOOP("PlanText", "Tue"),
        QT_TRANSLATE_NOOP("PlanText", "Wed"), QT_TRANSLATE_NOOP("PlanText", "Thu"),
        QT_TRANSLATE_NOOP("PlanText", "Fri"), QT_TRANSLATE_NOOP("PlanText", "Sat"),
        QT_TRANSLATE_NOOP("PlanText", "Sun")};
    return PlanText::tr(kDays[static_cast<std::size_t>(core::weekdayIndex(date))]);
}

QString iso(core::Date date)
{
    return QString::fromStdString(core::toIsoString(date));
}

// "3 × 10 with a 3 s hold, tempo 2-0-3, medium band, rest 45 s, each side"; timed work in the
// handout's words: "Keep moving for 50 s, twice, rest 45 s between rounds".
QString doseText(const core::PlannedExercise& planned, TimedWork timed)
{
    QString text;
    const bool timedHold = timed != TimedWork::None && planned.holdSeconds > 0;
    if (timedHold) {
        text = workText(planned, timed);
    } else if (planned.reps > 0) {
        text = planned.holdSeconds > 0
                   ? PlanText::tr("%1 × %2 with a %3 s hold")
                         .arg(planned.sets)
                         .arg(planned.reps)
                         .arg(planned.holdSeconds)
                   : PlanText::tr("%1 × %2").arg(planned.sets).arg(planned.reps);
    } else {
        text = PlanText::tr("%1 × %2 s hold").arg(planned.sets).arg(planned.holdSeconds);
    }
    if (!planned.tempo.empty()) {
        text += PlanText::tr(", tempo %1").arg(QString::fromStdString(planned.tempo));
    }
    if (const QString load = loadText(planned.loadKind, planned.loadLevel); !load.isEmpty()) {
        text += QStringLiteral(", ") + load;
    }
    if (timedHold) {
        if (const QString rest = restText(planned, timed); !rest.isEmpty()) {
            text += QStringLiteral(", ") + rest;
        }
    } else if (planned.restSeconds > 0) {
        text += PlanText::tr(", rest %1 s").arg(planned.restSeconds);
    }
    switch (planned.side) {
    case core::WorkSide::Both:
        break;
    case core::WorkSide::Each:
        text += PlanText::tr(", each side");
        break;
    case core::WorkSide::Left:
        text += PlanText::tr(", left side only");
        break;
    case core::WorkSide::Right:
        text += PlanText::tr(", right side only");
        break;
    }
    return text;
}

} // namespace

QString planText(const core::Plan& plan, std::span<const core::Exercise> library)
{
    const auto timedOf = [library](const std::string& id) {
        const auto found = std::find_if(library.begin(), library.end(),
                                        [&id](const core::Exercise& e) { return e.id == id; });
        return timedWork(found == library.end() ? nullptr : &*found);
    };
    const std::string language = QLocale().name().section(QLatin1Char('_'), 0, 0).toStdString();
    const auto said = [](const core::Reason& reason) {
        return reasonText(reason, Register::Clinician);
    };
    QString out;
    // The heading is for people, in the language's long date as on the handout; the day lines
    // below keep their ISO dates for scripts.
    out +=
        PlanText::tr("Plan for the week of %1").arg(longDate(plan.weekStart)) + QLatin1Char('\n');
    out += PlanText::tr("Decision: %1 (light %2, phase %3)")
               .arg(actionWord(plan.decision.action), lightWord(plan.decision.light))
               .arg(plan.decision.phase) +
           QLatin1Char('\n');
    if (!plan.decision.reasons.empty()) {
        out += QLatin1Char('\n') + PlanText::tr("Why:") + QLatin1Char('\n');
        for (const core::Reason& reason : plan.decision.reasons) {
            out += QStringLiteral("  - %1 [%2]\n")
                       .arg(said(reason), QString::fromStdString(reason.rule));
        }
    }
    if (!plan.advice.empty()) {
        out += QLatin1Char('\n') + PlanText::tr("Advice:") + QLatin1Char('\n');
        for (const core::Reason& item : plan.advice) {
            out += QStringLiteral("  - %1\n").arg(said(item));
        }
    }
    out += QLatin1Char('\n');
    for (const core::PlanDay& day : plan.days) {
        out += QStringLiteral("%1 %2  %3")
                   .arg(weekdayWord(day.date), iso(day.date), dayKindWord(day.kind));
        if (day.kind != core::DayKind::Rest) {
            out += PlanText::tr(", about %1 min").arg(day.estimatedMinutes);
        }
        out += QLatin1Char('\n');
        int number = 1;
        for (const core::PlannedExercise& planned : day.exercises) {
            const QString name = QString::fromStdString(
                io::builtinLibrary().localizedName(planned.id, planned.name, language));
            out += QStringLiteral("  %1. %2: %3\n")
                       .arg(number++)
                       .arg(name, doseText(planned, timedOf(planned.id)));
            out += QStringLiteral("     %1\n").arg(said(planned.reason));
        }
    }
    if (!plan.overrides.empty()) {
        out +=
            QLatin1Char('\n') + PlanText::tr("Changes made by the clinician:") + QLatin1Char('\n');
        for (const core::PlanOverride& change : plan.overrides) {
            out += QStringLiteral("  - %1\n").arg(QString::fromStdString(change.description));
        }
    }
    return out;
}

} // namespace glidepath::report
