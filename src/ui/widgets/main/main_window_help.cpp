// The Help menu's windows: the user guide, the clinical rules and About, each opened once and
// raised when asked again.

#include "widgets/main/about_dialog.h"
#include "widgets/main/document_dialog.h"
#include "widgets/main/main_window.h"

namespace glidepath::ui {

void MainWindow::showDocument(const QString& title, const QString& resource)
{
    QPointer<QWidget>& slot =
        resource.endsWith(QLatin1String("user-guide.md")) ? m_userGuide : m_clinicalRules;
    if (!slot) {
        auto* dialog = new DocumentDialog(title, resource, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        slot = dialog;
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
}

void MainWindow::showUserGuide()
{
    showDocument(tr("Glidepath user guide"), QStringLiteral(":/docs/user-guide.md"));
}

void MainWindow::showClinicalRules()
{
    showDocument(tr("Clinical rules"), QStringLiteral(":/docs/clinical-rules.md"));
}

void MainWindow::showAbout()
{
    if (!m_about) {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_about = dialog;
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

} // namespace glidepath::ui
