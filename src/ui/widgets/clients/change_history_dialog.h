#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace glidepath::ui {

class AppContext;

// Who changed a client's records and when, newest first (storage::clientHistory), with a line
// saying how much the database keeps: every change on a clinic server, the last save of each
// record in a file. Read once when opened; it changes nothing, so a read-only login may use it.
class ChangeHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeHistoryDialog(AppContext& context, qint64 clientId, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QLabel* coverage() const { return m_coverage; }

    enum Column
    {
        WhenColumn,
        WhoColumn,
        WhatColumn
    };

private:
    void load(AppContext& context, qint64 clientId);

    QLabel* m_coverage;
    QTreeWidget* m_list;
};

// Opens the dialog for the client beside parent (window-modal, deleted when closed) and returns it.
ChangeHistoryDialog* showChangeHistory(AppContext& context, qint64 clientId, QWidget* parent);

} // namespace glidepath::ui
