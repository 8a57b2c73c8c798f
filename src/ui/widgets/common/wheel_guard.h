#pragma once

class QApplication;

namespace glidepath::ui {

// Mouse-wheel events never change an input that does not have the keyboard focus: scrolling a
// long form over a combo box, spin box, date edit or slider scrolls the form instead of
// silently changing (and auto-saving) the value under the pointer. Such inputs also take focus
// only by click or Tab (Qt::StrongFocus), never by the wheel. Installed once for the whole
// application; calling it again does nothing.
void installWheelGuard(QApplication& app);

} // namespace glidepath::ui
