#include "widgets/main/document_dialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace glidepath::ui {

DocumentDialog::DocumentDialog(const QString& title, const QString& resource, QWidget* parent)
    : QDialog(parent), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("documentDialog"));
    setWindowTitle(title);
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(24);

    QFile file(resource);
    if (file.open(QIODevice::ReadOnly)) {
        m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
        m_loaded = true;
    } else {
        m_browser->setPlainText(
            tr("This document is not included in this build of Glidepath. It is part of the "
               "source, in the docs folder (%1).")
                .arg(resource.section(QLatin1Char('/'), -1)));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->addWidget(m_browser, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->setContentsMargins(12, 0, 12, 0);
    buttonRow->addWidget(buttons);
    layout->addLayout(buttonRow);
    resize(780, 680);
}

} // namespace glidepath::ui
