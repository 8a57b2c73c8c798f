#include "widgets/common/wheel_guard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace glidepath::ui {

namespace {

// Widgets whose value the wheel changes. A scroll bar is how the wheel scrolls, so it is not one.
bool changesValueOnWheel(const QObject* object)
{
    if (qobject_cast<const QScrollBar*>(object)) {
        return false;
    }
    return qobject_cast<const QComboBox*>(object) ||
           qobject_cast<const QAbstractSpinBox*>(object) ||
           qobject_cast<const QAbstractSlider*>(object);
}

class WheelGuard final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Polish && changesValueOnWheel(watched)) {
            auto* widget = static_cast<QWidget*>(watched);
            if (widget->focusPolicy() == Qt::WheelFocus) {
                widget->setFocusPolicy(Qt::StrongFocus); // the wheel must not give it focus
            }
        } else if (event->type() == QEvent::Wheel && changesValueOnWheel(watched) &&
                   !static_cast<QWidget*>(watched)->hasFocus()) {
            scrollAncestor(static_cast<QWidget*>(watched), static_cast<QWheelEvent*>(event));
            // Accepted and filtered: neither the input nor (again) its parents see it.
            event->accept();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // Hands the wheel to the nearest scrolling area around the input, as if the input were not
    // there.
    static void scrollAncestor(QWidget* input, const QWheelEvent* wheel)
    {
        for (QWidget* w = input->parentWidget(); w; w = w->parentWidget()) {
            auto* area = qobject_cast<QAbstractScrollArea*>(w);
            if (!area) {
                continue;
            }
            QWidget* viewport = area->viewport();
            QWheelEvent forwarded(viewport->mapFromGlobal(wheel->globalPosition()),
                                  wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(),
                                  wheel->buttons(), wheel->modifiers(), wheel->phase(),
                                  wheel->inverted(), wheel->source(), wheel->pointingDevice());
            QCoreApplication::sendEvent(viewport, &forwarded);
            return;
        }
    }
};

} // namespace

void installWheelGuard(QApplication& app)
{
    static const char* const kName = "glidepathWheelGuard";
    if (app.findChild<QObject*>(QString::fromLatin1(kName), Qt::FindDirectChildrenOnly)) {
        return;
    }
    auto* guard = new WheelGuard(&app);
    guard->setObjectName(QString::fromLatin1(kName));
    app.installEventFilter(guard);
}

} // namespace glidepath::ui
