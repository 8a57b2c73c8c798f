#pragma once

#include <QString>

class QApplication;
class QStyle;

namespace glidepath::ui {

// Wraps the application's style so that what it draws from Qt's own PNG images does not load
// every image-format plugin (Qt's SVG plugin, and Qt Svg with it) before the window's first
// paint: QPixmap and QIcon read those files with format detection, which asks each plugin first.
// The standard icons every window asks for at start (the tool and menu bars' overflow button,
// the line edits' clear button, both usually hidden) are read only when first drawn; Fusion's
// group box frame is drawn from the same image read by Qt's PNG reader. The look is unchanged,
// and QT_STYLE_OVERRIDE and -style are still honoured.
void installLazyStyleIcons(QApplication& app);
// The wrapped style on its own (the caller owns it), over the style named baseKey; with none, over
// the one the application would use.
QStyle* createLazyIconStyle(const QString& baseKey = {});

} // namespace glidepath::ui
