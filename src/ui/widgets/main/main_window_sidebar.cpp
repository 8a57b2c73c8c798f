// The window's chrome around the pages: the sidebar, the status bar and the title, restyled when
// the system's palette changes.

#include "app_context.h"
#include "database_location.h"
#include "widgets/main/main_window_parts.h"
#include "write_access.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace glidepath::ui {

namespace {

// The sidebar gives up some width in a small window, where the pages need every pixel.
class SidebarWidth : public QObject
{
public:
    SidebarWidth(QWidget* window, QWidget* sidebar) : QObject(window), m_sidebar(sidebar)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize) {
            const int width = static_cast<QWidget*>(watched)->width();
            m_sidebar->setFixedWidth(width < 1200 ? 136 : 176);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_sidebar;
};

} // namespace

using main_window_parts::kPages;
using main_window_parts::PageInfo;

void MainWindow::createSidebar()
{
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFixedWidth(176);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setSpacing(0);
    m_sidebar->setUniformItemSizes(true);
    applySidebarStyle();
    QFont font = m_sidebar->font();
    font.setPointSizeF(font.pointSizeF() * 1.08);
    m_sidebar->setFont(font);
    for (const PageInfo& info : kPages) {
        auto* item = new QListWidgetItem(tr(info.title), m_sidebar);
        item->setToolTip(tr(info.toolTip));
        item->setData(Qt::UserRole, static_cast<int>(info.page));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            ensurePage(static_cast<Page>(row));
            m_pages->setCurrentIndex(row);
            updatePageChrome();
        }
    });
    // Once the sidebar exists: narrows it in a small window.
    new SidebarWidth(this, m_sidebar);
}

void MainWindow::applySidebarStyle()
{
    // Set again after a palette change: palette() references are resolved when the sheet is
    // applied, and only a cleared sheet makes Qt resolve them afresh.
    m_sidebar->setStyleSheet(QString());
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(window); border: none;"
        "  border-right: 1px solid palette(mid); padding-top: 10px; outline: 0; }"
        "QListWidget#sidebar::item { padding: 9px 10px; margin: 1px 8px; border-radius: 6px;"
        "  color: palette(window-text); }"
        "QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }"
        "QListWidget#sidebar::item:selected { background: palette(highlight);"
        "  color: palette(highlighted-text); }"));
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setForegroundRole(QPalette::PlaceholderText);
    m_databaseLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->setSizeGripEnabled(true);
}

void MainWindow::updateTitle()
{
    const QString file = QString::fromStdString(m_context.database().path().string());
    // Said where the database is named: a login that may only read switches off every change.
    const bool readOnly = !m_context.database().canWrite();
    const QString name =
        readOnly ? tr("%1 (read-only)").arg(shortLocationName(file)) : shortLocationName(file);
    setWindowTitle(tr("%1 — Glidepath").arg(name));
    setWindowFilePath(isServerLocation(file) ? QString() : file);
    const QString mode =
        m_context.mode() == AppMode::Personal ? tr("Personal mode") : tr("Clinician mode");
    m_databaseLabel->setText(tr("%1 · %2").arg(mode, name));
    m_databaseLabel->setToolTip(readOnly ? shownLocation(file) + QLatin1Char('\n') +
                                               WriteAccess::readOnlyReason()
                                         : shownLocation(file));
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_sidebar) {
        // The system switched between light and dark; restyle once every child has the new
        // palette, since the sidebar's style sheet and the icons are derived from it.
        QTimer::singleShot(0, this, [this] {
            applySidebarStyle();
            refreshIcons();
        });
    }
}

} // namespace glidepath::ui
