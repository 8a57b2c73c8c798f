#pragma once

#include "models/progress_data.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace glidepath::ui {

// The outcome measures at a glance: NPRS at rest and in activity (first check-in against the
// latest) and the PSFS average (first assessment against the latest), each with its change and
// the meaningful-change threshold beside it, and when the next PSFS is due.
class OutcomeSummary : public QFrame
{
    Q_OBJECT

public:
    explicit OutcomeSummary(QWidget* parent = nullptr);

    void setData(const ProgressData& data, core::Date today);

    QString nprsText() const;
    QString psfsText() const;
    QString dueText() const;
    bool psfsDue() const { return m_due; }
    QPushButton* psfsButton() const { return m_psfsButton; }

signals:
    void psfsRequested();

private:
    QLabel* m_nprs;
    QLabel* m_nprsThreshold;
    QLabel* m_psfs;
    QLabel* m_psfsThreshold;
    QLabel* m_dueLabel;
    QPushButton* m_psfsButton;
    bool m_due = false;
};

} // namespace glidepath::ui
