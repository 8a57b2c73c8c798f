#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace glidepath::ui {

class AppContext;

// Under a referral on the Plan page: the clinician reviews recorded for the client and the
// "Record clinician review" action. Refreshes itself when reviews change (also by undo).
class ClinicianReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClinicianReviewPanel(AppContext& context, QWidget* parent = nullptr);

    void setClient(qint64 clientId);
    QString summary() const;

public slots:
    // Opens the dialog; returns when it is closed.
    void recordReview();

private:
    void reload();

    AppContext& m_context;
    qint64 m_clientId = -1;
    QLabel* m_summary;
    QPushButton* m_record;
};

} // namespace glidepath::ui
