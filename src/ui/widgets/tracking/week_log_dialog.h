#pragma once

#include <glidepath/storage/client_repository.h>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableView;

namespace glidepath::ui {

class AppContext;
class FieldErrorLabel;
class SessionLogGridModel;

// Typing in the paper log from the handout: a grid of the week's exercises by day (tick what was
// done) and a pain row (one score per session). Arrow keys and Tab move between cells, Space
// ticks, digits enter pain. Saving replaces the logs of that week with what the grid says.
class WeekLogDialog : public QDialog
{
    Q_OBJECT

public:
    WeekLogDialog(AppContext& context, qint64 clientId, const storage::StoredPlan& plan,
                  QWidget* parent = nullptr);

    SessionLogGridModel* model() const { return m_model; }
    QTableView* grid() const { return m_grid; }
    QString errorText() const;

    // Validates and saves; true when stored (then the dialog is accepted). Asks before
    // overwriting detailed logs of the week (MessageBox, so tests can answer).
    bool save();

    void accept() override;

private:
    AppContext& m_context;
    qint64 m_clientId;
    storage::StoredPlan m_plan;
    bool m_detailedBefore = false;
    SessionLogGridModel* m_model;
    QTableView* m_grid;
    QLabel* m_intro;
    FieldErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace glidepath::ui
