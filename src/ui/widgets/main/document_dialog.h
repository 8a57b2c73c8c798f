#pragma once

#include <QDialog>

class QTextBrowser;

namespace glidepath::ui {

// Shows one of the documents built into the app (Help ▸ User guide, Clinical rules), rendered
// from Markdown. Non-modal, so it can stay open beside the window.
class DocumentDialog : public QDialog
{
    Q_OBJECT

public:
    // resource: a path such as ":/docs/user-guide.md".
    DocumentDialog(const QString& title, const QString& resource, QWidget* parent = nullptr);

    bool hasDocument() const { return m_loaded; }
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
    bool m_loaded = false;
};

} // namespace glidepath::ui
