#include "widgets/clients/red_flag_questions.h"

#include "models/client_labels.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace glidepath::ui {

namespace {

constexpr int kNo = 0;
constexpr int kYes = 1;

} // namespace

RedFlagQuestions::RedFlagQuestions(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    grid->setHorizontalSpacing(12);
    int row = 0;
    for (const core::RedFlag flag : core::allValues<core::RedFlag>()) {
        const QString flagName = QString::fromUtf8(
            core::toString(flag).data(), static_cast<qsizetype>(core::toString(flag).size()));
        auto* question = new QLabel(ClientLabels::redFlagQuestion(flag), this);
        question->setWordWrap(true);
        auto* no = new QRadioButton(tr("No"), this);
        auto* yes = new QRadioButton(tr("Yes"), this);
        no->setObjectName(QStringLiteral("redFlagNo_") + flagName);
        yes->setObjectName(QStringLiteral("redFlagYes_") + flagName);
        no->setAccessibleName(tr("No: %1").arg(question->text()));
        yes->setAccessibleName(tr("Yes: %1").arg(question->text()));
        no->setChecked(true);
        auto* group = new QButtonGroup(this);
        group->addButton(no, kNo);
        group->addButton(yes, kYes);
        connect(group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked) {
                updateWarning();
                emit changed();
            }
        });
        grid->addWidget(question, row, 0);
        grid->addWidget(no, row, 1, Qt::AlignTop);
        grid->addWidget(yes, row, 2, Qt::AlignTop);
        m_groups.emplace_back(flag, group);
        ++row;
    }
    layout->addLayout(grid);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("redFlagWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setVisible(false);
    layout->addWidget(m_warning);
}

void RedFlagQuestions::setAnswers(const std::vector<core::RedFlag>& yes)
{
    const QSignalBlocker blockSelf(this);
    for (auto& [flag, group] : m_groups) {
        group->button(core::contains(yes, flag) ? kYes : kNo)->setChecked(true);
    }
    updateWarning();
}

void RedFlagQuestions::setAnswer(core::RedFlag flag, bool yes)
{
    for (auto& [f, group] : m_groups) {
        if (f == flag) {
            group->button(yes ? kYes : kNo)->setChecked(true);
        }
    }
}

std::vector<core::RedFlag> RedFlagQuestions::answers() const
{
    std::vector<core::RedFlag> yes;
    for (const auto& [flag, group] : m_groups) {
        if (group->checkedId() == kYes) {
            yes.push_back(flag);
        }
    }
    return yes;
}

void RedFlagQuestions::updateWarning()
{
    const std::size_t count = answers().size();
    m_warning->setVisible(count > 0);
    if (count > 0) {
        m_warning->setText(
            tr("⚠ %n question(s) answered yes. No exercise plan will be made: the client needs "
               "a medical assessment first.",
               nullptr, static_cast<int>(count)));
    }
}

} // namespace glidepath::ui
