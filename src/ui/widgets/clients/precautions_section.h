#pragma once

#include <glidepath/core/client.h>

#include <QGroupBox>

#include <vector>

class QButtonGroup;
class QLabel;

namespace glidepath::ui {

class CheckList;

// The client's precautions (falls risk, pregnancy, hypermobility...) as check boxes, and the
// hip-balance self-check: four yes/no questions that start unanswered, so a blank is never read
// as "no".
class PrecautionsSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit PrecautionsSection(QWidget* parent = nullptr);

    void setValues(const std::vector<core::ClientPrecaution>& precautions,
                   const core::HipBalanceCheck& hipBalance);
    std::vector<core::ClientPrecaution> precautions() const;
    core::HipBalanceCheck hipBalance() const;
    void setPersonal(bool personal);

signals:
    void changed(); // on user edits only

private:
    void setAnswer(int question, const std::optional<bool>& answer);
    std::optional<bool> answer(int question) const;

    CheckList* m_precautions;
    std::vector<QLabel*> m_questions;
    std::vector<QButtonGroup*> m_answers; // per question: yes, no, and "not answered"
    bool m_loading = false;
};

} // namespace glidepath::ui
