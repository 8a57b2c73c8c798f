#include "widgets/clients/change_history_dialog.h"

#include "app_context.h"
#include "commands/undo_command.h"
#include "models/change_history_text.h"

#include <glidepath/storage/change_history.h>
#include <glidepath/storage/client_repository.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace glidepath::ui {

ChangeHistoryDialog::ChangeHistoryDialog(AppContext& context, qint64 clientId, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("changeHistoryDialog"));
    m_coverage = new QLabel(this);
    m_coverage->setObjectName(QStringLiteral("changeHistoryCoverage"));
    m_coverage->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("changeHistoryList"));
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(WhoColumn, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Changes, newest first"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_coverage);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 440);
    load(context, clientId);
}

void ChangeHistoryDialog::load(AppContext& context, qint64 clientId)
{
    storage::ClientHistory history;
    try {
        const auto client = context.clients().find(clientId);
        setWindowTitle(client
                           ? tr("Changes to %1").arg(QString::fromStdString(client->profile.name))
                           : tr("Changes"));
        history = storage::clientHistory(context.database(), clientId);
    } catch (const std::exception& error) {
        m_coverage->setText(
            tr("The changes could not be read: %1").arg(command::describeFailure(error)));
        m_list->hide();
        return;
    }
    QString coverage = ChangeHistoryText::coverage(history);
    if (history.entries.empty()) {
        // Said instead of an empty table, so nobody wonders whether the list failed to load.
        coverage = tr("Nothing is recorded about this client's changes yet.") +
                   QStringLiteral("\n\n") + coverage;
        m_list->hide();
    }
    m_coverage->setText(coverage);
    for (const storage::HistoryEntry& entry : history.entries) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(WhenColumn, ChangeHistoryText::when(entry));
        item->setText(WhoColumn, ChangeHistoryText::who(entry));
        item->setText(WhatColumn, ChangeHistoryText::what(entry));
        item->setToolTip(WhenColumn, QString::fromStdString(entry.at));
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
}

ChangeHistoryDialog* showChangeHistory(AppContext& context, qint64 clientId, QWidget* parent)
{
    auto* dialog = new ChangeHistoryDialog(context, clientId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace glidepath::ui
