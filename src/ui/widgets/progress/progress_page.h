#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace glidepath::ui {

class AppContext;
class CheckInTableModel;

// Progress of the current client (or the personal profile): a summary of the last weeks and the
// full check-in history. Charts come with session logging.
class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPage(AppContext& context, QWidget* parent = nullptr);

    CheckInTableModel* model() const { return m_model; }
    QString summaryText() const;

private:
    void reload();

    AppContext& m_context;
    CheckInTableModel* m_model;
    QLabel* m_title;
    QLabel* m_summary;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_emptyTitle;
    QLabel* m_emptyText;
};

} // namespace glidepath::ui
