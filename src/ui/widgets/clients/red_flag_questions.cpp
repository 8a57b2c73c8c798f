#include "widgets/clients/red_flag_questions.h"

#include "models/client_labels.h"
#include "widgets/common/field_error_label.h"
#include "widgets/common/wrapped_label.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace glidepath::ui {

namespace {

constexpr int kNo = 0;
constexpr int kYes = 1;
constexpr int kUnanswered = -1;

int numberOf(core::RedFlag flag)
{
    return static_cast<int>(flag) + 1;
}

// An exclusive group cannot uncheck its checked button; stepping out of exclusivity can.
void uncheck(QButtonGroup* group)
{
    group->setExclusive(false);
    for (QAbstractButton* button : group->buttons()) {
        button->setChecked(false);
    }
    group->setExclusive(true);
}

} // namespace

RedFlagQuestions::RedFlagQuestions(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* hint =
        new WrappedLabel(tr("Answer each question yes or no; none is answered for you."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    grid->setHorizontalSpacing(12);
    int row = 0;
    for (const core::RedFlag flag : core::allValues<core::RedFlag>()) {
        const QString flagName = QString::fromUtf8(
            core::toString(flag).data(), static_cast<qsizetype>(core::toString(flag).size()));
        auto* question = new WrappedLabel(
            tr("%1. %2").arg(numberOf(flag)).arg(ClientLabels::redFlagQuestion(flag)), this);
        auto* no = new QRadioButton(tr("No"), this);
        auto* yes = new QRadioButton(tr("Yes"), this);
        no->setObjectName(QStringLiteral("redFlagNo_") + flagName);
        yes->setObjectName(QStringLiteral("redFlagYes_") + flagName);
        no->setAccessibleName(tr("No: %1").arg(ClientLabels::redFlagQuestion(flag)));
        yes->setAccessibleName(tr("Yes: %1").arg(ClientLabels::redFlagQuestion(flag)));
        auto* state = new QLabel(this);
        state->setObjectName(QStringLiteral("redFlagState_") + flagName);
        state->setTextFormat(Qt::PlainText);
        auto* group = new QButtonGroup(this);
        group->addButton(no, kNo);
        group->addButton(yes, kYes);
        const std::size_t index = m_questions.size();
        connect(group, &QButtonGroup::idToggled, this, [this, index](int, bool checked) {
            if (checked) {
                updateState(m_questions[index]);
                updateWarning();
                emit changed();
            }
        });
        grid->addWidget(question, row, 0);
        grid->addWidget(no, row, 1, Qt::AlignTop);
        grid->addWidget(yes, row, 2, Qt::AlignTop);
        grid->addWidget(state, row, 3, Qt::AlignTop);
        m_questions.push_back({flag, group, state});
        ++row;
    }
    layout->addLayout(grid);

    m_missing = new FieldErrorLabel(this);
    m_missing->setObjectName(QStringLiteral("redFlagMissing"));
    layout->addWidget(m_missing);

    m_warning = new WrappedLabel(this);
    m_warning->setObjectName(QStringLiteral("redFlagWarning"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setVisible(false);
    layout->addWidget(m_warning);

    clearAnswers();
}

void RedFlagQuestions::clearAnswers()
{
    const QSignalBlocker blockSelf(this);
    m_reminding = false;
    for (Question& question : m_questions) {
        uncheck(question.group);
        updateState(question);
    }
    updateWarning();
}

void RedFlagQuestions::setAnswers(const std::vector<core::RedFlag>& yes)
{
    std::vector<core::RedFlag> no;
    for (const core::RedFlag flag : core::allValues<core::RedFlag>()) {
        if (!core::contains(yes, flag)) {
            no.push_back(flag);
        }
    }
    setAnswers(yes, no);
}

void RedFlagQuestions::setAnswers(const std::vector<core::RedFlag>& yes,
                                  const std::vector<core::RedFlag>& no)
{
    const QSignalBlocker blockSelf(this);
    m_reminding = false;
    for (Question& question : m_questions) {
        if (core::contains(yes, question.flag)) {
            question.group->button(kYes)->setChecked(true);
        } else if (core::contains(no, question.flag)) {
            question.group->button(kNo)->setChecked(true);
        } else {
            uncheck(question.group);
        }
        updateState(question);
    }
    updateWarning();
}

void RedFlagQuestions::setAnswer(core::RedFlag flag, bool yes)
{
    for (Question& question : m_questions) {
        if (question.flag == flag) {
            question.group->button(yes ? kYes : kNo)->setChecked(true);
        }
    }
}

std::vector<core::RedFlag> RedFlagQuestions::answers() const
{
    std::vector<core::RedFlag> out;
    for (const Question& question : m_questions) {
        if (question.group->checkedId() == kYes) {
            out.push_back(question.flag);
        }
    }
    return out;
}

std::vector<core::RedFlag> RedFlagQuestions::answeredNo() const
{
    std::vector<core::RedFlag> out;
    for (const Question& question : m_questions) {
        if (question.group->checkedId() == kNo) {
            out.push_back(question.flag);
        }
    }
    return out;
}

std::vector<core::RedFlag> RedFlagQuestions::unanswered() const
{
    std::vector<core::RedFlag> out;
    for (const Question& question : m_questions) {
        if (question.group->checkedId() == kUnanswered) {
            out.push_back(question.flag);
        }
    }
    return out;
}

bool RedFlagQuestions::checkAllAnswered()
{
    m_reminding = true;
    for (Question& question : m_questions) {
        updateState(question);
    }
    updateWarning();
    return isComplete();
}

void RedFlagQuestions::clearReminders()
{
    m_reminding = false;
    for (Question& question : m_questions) {
        updateState(question);
    }
    updateWarning();
}

QString RedFlagQuestions::describe(const std::vector<core::RedFlag>& flags)
{
    QStringList numbers;
    for (const core::RedFlag flag : flags) {
        numbers << QString::number(numberOf(flag));
    }
    // Spelled out for one and many: the app ships no translation files to pick plural forms.
    if (flags.size() == core::allValues<core::RedFlag>().size()) {
        return tr("all %1 red-flag questions").arg(flags.size());
    }
    const QString list = QLocale().createSeparatedList(numbers);
    return flags.size() == 1 ? tr("red-flag question %1").arg(list)
                             : tr("red-flag questions %1").arg(list);
}

void RedFlagQuestions::updateState(Question& question)
{
    const bool answered = question.group->checkedId() != kUnanswered;
    QLabel* state = question.state;
    state->setText(answered      ? QString()
                   : m_reminding ? tr("Please answer")
                                 : tr("Not answered yet"));
    state->setVisible(!answered);
    // Quiet grey until a save asks for the answer; then the same red as a field error.
    QPalette pal = palette();
    if (m_reminding && !answered) {
        pal.setColor(QPalette::WindowText, errorTextColour(pal));
    } else {
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    }
    state->setPalette(pal);
    QFont font = state->font();
    font.setItalic(!m_reminding);
    state->setFont(font);
}

void RedFlagQuestions::updateWarning()
{
    const std::size_t count = answers().size();
    m_warning->setVisible(count > 0);
    if (count > 0) {
        m_warning->setText(
            tr("⚠ %n question(s) answered yes. No exercise plan will be made until a doctor or "
               "physiotherapist has checked the leg.",
               nullptr, static_cast<int>(count)));
    }
    const std::vector<core::RedFlag> missing = unanswered();
    if (m_reminding && !missing.empty()) {
        m_missing->setError(tr("Not answered yet: %1. Every red-flag question needs a yes or a no.")
                                .arg(describe(missing)));
    } else {
        m_missing->setError({});
    }
}

} // namespace glidepath::ui
