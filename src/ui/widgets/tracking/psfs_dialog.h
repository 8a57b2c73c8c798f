#pragma once

#include <glidepath/core/session_log.h>
#include <glidepath/storage/tracking_repository.h>

#include <QDialog>

#include <optional>
#include <vector>

class QDateEdit;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace glidepath::ui {

class AppContext;
class FieldErrorLabel;

// The Patient-Specific Functional Scale: the client names 3-5 activities they find hard because
// of the knee or hip and rates each 0 (unable) to 10 (as before). A new assessment starts from the
// activities of the last one, so the same ones are rated again. The average is shown beside the
// baseline (the first assessment) with the meaningful-change threshold.
class PsfsDialog : public QDialog
{
    Q_OBJECT

public:
    // A new assessment dated date.
    PsfsDialog(AppContext& context, qint64 clientId, core::Date date, QWidget* parent = nullptr);
    // Editing a stored one.
    PsfsDialog(AppContext& context, const storage::StoredPsfs& existing, QWidget* parent = nullptr);

    int itemCount() const { return static_cast<int>(m_items.size()); }
    void setItem(int row, const QString& activity, int score);
    void addItem(); // up to five
    void removeItem(int row);
    void setDate(core::Date date);

    core::PsfsAssessment assessment() const;
    QString averageText() const;
    QString comparisonText() const;
    QString errorText() const;
    bool save();
    qint64 savedId() const { return m_id; }

    void accept() override;

private:
    struct Item
    {
        QLineEdit* activity = nullptr;
        QSpinBox* score = nullptr;
        QPushButton* remove = nullptr;
    };

    void buildUi();
    void relayout();
    void updateSummary();

    AppContext& m_context;
    qint64 m_clientId;
    qint64 m_id = 0;
    std::optional<core::PsfsAssessment> m_baseline; // the first assessment, when not this one
    core::MeaningfulChange m_thresholds;
    std::vector<Item> m_items;

    QDateEdit* m_date = nullptr;
    QGridLayout* m_grid = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_average = nullptr;
    QLabel* m_comparison = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace glidepath::ui
