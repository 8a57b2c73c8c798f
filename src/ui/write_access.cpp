#include "write_access.h"

#include "app_context.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QVariant>
#include <QWidget>

namespace glidepath::ui {

namespace {

// Kept on a guarded widget while writing is off: the enabled state its page asked for and the
// tooltip it had.
constexpr const char* kWanted = "glidepathWriteWanted";
constexpr const char* kToolTip = "glidepathWriteToolTip";

} // namespace

WriteAccess& WriteAccess::of(AppContext& context)
{
    if (auto* found = context.findChild<WriteAccess*>(QString(), Qt::FindDirectChildrenOnly)) {
        return *found;
    }
    return *new WriteAccess(context);
}

WriteAccess::WriteAccess(AppContext& context)
    : QObject(&context), m_context(context), m_actions(new QActionGroup(this))
{
    m_actions->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
    m_canWrite = m_context.database().canWrite();
    m_actions->setEnabled(m_canWrite);
    connect(&m_context, &AppContext::databaseReplaced, this, &WriteAccess::update);
}

QString WriteAccess::readOnlyReason()
{
    return tr("Your login to the clinic server may read records but not change them. Ask the "
              "clinic's administrator for a login that may.");
}

QString WriteAccess::readOnlyWord()
{
    return tr("read-only");
}

void WriteAccess::guard(QAction* action)
{
    if (!action) {
        return;
    }
    m_actions->addAction(action);
    action->setProperty(kToolTip, action->toolTip());
    if (!m_canWrite) {
        action->setToolTip(readOnlyReason());
    }
}

void WriteAccess::guard(QWidget* widget)
{
    if (!widget || m_widgets.contains(widget)) {
        return;
    }
    m_widgets.append(widget);
    widget->setProperty(kToolTip, widget->toolTip());
    widget->installEventFilter(this);
    apply(widget);
}

void WriteAccess::apply(QWidget* widget)
{
    m_applying = true;
    if (!m_canWrite) {
        // The page's own choice (WA_ForceDisabled is set by setEnabled(false) alone).
        widget->setProperty(kWanted, !widget->testAttribute(Qt::WA_ForceDisabled));
        widget->setEnabled(false);
        widget->setToolTip(readOnlyReason());
    } else {
        const QVariant wanted = widget->property(kWanted);
        if (wanted.isValid()) {
            widget->setEnabled(wanted.toBool());
            widget->setProperty(kWanted, QVariant());
        }
        widget->setToolTip(widget->property(kToolTip).toString());
    }
    m_applying = false;
}

bool WriteAccess::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::EnabledChange && !m_canWrite && !m_applying) {
        auto* widget = static_cast<QWidget*>(watched);
        if (!widget->testAttribute(Qt::WA_ForceDisabled)) {
            // The page switched it on: remember that for later, keep it off now.
            apply(widget);
        }
    }
    return QObject::eventFilter(watched, event);
}

void WriteAccess::update()
{
    const bool canWrite = m_context.database().canWrite();
    if (canWrite == m_canWrite) {
        return;
    }
    m_canWrite = canWrite;
    m_actions->setEnabled(canWrite);
    for (QAction* action : m_actions->actions()) {
        action->setToolTip(canWrite ? action->property(kToolTip).toString() : readOnlyReason());
    }
    m_widgets.removeAll(nullptr);
    for (QWidget* widget : m_widgets) {
        apply(widget);
    }
    emit changed(canWrite);
}

} // namespace glidepath::ui
