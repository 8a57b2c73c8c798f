#pragma once

#include "app_context.h"

#include <QString>

#include <optional>

namespace glidepath::ui::settings {

// The keys Glidepath keeps in QSettings, in one place.
inline const QString kMode = QStringLiteral("mode");
inline const QString kGeometry = QStringLiteral("mainWindow/geometry");
inline const QString kWindowState = QStringLiteral("mainWindow/state");
inline const QString kLastPage = QStringLiteral("mainWindow/page");
inline const QString kLastDatabase = QStringLiteral("database/last");

// The mode chosen at first run or in Preferences; nullopt before the first run.
std::optional<AppMode> savedMode();
void saveMode(AppMode mode);

// The clinician's details printed in the home routine's clinician block (Preferences); personal
// mode leaves them off the handout.
struct ClinicianDetails
{
    QString name;
    QString practice;
    QString phone;
    QString email;
};
ClinicianDetails clinicianDetails();
void saveClinicianDetails(const ClinicianDetails& details);

QString modeName(AppMode mode); // "clinician" | "personal" (settings and command line)
std::optional<AppMode> parseMode(const QString& name);

} // namespace glidepath::ui::settings
