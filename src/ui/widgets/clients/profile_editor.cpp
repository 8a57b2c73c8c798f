#include "widgets/clients/profile_editor.h"

#include "labels.h"
#include "models/client_labels.h"
#include "widgets/clients/precautions_section.h"
#include "widgets/clients/red_flag_questions.h"
#include "widgets/clients/surgery_section.h"
#include "widgets/common/check_list.h"
#include "widgets/common/field_error_label.h"
#include "widgets/common/wrapped_label.h"

#include <glidepath/report/issue_text.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace glidepath::ui {

namespace {

template <typename E> void fill(CheckList* list, const std::vector<E>& skip = {})
{
    for (const E value : core::allValues<E>()) {
        if (!core::contains(skip, value)) {
            list->addOption(static_cast<int>(value), Labels::of(value));
        }
    }
}

template <typename E> std::vector<E> valuesOf(const CheckList* list)
{
    std::vector<E> values;
    for (const int value : list->checkedValues()) {
        values.push_back(static_cast<E>(value));
    }
    return values;
}

template <typename E> QList<int> intsOf(const std::vector<E>& values)
{
    QList<int> ints;
    for (const E value : values) {
        ints.append(static_cast<int>(value));
    }
    return ints;
}

// A field with its error label underneath, as one row of the form. Narrow fields (numbers,
// short choices) keep their natural width instead of stretching across the form.
QWidget* withError(QWidget* field, FieldErrorLabel* error, bool narrow = false)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (narrow) {
        field->setSizePolicy(QSizePolicy::Fixed, field->sizePolicy().verticalPolicy());
        layout->addWidget(field, 0, Qt::AlignLeft);
    } else {
        layout->addWidget(field);
    }
    layout->addWidget(error);
    return box;
}

} // namespace

ProfileEditor::ProfileEditor(QWidget* parent) : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setMaxLength(200);
    m_name->setAccessibleName(tr("Name"));
    m_conditions = new CheckList(2, this);
    m_conditions->setObjectName(QStringLiteral("profileConditions"));
    fill<core::Condition>(m_conditions);
    m_side = new QComboBox(this);
    m_side->setObjectName(QStringLiteral("profileSide"));
    m_side->setAccessibleName(tr("Painful side"));
    for (const core::Side side : core::allValues<core::Side>()) {
        m_side->addItem(Labels::of(side), static_cast<int>(side));
    }
    m_goals = new CheckList(3, this);
    m_goals->setObjectName(QStringLiteral("profileGoals"));
    fill<core::Goal>(m_goals);
    m_equipment = new CheckList(4, this);
    m_equipment->setObjectName(QStringLiteral("profileEquipment"));
    // "Nothing" is the empty list; a tick box for it would only invite contradictions.
    fill<core::Equipment>(m_equipment, {core::Equipment::None});
    m_equipment->setToolTip(tr("Leave every box empty when there is no equipment at home."));

    m_sessions = new QSpinBox(this);
    m_sessions->setObjectName(QStringLiteral("profileSessions"));
    m_sessions->setRange(2, 7);
    m_sessions->setSuffix(tr(" a week"));
    m_sessions->setAccessibleName(tr("Sessions per week"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("profileMinutes"));
    m_minutes->setRange(10, 60);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Minutes per session"));
    m_age = new QSpinBox(this);
    m_age->setObjectName(QStringLiteral("profileAge"));
    m_age->setRange(0, 110);
    m_age->setSpecialValueText(tr("Not given"));
    m_age->setAccessibleName(tr("Age"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("profileNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);
    m_notes->setMaximumHeight(110);

    m_nameError = new FieldErrorLabel(this);
    m_nameError->setObjectName(QStringLiteral("profileNameError"));
    m_conditionsError = new FieldErrorLabel(this);
    m_conditionsError->setObjectName(QStringLiteral("profileConditionsError"));
    m_sideError = new FieldErrorLabel(this);
    m_goalsError = new FieldErrorLabel(this);
    m_equipmentError = new FieldErrorLabel(this);
    m_sessionsError = new FieldErrorLabel(this);
    m_minutesError = new FieldErrorLabel(this);
    m_ageError = new FieldErrorLabel(this);
    m_ageError->setObjectName(QStringLiteral("profileAgeError"));
    m_otherError = new FieldErrorLabel(this);

    auto* profileBox = new QGroupBox(tr("Profile"), this);
    auto* form = new QFormLayout(profileBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_nameLabel = new QLabel(tr("&Name:"), profileBox);
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_nameLabel, withError(m_name, m_nameError));
    form->addRow(tr("Conditions:"), withError(m_conditions, m_conditionsError));
    auto* sideLabel = new QLabel(tr("Painful &side:"), profileBox);
    sideLabel->setBuddy(m_side);
    form->addRow(sideLabel, withError(m_side, m_sideError, true));
    form->addRow(tr("Goals:"), withError(m_goals, m_goalsError));
    form->addRow(tr("Equipment at home:"), withError(m_equipment, m_equipmentError));
    auto* sessionsLabel = new QLabel(tr("Sessions per &week:"), profileBox);
    sessionsLabel->setBuddy(m_sessions);
    form->addRow(sessionsLabel, withError(m_sessions, m_sessionsError, true));
    auto* minutesLabel = new QLabel(tr("Min&utes per session:"), profileBox);
    minutesLabel->setBuddy(m_minutes);
    form->addRow(minutesLabel, withError(m_minutes, m_minutesError, true));
    auto* ageLabel = new QLabel(tr("&Age:"), profileBox);
    ageLabel->setBuddy(m_age);
    form->addRow(ageLabel, withError(m_age, m_ageError, true));
    // Clinician mode only: who is due for review sorts the Clients page list.
    m_reviewSet = new QCheckBox(tr("Set a date"), profileBox);
    m_reviewSet->setObjectName(QStringLiteral("profileReviewSet"));
    m_reviewSet->setToolTip(tr("Without a date the next review is the day after the current "
                               "plan's week."));
    m_review = new QDateEdit(profileBox);
    m_review->setObjectName(QStringLiteral("profileNextReview"));
    m_review->setCalendarPopup(true);
    m_review->setDateRange(toQDate(core::kEarliestDate), toQDate(core::kLatestDate));
    m_review->setDisplayFormat(Labels::dateFormat(Labels::DateStyle::WeekdayDate));
    m_review->setAccessibleName(tr("Next review date"));
    auto* reviewRow = new QWidget(profileBox);
    auto* reviewLayout = new QHBoxLayout(reviewRow);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addWidget(m_reviewSet);
    reviewLayout->addWidget(m_review);
    reviewLayout->addStretch(1);
    m_reviewLabel = new QLabel(tr("Ne&xt review:"), profileBox);
    m_reviewLabel->setBuddy(m_reviewSet);
    form->addRow(m_reviewLabel, reviewRow);
    m_reviewRow = reviewRow;
    auto* notesLabel = new QLabel(tr("N&otes:"), profileBox);
    notesLabel->setBuddy(m_notes);
    form->addRow(notesLabel, m_notes);
    form->addRow(m_otherError);

    // The post-surgery pathway and the precautions: sections of their own, below the profile.
    m_surgery = new SurgerySection(this);
    m_surgeryError = new FieldErrorLabel(this);
    m_surgeryError->setObjectName(QStringLiteral("profileSurgeryError"));
    m_surgery->layout()->addWidget(m_surgeryError);
    m_precautions = new PrecautionsSection(this);

    auto* screeningBox = new QGroupBox(tr("Red-flag screening"), this);
    auto* screeningLayout = new QVBoxLayout(screeningBox);
    m_screeningIntro = new WrappedLabel(screeningBox);
    m_screening = new RedFlagQuestions(screeningBox);
    m_screening->setObjectName(QStringLiteral("profileScreening"));
    screeningLayout->addWidget(m_screeningIntro);
    screeningLayout->addWidget(m_screening);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(profileBox);
    layout->addWidget(m_surgery);
    layout->addWidget(m_precautions);
    layout->addWidget(screeningBox);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, &ProfileEditor::markModified);
    connect(m_conditions, &CheckList::edited, this, &ProfileEditor::markModified);
    connect(m_side, &QComboBox::currentIndexChanged, this, &ProfileEditor::markModified);
    connect(m_goals, &CheckList::edited, this, &ProfileEditor::markModified);
    connect(m_equipment, &CheckList::edited, this, &ProfileEditor::markModified);
    connect(m_sessions, &QSpinBox::valueChanged, this, &ProfileEditor::markModified);
    connect(m_minutes, &QSpinBox::valueChanged, this, &ProfileEditor::markModified);
    connect(m_age, &QSpinBox::valueChanged, this, &ProfileEditor::markModified);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ProfileEditor::markModified);
    connect(m_reviewSet, &QCheckBox::toggled, this, [this](bool on) {
        m_review->setEnabled(on);
        markModified();
    });
    connect(m_review, &QDateEdit::dateChanged, this, &ProfileEditor::markModified);
    connect(m_screening, &RedFlagQuestions::changed, this, &ProfileEditor::markModified);
    connect(m_conditions, &CheckList::edited, this, &ProfileEditor::updateSurgeryVisibility);
    connect(m_surgery, &SurgerySection::changed, this, &ProfileEditor::markModified);
    connect(m_precautions, &PrecautionsSection::changed, this, &ProfileEditor::markModified);

    setWording(Wording::Clinician);
    setProfile({}, {}, {});
}

void ProfileEditor::updateSurgeryVisibility()
{
    // isHidden, not isVisible: the editor itself may not be on screen yet.
    m_surgery->setHidden(!m_conditions->isChecked(static_cast<int>(core::Condition::PostSurgery)));
}

void ProfileEditor::setWording(Wording wording)
{
    m_surgery->setPersonal(wording == Wording::Personal);
    m_precautions->setPersonal(wording == Wording::Personal);
    // A review date is the clinician's; at home it would only be a date nobody set.
    m_reviewLabel->setHidden(wording == Wording::Personal);
    m_reviewRow->setHidden(wording == Wording::Personal);
    if (wording == Wording::Personal) {
        m_nameLabel->setText(tr("Your &name:"));
        m_screeningIntro->setText(
            tr("Please answer each question. A \"yes\" means a doctor or physiotherapist should "
               "check your leg before you start: Glidepath will not make a plan until then."));
    } else {
        m_nameLabel->setText(tr("&Name:"));
        m_screeningIntro->setText(
            tr("Ask each question at the first visit. Any \"yes\" blocks the exercise plan and "
               "shows referral advice instead."));
    }
}

void ProfileEditor::setProfile(const core::ClientProfile& profile,
                               const std::vector<core::RedFlag>& screeningRedFlags,
                               const std::vector<core::RedFlag>& screeningAnsweredNo)
{
    m_loading = true;
    m_name->setText(QString::fromStdString(profile.name));
    m_conditions->setCheckedValues(intsOf(profile.conditions));
    m_side->setCurrentIndex(m_side->findData(static_cast<int>(profile.side)));
    m_goals->setCheckedValues(intsOf(profile.goals));
    m_equipment->setCheckedValues(intsOf(profile.equipment));
    m_sessions->setValue(profile.sessionsPerWeek);
    m_minutes->setValue(profile.minutesPerSession);
    m_age->setValue(profile.age);
    m_notes->setPlainText(QString::fromStdString(profile.notes));
    m_reviewSet->setChecked(profile.nextReview.has_value());
    m_review->setEnabled(profile.nextReview.has_value());
    // Unset, the date offered when the box is ticked is a week from today.
    m_review->setDate(toQDate(profile.nextReview.value_or(m_today + std::chrono::days(7))));
    m_screening->setAnswers(screeningRedFlags, screeningAnsweredNo);
    m_surgery->setSurgery(profile.surgery, m_today);
    m_precautions->setValues(profile.precautions, profile.hipBalance);
    updateSurgeryVisibility();
    m_loading = false;
    clearIssues();
    setModified(false);
}

core::ClientProfile ProfileEditor::profile() const
{
    core::ClientProfile profile;
    profile.name = m_name->text().trimmed().toStdString();
    profile.conditions = valuesOf<core::Condition>(m_conditions);
    profile.side = static_cast<core::Side>(m_side->currentData().toInt());
    profile.goals = valuesOf<core::Goal>(m_goals);
    profile.equipment = valuesOf<core::Equipment>(m_equipment);
    profile.sessionsPerWeek = m_sessions->value();
    profile.minutesPerSession = m_minutes->value();
    profile.age = m_age->value();
    profile.notes = m_notes->toPlainText().trimmed().toStdString();
    if (m_reviewSet->isChecked()) {
        profile.nextReview = fromQDate(m_review->date());
    }
    // The operation is only recorded for the post-surgery pathway.
    if (!m_surgery->isHidden()) {
        profile.surgery = m_surgery->surgery();
    }
    profile.precautions = m_precautions->precautions();
    profile.hipBalance = m_precautions->hipBalance();
    return profile;
}

std::vector<core::RedFlag> ProfileEditor::screeningRedFlags() const
{
    return m_screening->answers();
}

std::vector<core::RedFlag> ProfileEditor::screeningAnsweredNo() const
{
    return m_screening->answeredNo();
}

bool ProfileEditor::checkScreening()
{
    return m_screening->checkAllAnswered();
}

bool ProfileEditor::validate()
{
    const std::vector<core::FieldIssue> issues = core::validateProfile(profile());
    showIssues(issues);
    return issues.empty();
}

FieldErrorLabel* ProfileEditor::errorLabelFor(const std::string& field) const
{
    const std::string name = field.substr(0, field.find('/'));
    if (name == "name") {
        return m_nameError;
    }
    if (name == "conditions") {
        return m_conditionsError;
    }
    if (name == "side") {
        return m_sideError;
    }
    if (name == "goals") {
        return m_goalsError;
    }
    if (name == "equipment") {
        return m_equipmentError;
    }
    if (name == "sessions_per_week") {
        return m_sessionsError;
    }
    if (name == "minutes_per_session") {
        return m_minutesError;
    }
    if (name == "age") {
        return m_ageError;
    }
    if (name == "surgery") {
        return m_surgeryError;
    }
    return m_otherError;
}

void ProfileEditor::showIssues(const std::vector<core::FieldIssue>& issues)
{
    clearIssues();
    for (const core::FieldIssue& issue : issues) {
        FieldErrorLabel* label = errorLabelFor(issue.field);
        QString text = report::issueText(issue);
        if (label == m_otherError) {
            text = QStringLiteral("%1: %2").arg(QString::fromStdString(issue.field), text);
        }
        label->setError(label->error().isEmpty() ? text
                                                 : label->error() + QLatin1Char('\n') + text);
    }
    setInvalid(m_name, !m_nameError->error().isEmpty());
    setInvalid(m_age, !m_ageError->error().isEmpty());
}

void ProfileEditor::clearIssues()
{
    for (FieldErrorLabel* label :
         {m_nameError, m_conditionsError, m_sideError, m_goalsError, m_equipmentError,
          m_sessionsError, m_minutesError, m_ageError, m_surgeryError, m_otherError}) {
        label->setError({});
    }
    setInvalid(m_name, false);
    setInvalid(m_age, false);
}

void ProfileEditor::focusFirstError()
{
    const std::pair<FieldErrorLabel*, QWidget*> order[] = {
        {m_nameError, m_name},           {m_conditionsError, m_conditions},
        {m_sideError, m_side},           {m_goalsError, m_goals},
        {m_equipmentError, m_equipment}, {m_sessionsError, m_sessions},
        {m_minutesError, m_minutes},     {m_ageError, m_age},
    };
    for (const auto& [label, widget] : order) {
        if (!label->error().isEmpty()) {
            widget->setFocus(Qt::OtherFocusReason);
            if (auto* list = qobject_cast<CheckList*>(widget)) {
                // A grid of boxes cannot take focus itself; its first box can.
                if (QWidget* first =
                        list->focusProxy() ? list->focusProxy() : list->nextInFocusChain()) {
                    first->setFocus(Qt::OtherFocusReason);
                }
            }
            return;
        }
    }
}

void ProfileEditor::setModified(bool modified)
{
    if (m_modified != modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

void ProfileEditor::markModified()
{
    if (!m_loading) {
        setModified(true);
    }
}

} // namespace glidepath::ui
