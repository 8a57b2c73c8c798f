#pragma once

#include <glidepath/core/client.h>

#include <QWidget>

#include <vector>

class QButtonGroup;
class QLabel;

namespace glidepath::ui {

class FieldErrorLabel;

// The red-flag screening: one yes/no question per core::RedFlag. Every question starts
// unanswered (neither button checked, "Not answered yet" beside it), so a plan or a check-in is
// never made on answers nobody gave. Used on the profile (first screening) and at every check-in.
class RedFlagQuestions : public QWidget
{
    Q_OBJECT

public:
    explicit RedFlagQuestions(QWidget* parent = nullptr);

    // Every question back to unanswered.
    void clearAnswers();
    // Every question answered: yes for the flags listed, no for the rest (a stored check-in).
    void setAnswers(const std::vector<core::RedFlag>& yes);
    // yes and no as given; a question in neither stays unanswered (the stored screening).
    void setAnswers(const std::vector<core::RedFlag>& yes, const std::vector<core::RedFlag>& no);

    std::vector<core::RedFlag> answers() const;    // the flags answered yes, in enum order
    std::vector<core::RedFlag> answeredNo() const; // the flags answered no, in enum order
    std::vector<core::RedFlag> unanswered() const; // neither, in enum order
    bool isComplete() const { return unanswered().empty(); }

    // Shows "Please answer this question" at every unanswered question and a line naming them
    // under the list. True when every question is answered.
    bool checkAllAnswered();
    // Takes the reminders away again (answering a question also takes its own away).
    void clearReminders();

    // Answer one question (used by keyboard users through the radio buttons, and by tests).
    void setAnswer(core::RedFlag flag, bool yes);

    // "questions 2 and 5 (…, …)": the numbers shown beside the questions, for messages.
    static QString describe(const std::vector<core::RedFlag>& flags);

signals:
    void changed();

private:
    struct Question
    {
        core::RedFlag flag;
        QButtonGroup* group;
        QLabel* state; // "Not answered yet", or the reminder
    };

    void updateState(Question& question);
    void updateWarning();

    std::vector<Question> m_questions;
    bool m_reminding = false;
    QLabel* m_warning = nullptr;
    FieldErrorLabel* m_missing = nullptr;
};

} // namespace glidepath::ui
