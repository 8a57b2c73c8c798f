#include "widgets/clients/precautions_section.h"

#include "models/profile_extra_labels.h"
#include "widgets/common/check_list.h"
#include "widgets/common/wrapped_label.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include <array>

namespace glidepath::ui {

namespace {

constexpr int kUnanswered = 0;
constexpr int kYes = 1;
constexpr int kNo = 2;

using HipQuestion = ProfileExtraLabels::HipQuestion;
constexpr std::array<HipQuestion, 4> kQuestions{
    HipQuestion::SitsForLongPeriods, HipQuestion::BackPain, HipQuestion::RepetitiveMotion,
    HipQuestion::DoesHipBalanceWork};
constexpr std::array<const char*, 4> kQuestionNames{"SitsForLongPeriods", "BackPain",
                                                    "RepetitiveMotion", "DoesHipBalanceWork"};

} // namespace

PrecautionsSection::PrecautionsSection(QWidget* parent)
    : QGroupBox(tr("Precautions and hip balance"), parent)
{
    setObjectName(QStringLiteral("precautionsSection"));
    m_precautions = new CheckList(2, this);
    m_precautions->setObjectName(QStringLiteral("profilePrecautions"));
    for (const core::ClientPrecaution value : core::allValues<core::ClientPrecaution>()) {
        m_precautions->addOption(static_cast<int>(value), ProfileExtraLabels::of(value));
    }
    auto* layout = new QVBoxLayout(this);
    auto* precautionsTitle = new QLabel(tr("Tick any that apply:"), this);
    layout->addWidget(precautionsTitle);
    layout->addWidget(m_precautions);

    auto* hipTitle =
        new WrappedLabel(tr("Hip-balance self-check (leave a question blank if you do not "
                            "know the answer):"),
                         this);
    layout->addSpacing(6);
    layout->addWidget(hipTitle);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    grid->setHorizontalSpacing(12);
    for (std::size_t i = 0; i < kQuestions.size(); ++i) {
        const int row = static_cast<int>(i);
        auto* question = new WrappedLabel(this);
        auto* yes = new QRadioButton(tr("Yes"), this);
        auto* no = new QRadioButton(tr("No"), this);
        // A hidden third button lets the group show "not answered" (no button checked).
        auto* unanswered = new QRadioButton(this);
        unanswered->hide();
        const QString name = QString::fromLatin1(kQuestionNames[i]);
        yes->setObjectName(QStringLiteral("hipYes_") + name);
        no->setObjectName(QStringLiteral("hipNo_") + name);
        unanswered->setObjectName(QStringLiteral("hipUnanswered_") + name);
        auto* group = new QButtonGroup(this);
        group->addButton(unanswered, kUnanswered);
        group->addButton(yes, kYes);
        group->addButton(no, kNo);
        unanswered->setChecked(true);
        connect(group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked && !m_loading) {
                emit changed();
            }
        });
        grid->addWidget(question, row, 0);
        grid->addWidget(yes, row, 1, Qt::AlignTop);
        grid->addWidget(no, row, 2, Qt::AlignTop);
        m_questions.push_back(question);
        m_answers.push_back(group);
    }
    layout->addLayout(grid);
    auto* why =
        new WrappedLabel(tr("A yes to any of the first three and a no to the last puts more "
                            "hip strength and hip mobility work into the plan."),
                         this);
    why->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(why);

    connect(m_precautions, &CheckList::edited, this, [this] {
        if (!m_loading) {
            emit changed();
        }
    });
    setPersonal(false);
}

void PrecautionsSection::setPersonal(bool personal)
{
    for (std::size_t i = 0; i < kQuestions.size(); ++i) {
        m_questions[i]->setText(ProfileExtraLabels::question(kQuestions[i], personal));
        const QString text = m_questions[i]->text();
        m_answers[i]->button(kYes)->setAccessibleName(tr("Yes: %1").arg(text));
        m_answers[i]->button(kNo)->setAccessibleName(tr("No: %1").arg(text));
    }
}

void PrecautionsSection::setAnswer(int question, const std::optional<bool>& answer)
{
    const int id = !answer ? kUnanswered : (*answer ? kYes : kNo);
    m_answers[static_cast<std::size_t>(question)]->button(id)->setChecked(true);
}

std::optional<bool> PrecautionsSection::answer(int question) const
{
    switch (m_answers[static_cast<std::size_t>(question)]->checkedId()) {
    case kYes:
        return true;
    case kNo:
        return false;
    default:
        return std::nullopt;
    }
}

void PrecautionsSection::setValues(const std::vector<core::ClientPrecaution>& precautions,
                                   const core::HipBalanceCheck& hipBalance)
{
    m_loading = true;
    QList<int> checked;
    for (const core::ClientPrecaution value : precautions) {
        checked.append(static_cast<int>(value));
    }
    m_precautions->setCheckedValues(checked);
    setAnswer(0, hipBalance.sitsForLongPeriods);
    setAnswer(1, hipBalance.backPain);
    setAnswer(2, hipBalance.repetitiveMotion);
    setAnswer(3, hipBalance.doesHipBalanceWork);
    m_loading = false;
}

std::vector<core::ClientPrecaution> PrecautionsSection::precautions() const
{
    std::vector<core::ClientPrecaution> values;
    for (const int value : m_precautions->checkedValues()) {
        values.push_back(static_cast<core::ClientPrecaution>(value));
    }
    return values;
}

core::HipBalanceCheck PrecautionsSection::hipBalance() const
{
    core::HipBalanceCheck check;
    check.sitsForLongPeriods = answer(0);
    check.backPain = answer(1);
    check.repetitiveMotion = answer(2);
    check.doesHipBalanceWork = answer(3);
    return check;
}

} // namespace glidepath::ui
