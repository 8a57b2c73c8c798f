#pragma once

#include <glidepath/core/client.h>

#include <QWidget>

#include <vector>

class QButtonGroup;
class QLabel;

namespace glidepath::ui {

// The red-flag screening: one yes/no question per core::RedFlag, every one answered "No" until
// the user says otherwise. Used on the profile (first screening) and at every check-in.
class RedFlagQuestions : public QWidget
{
    Q_OBJECT

public:
    explicit RedFlagQuestions(QWidget* parent = nullptr);

    void setAnswers(const std::vector<core::RedFlag>& yes);
    std::vector<core::RedFlag> answers() const; // the flags answered yes, in enum order

    // Answer one question (used by keyboard users through the radio buttons, and by tests).
    void setAnswer(core::RedFlag flag, bool yes);

signals:
    void changed();

private:
    void updateWarning();

    std::vector<std::pair<core::RedFlag, QButtonGroup*>> m_groups;
    QLabel* m_warning = nullptr;
};

} // namespace glidepath::ui
