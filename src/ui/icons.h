#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace glidepath::ui {

// The app's line icons (resources/icons/<name>.svg) drawn in one colour, so they follow the
// palette: dark strokes on a light theme, light strokes on a dark one.
QIcon lineIcon(const QString& name, const QColor& colour);
// In the palette's button-text colour.
QIcon lineIcon(const QString& name, const QPalette& palette);

// The application icon (resources/icons/glidepath.svg).
QIcon appIcon();

} // namespace glidepath::ui
