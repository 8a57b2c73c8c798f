#pragma once

#include <glidepath/core/client.h>

#include <QGroupBox>

#include <optional>

class QComboBox;
class QDateEdit;

namespace glidepath::ui {

class CheckList;

// The operation record of the post-surgery pathway: which operation, when, how much weight the
// leg may take, and what the surgeon has cleared (the engine plans nothing that is not cleared).
// The profile editor shows it when the conditions include "after surgery".
class SurgerySection : public QGroupBox
{
    Q_OBJECT

public:
    explicit SurgerySection(QWidget* parent = nullptr);

    void setSurgery(const std::optional<core::Surgery>& surgery, core::Date today);
    core::Surgery surgery() const;
    void setPersonal(bool personal);

signals:
    void changed(); // on user edits only

private:
    QComboBox* m_operation;
    QDateEdit* m_date;
    QComboBox* m_weightBearing;
    CheckList* m_clearances;
    bool m_loading = false;
};

} // namespace glidepath::ui
