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

std::optional<AppMode> savedMode()
{
    return parseMode(QSettings().value(kMode).toString());
}

void saveMode(AppMode mode)
{
    QSettings().setValue(kMode, modeName(mode));
}

} // namespace glidepath::ui::settings
