#pragma once

#include <QColor>
#include <QIcon>
#include <QImage>
#include <QList>
#include <QPalette>
#include <QString>

namespace glidepath::ui {

// The app's line icons (resources/icons/<name>.svg, rendered to PNG at build time) drawn in one
// colour, so they follow the palette: dark strokes on a light theme, light strokes on a dark one.
// The pixmaps are read and tinted when first drawn at a size, not when the icon is made. A name
// without icon gives a null icon.
QIcon lineIcon(const QString& name, const QColor& colour);
// The same, drawn in selectedColour where it is shown selected (the sidebar's current page).
QIcon lineIcon(const QString& name, const QColor& colour, const QColor& selectedColour);
// In the palette's button-text colour.
QIcon lineIcon(const QString& name, const QPalette& palette);

// The application icon (resources/icons/glidepath.svg), for windows and dialogs.
QIcon appIcon();

// The pixel sizes the line icons were rendered at (for tests).
QList<int> lineIconPixelSizes();

// Reads a PNG file (or resource) with Qt's own PNG reader. QImage and QPixmap given a file name
// first ask every image-format plugin whether it reads the file, which loads them all: the SVG one,
// and Qt Svg with it.
QImage readPng(const QString& path);

} // namespace glidepath::ui
