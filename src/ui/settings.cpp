#include "settings.h"

#include <QSettings>

namespace glidepath::ui::settings {

QString modeName(AppMode mode)
{
    return mode == AppMode::Personal ? QStringLiteral("personal") : QStringLiteral("clinician");
}

std::optional<AppMode> parseMode(const QString& name)
{
    if (name == QLatin1String("clinician")) {
        return AppMode::Clinician;
    }
    if (name == QLatin1String("personal")) {
        return AppMode::Personal;
    }
    return std::nullopt;
}

ClinicianDetails clinicianDetails()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("clinician"));
    return {settings.value(QStringLiteral("name")).toString(),
            settings.value(QStringLiteral("practice")).toString(),
            settings.value(QStringLiteral("phone")).toString(),
            settings.value(QStringLiteral("email")).toString()};
}

void saveClinicianDetails(const ClinicianDetails& details)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("clinician"));
    settings.setValue(QStringLiteral("name"), details.name.trimmed());
    settings.setValue(QStringLiteral("practice"), details.practice.trimmed());
    settings.setValue(QStringLiteral("phone"), details.phone.trimmed());
    settings.setValue(QStringLiteral("email"), details.email.trimmed());
}

std::optional<AppMode> savedMode()
{
    return parseMode(QSettings().value(kMode).toString());
}

void saveMode(AppMode mode)
{
    QSettings().setValue(kMode, modeName(mode));
}

} // namespace glidepath::ui::settings
