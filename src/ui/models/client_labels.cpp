#include "models/client_labels.h"

#include "labels.h"

#include <glidepath/planning/planning_service.h>
#include <glidepath/report/red_flag_text.h>

#include <QLocale>
#include <QStringList>

#include <chrono>

namespace glidepath::ui {

QString ClientLabels::redFlagQuestion(core::RedFlag flag)
{
    return report::redFlagQuestion(flag);
}

QString ClientLabels::redFlagReferral(core::RedFlag flag)
{
    return report::redFlagReferral(flag);
}

QString ClientLabels::redFlagAdvice(const std::vector<core::RedFlag>& flags)
{
    QStringList paragraphs;
    for (const core::RedFlag flag : flags) {
        paragraphs
            << QStringLiteral("• %1\n   %2").arg(redFlagQuestion(flag), redFlagReferral(flag));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString ClientLabels::supersededClearedBy()
{
    return tr("It stays stopped until a clinician has reviewed the answers — a review recorded "
              "with who reviewed and when — and the red-flag answers no longer say yes.");
}

QString ClientLabels::fieldName(const std::string& field)
{
    const QString name = QString::fromStdString(field.substr(0, field.find('/')));
    if (name == QLatin1String("name")) {
        return tr("Name");
    }
    if (name == QLatin1String("conditions")) {
        return tr("Conditions");
    }
    if (name == QLatin1String("side")) {
        return tr("Side");
    }
    if (name == QLatin1String("goals")) {
        return tr("Goals");
    }
    if (name == QLatin1String("equipment")) {
        return tr("Equipment at home");
    }
    if (name == QLatin1String("sessions_per_week")) {
        return tr("Sessions per week");
    }
    if (name == QLatin1String("minutes_per_session")) {
        return tr("Minutes per session");
    }
    if (name == QLatin1String("age")) {
        return tr("Age");
    }
    if (name == QLatin1String("pain_rest")) {
        return tr("Pain at rest");
    }
    if (name == QLatin1String("pain_activity")) {
        return tr("Pain during activity");
    }
    if (name == QLatin1String("pain_exercise")) {
        return tr("Pain during exercise");
    }
    if (name == QLatin1String("adherence")) {
        return tr("Sessions done");
    }
    if (name == QLatin1String("painful_exercises")) {
        return tr("Exercises that hurt");
    }
    return name;
}

core::Date nextMonday(core::Date today)
{
    return planning::nextMonday(today);
}

} // namespace glidepath::ui
