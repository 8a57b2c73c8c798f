#include "widgets/clients/check_in_form.h"

#include "labels.h"
#include "models/client_labels.h"
#include "widgets/clients/pain_slider.h"
#include "widgets/clients/red_flag_questions.h"
#include "widgets/common/field_error_label.h"

#include <glidepath/report/issue_text.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace glidepath::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
constexpr int kNotEntered = -1;

template <typename E> void fillCombo(QComboBox* combo)
{
    for (const E value : core::allValues<E>()) {
        combo->addItem(Labels::of(value), static_cast<int>(value));
    }
}

template <typename E> void selectData(QComboBox* combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

} // namespace

CheckInForm::CheckInForm(QWidget* parent) : QWidget(parent)
{
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("checkInDate"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Check-in date"));

    m_painRest = new PainSlider(tr("Pain at rest"), this);
    m_painRest->setObjectName(QStringLiteral("painRest"));
    m_painActivity = new PainSlider(tr("Pain during daily activity"), this);
    m_painActivity->setObjectName(QStringLiteral("painActivity"));
    m_painExercise = new PainSlider(tr("Pain during the exercises"), this);
    m_painExercise->setObjectName(QStringLiteral("painExercise"));
    m_painExercise->setZones(2, 5);

    m_nextMorning = new QComboBox(this);
    m_nextMorning->setObjectName(QStringLiteral("nextMorning"));
    m_nextMorning->setAccessibleName(tr("Pain the morning after exercising"));
    fillCombo<core::NextMorning>(m_nextMorning);
    m_nightPain = new QCheckBox(tr("Pain at night this week"), this);
    m_nightPain->setObjectName(QStringLiteral("nightPain"));
    m_swelling = new QComboBox(this);
    m_swelling->setObjectName(QStringLiteral("swelling"));
    m_swelling->setAccessibleName(tr("Swelling"));
    fillCombo<core::Swelling>(m_swelling);

    m_done = new QSpinBox(this);
    m_done->setObjectName(QStringLiteral("sessionsDone"));
    // -1 is "not entered": a new check-in asks, it does not assume every session was done.
    m_done->setRange(kNotEntered, 14);
    m_done->setSpecialValueText(tr("not entered"));
    m_done->setAccessibleName(tr("Sessions done"));
    m_planned = new QSpinBox(this);
    m_planned->setObjectName(QStringLiteral("sessionsPlanned"));
    m_planned->setRange(1, 14);
    m_planned->setAccessibleName(tr("Sessions planned"));
    m_loggedNote = new QLabel(this);
    m_loggedNote->setObjectName(QStringLiteral("loggedSessionsNote"));
    m_loggedNote->setWordWrap(true);
    m_loggedNote->setForegroundRole(QPalette::PlaceholderText);
    m_loggedNote->hide();
    auto* adherence = new QWidget(this);
    auto* adherenceLayout = new QHBoxLayout(adherence);
    adherenceLayout->setContentsMargins(0, 0, 0, 0);
    adherenceLayout->addWidget(m_done);
    adherenceLayout->addWidget(new QLabel(tr("done of"), adherence));
    adherenceLayout->addWidget(m_planned);
    adherenceLayout->addWidget(new QLabel(tr("planned"), adherence));
    adherenceLayout->addStretch(1);

    m_difficulty = new QComboBox(this);
    m_difficulty->setObjectName(QStringLiteral("difficulty"));
    m_difficulty->setAccessibleName(tr("How hard the week's exercises felt"));
    fillCombo<core::Difficulty>(m_difficulty);

    // Exercises that hurt: pick one from the library, rate it, add it to the list.
    m_painfulPicker = new QComboBox(this);
    m_painfulPicker->setObjectName(QStringLiteral("painfulExercisePicker"));
    m_painfulPicker->setEditable(true);
    m_painfulPicker->setInsertPolicy(QComboBox::NoInsert);
    // The suggestions are ranked by exercise_match (words and word starts, this week's plan
    // first); the completer shows them as they come.
    m_suggestions = new QStandardItemModel(this);
    auto* completer = new QCompleter(m_suggestions, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_painfulPicker->setCompleter(completer);
    m_painfulPicker->setAccessibleName(tr("Exercise that hurt"));
    m_painfulPicker->setMinimumContentsLength(18);
    m_painfulPicker->lineEdit()->setPlaceholderText(tr("Type or choose an exercise"));
    m_painfulPain = new QSpinBox(this);
    m_painfulPain->setObjectName(QStringLiteral("painfulExercisePain"));
    m_painfulPain->setRange(0, 10);
    m_painfulPain->setValue(5);
    m_painfulPain->setSuffix(tr("/10"));
    m_painfulPain->setAccessibleName(tr("Pain during that exercise"));
    m_addPainful = new QPushButton(tr("Add"), this);
    m_addPainful->setObjectName(QStringLiteral("addPainfulExercise"));
    m_painful = new QTableWidget(0, 2, this);
    m_painful->setObjectName(QStringLiteral("painfulExercisesTable"));
    m_painful->setHorizontalHeaderLabels({tr("Exercise"), tr("Pain")});
    m_painful->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_painful->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_painful->verticalHeader()->setVisible(false);
    m_painful->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_painful->setSelectionMode(QAbstractItemView::SingleSelection);
    m_painful->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_painful->setMaximumHeight(130);
    m_painful->setAccessibleName(tr("Exercises that hurt"));
    m_removePainful = new QPushButton(tr("Remove"), this);
    m_removePainful->setObjectName(QStringLiteral("removePainfulExercise"));
    m_removePainful->setEnabled(false);
    auto* picker = new QWidget(this);
    auto* pickerLayout = new QHBoxLayout(picker);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    pickerLayout->addWidget(m_painfulPicker, 1);
    pickerLayout->addWidget(m_painfulPain);
    pickerLayout->addWidget(m_addPainful);
    auto* painfulBox = new QWidget(this);
    auto* painfulLayout = new QVBoxLayout(painfulBox);
    painfulLayout->setContentsMargins(0, 0, 0, 0);
    painfulLayout->addWidget(picker);
    painfulLayout->addWidget(m_painful);
    auto* removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_removePainful);
    painfulLayout->addLayout(removeRow);

    m_redFlags = new RedFlagQuestions(this);
    m_redFlags->setObjectName(QStringLiteral("checkInRedFlags"));

    m_painError = new FieldErrorLabel(this);
    m_adherenceError = new FieldErrorLabel(this);
    m_adherenceError->setObjectName(QStringLiteral("adherenceError"));
    m_painfulError = new FieldErrorLabel(this);
    m_otherError = new FieldErrorLabel(this);

    auto* painBox = new QGroupBox(tr("Pain this week (0 = none, 10 = worst imaginable)"), this);
    auto* painForm = new QFormLayout(painBox);
    painForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    painForm->addRow(tr("Check-in &date:"), m_date);
    auto* restLabel = new QLabel(tr("At &rest:"), painBox);
    restLabel->setBuddy(m_painRest->slider());
    painForm->addRow(restLabel, m_painRest);
    auto* activityLabel = new QLabel(tr("During &activity:"), painBox);
    activityLabel->setBuddy(m_painActivity->slider());
    painForm->addRow(activityLabel, m_painActivity);
    auto* exerciseLabel = new QLabel(tr("During the e&xercises:"), painBox);
    exerciseLabel->setBuddy(m_painExercise->slider());
    painForm->addRow(exerciseLabel, m_painExercise);
    painForm->addRow(m_painError);
    auto* morningLabel = new QLabel(tr("&Next morning:"), painBox);
    morningLabel->setBuddy(m_nextMorning);
    painForm->addRow(morningLabel, m_nextMorning);
    painForm->addRow(tr("Night pain:"), m_nightPain);
    auto* swellingLabel = new QLabel(tr("Swellin&g:"), painBox);
    swellingLabel->setBuddy(m_swelling);
    painForm->addRow(swellingLabel, m_swelling);

    auto* weekBox = new QGroupBox(tr("The exercise week"), this);
    auto* weekForm = new QFormLayout(weekBox);
    weekForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* doneLabel = new QLabel(tr("&Sessions:"), weekBox);
    doneLabel->setBuddy(m_done);
    weekForm->addRow(doneLabel, adherence);
    weekForm->addRow(QString(), m_loggedNote);
    weekForm->addRow(m_adherenceError);
    auto* difficultyLabel = new QLabel(tr("Difficult&y:"), weekBox);
    difficultyLabel->setBuddy(m_difficulty);
    weekForm->addRow(difficultyLabel, m_difficulty);
    auto* painfulLabel = new QLabel(tr("Exercises that h&urt:"), weekBox);
    painfulLabel->setBuddy(m_painfulPicker);
    weekForm->addRow(painfulLabel, painfulBox);
    weekForm->addRow(m_painfulError);

    auto* flagsBox = new QGroupBox(tr("Red-flag questions (ask again every week)"), this);
    auto* flagsLayout = new QVBoxLayout(flagsBox);
    flagsLayout->addWidget(m_redFlags);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(painBox);
    layout->addWidget(weekBox);
    layout->addWidget(flagsBox);
    layout->addWidget(m_otherError);
    layout->addStretch(1);

    connect(m_addPainful, &QPushButton::clicked, this, &CheckInForm::addSelectedPainfulExercise);
    connect(m_painfulPicker->lineEdit(), &QLineEdit::textEdited, this,
            &CheckInForm::suggestPainful);
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const int item = m_painfulPicker->findData(index.data(kIdRole), kIdRole);
                if (item >= 0) {
                    m_painfulPicker->setCurrentIndex(item);
                }
            });
    connect(m_removePainful, &QPushButton::clicked, this,
            &CheckInForm::removeSelectedPainfulExercise);
    connect(m_painful, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removePainful->setEnabled(!m_painful->selectedItems().isEmpty()); });
    connect(m_date, &QDateEdit::dateChanged, this, &CheckInForm::markModified);
    for (PainSlider* slider : {m_painRest, m_painActivity, m_painExercise}) {
        connect(slider, &PainSlider::valueChanged, this, &CheckInForm::markModified);
    }
    for (QComboBox* combo : {m_nextMorning, m_swelling, m_difficulty}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &CheckInForm::markModified);
    }
    connect(m_nightPain, &QCheckBox::toggled, this, &CheckInForm::markModified);
    connect(m_done, &QSpinBox::valueChanged, this, &CheckInForm::markModified);
    connect(m_planned, &QSpinBox::valueChanged, this, &CheckInForm::markModified);
    connect(m_redFlags, &RedFlagQuestions::changed, this, &CheckInForm::markModified);
}

void CheckInForm::setLookup(Lookup lookup, NamesOf namesOf)
{
    m_lookup = std::move(lookup);
    m_namesOf = std::move(namesOf);
}

void CheckInForm::refreshExercises()
{
    m_listed = true;
    m_names.clear();
    setPlannedExercises(m_plannedIds); // their names may have changed too
}

void CheckInForm::setPlannedExercises(const std::vector<std::string>& ids)
{
    m_plannedIds = ids;
    if (!m_listed) {
        return; // read when the form is first shown (refreshExercises)
    }
    m_plannedExercises.clear();
    std::unordered_map<std::string, std::string> names;
    if (m_namesOf && !ids.empty()) {
        names = m_namesOf(ids);
    }
    // Planned exercises deleted from the library since are not offered.
    for (const std::string& id : ids) {
        const auto name = names.find(id);
        const QString key = QString::fromStdString(id);
        const bool listed =
            std::any_of(m_plannedExercises.begin(), m_plannedExercises.end(),
                        [&key](const exercise_match::Candidate& c) { return c.id == key; });
        if (name != names.end() && !listed) { // a plan names an exercise on several days
            const QString text = QString::fromStdString(name->second);
            m_names[id] = text;
            m_plannedExercises.push_back({QString::fromStdString(id), text, true});
        }
    }
    fillPicker();
}

std::vector<exercise_match::Candidate> CheckInForm::candidates(const QString& text, int limit) const
{
    std::vector<exercise_match::Candidate> found = m_plannedExercises;
    if (!m_lookup) {
        return found;
    }
    for (exercise_match::Candidate& candidate : m_lookup(text, limit)) {
        const bool planned =
            std::any_of(m_plannedExercises.begin(), m_plannedExercises.end(),
                        [&candidate](const auto& p) { return p.id == candidate.id; });
        if (!planned) {
            m_names[candidate.id.toStdString()] = candidate.name;
            candidate.planned = false;
            found.push_back(std::move(candidate));
        }
    }
    return found;
}

void CheckInForm::fillPicker()
{
    // Planned exercises and the first names of the library; typing finds the others.
    constexpr int kListed = 50;
    const std::vector<exercise_match::Candidate> listed = candidates(QString(), kListed);
    const QString current = m_painfulPicker->currentData(kIdRole).toString();
    m_painfulPicker->clear();
    // This week's planned exercises first, then the rest of the library by name.
    for (const int index : exercise_match::rank(listed, QString())) {
        const exercise_match::Candidate& candidate = listed[static_cast<std::size_t>(index)];
        m_painfulPicker->addItem(candidate.planned ? tr("%1 (this week's plan)").arg(candidate.name)
                                                   : candidate.name);
        m_painfulPicker->setItemData(m_painfulPicker->count() - 1, candidate.id, kIdRole);
        m_painfulPicker->setItemData(m_painfulPicker->count() - 1, candidate.name, kNameRole);
    }
    // Nothing is preselected: the user names the exercise that hurt.
    m_painfulPicker->setCurrentIndex(m_painfulPicker->findData(current, kIdRole));
    // Rows already listed keep their id; refresh their names.
    for (int row = 0; row < m_painful->rowCount(); ++row) {
        QTableWidgetItem* item = m_painful->item(row, 0);
        item->setText(exerciseName(item->data(kIdRole).toString()));
    }
}

void CheckInForm::suggestPainful(const QString& text)
{
    m_suggestions->clear();
    if (text.trimmed().isEmpty()) {
        return;
    }
    constexpr int kShown = 30;
    const std::vector<exercise_match::Candidate> found = candidates(text, kShown);
    int shown = 0;
    for (const int index : exercise_match::rank(found, text)) {
        if (shown++ >= kShown) {
            break;
        }
        const exercise_match::Candidate& candidate = found[static_cast<std::size_t>(index)];
        auto* item = new QStandardItem(
            candidate.planned ? tr("%1 (this week's plan)").arg(candidate.name) : candidate.name);
        item->setData(candidate.id, kIdRole);
        m_suggestions->appendRow(item);
    }
    if (m_painfulPicker->hasFocus() && m_painfulPicker->isVisible()) {
        m_painfulPicker->completer()->setCompletionPrefix(QString());
        m_painfulPicker->completer()->complete();
    }
}

void CheckInForm::setLoggedSessions(std::optional<int> logged)
{
    m_loggedSessions = logged;
}

void CheckInForm::setPainZones(int safeMax, int acceptableMax)
{
    m_painExercise->setZones(safeMax, acceptableMax);
}

QString CheckInForm::exerciseName(const QString& id) const
{
    const std::string key = id.toStdString();
    if (const auto known = m_names.find(key); known != m_names.end()) {
        return known->second;
    }
    if (m_namesOf) {
        const auto names = m_namesOf({key});
        if (const auto found = names.find(key); found != names.end()) {
            return m_names[key] = QString::fromStdString(found->second);
        }
    }
    return id;
}

void CheckInForm::reset(core::Date date, int plannedSessions)
{
    core::CheckIn blank;
    blank.date = date;
    setCheckIn(blank, plannedSessions);
    // Nothing is answered for the user: pain, sessions done and the red-flag questions start
    // empty, and the check-in cannot be saved until each is given.
    m_loading = true;
    for (PainSlider* slider : {m_painRest, m_painActivity, m_painExercise}) {
        slider->clear();
    }
    // Sessions logged that week are data, not a guess: they fill "sessions done", said so
    // beside the field; without logs the field waits for an answer.
    m_done->setValue(m_loggedSessions ? std::min(*m_loggedSessions, m_done->maximum())
                                      : kNotEntered);
    m_loggedNote->setText(
        m_loggedSessions ? tr("Filled in from the %n session(s) logged in the week before this "
                              "check-in; change it if more were done without being logged.",
                              nullptr, *m_loggedSessions)
                         : QString());
    m_loggedNote->setVisible(m_loggedSessions.has_value());
    m_redFlags->clearAnswers();
    m_loading = false;
    clearIssues();
    setModified(false);
}

void CheckInForm::setCheckIn(const core::CheckIn& checkIn, int plannedSessions)
{
    m_loading = true;
    m_date->setDate(toQDate(checkIn.date));
    m_painRest->setValue(checkIn.painRest);
    m_painActivity->setValue(checkIn.painActivity);
    m_painExercise->setValue(checkIn.painExercise);
    selectData(m_nextMorning, checkIn.nextMorning);
    m_nightPain->setChecked(checkIn.nightPain);
    selectData(m_swelling, checkIn.swelling);
    m_planned->setValue(plannedSessions);
    m_done->setValue(static_cast<int>(std::lround(checkIn.adherence * m_planned->value())));
    selectData(m_difficulty, checkIn.difficulty);
    m_painful->setRowCount(0);
    for (const auto& [id, pain] : checkIn.painfulExercises) {
        addPainfulExercise(QString::fromStdString(id), pain);
    }
    m_redFlags->setAnswers(checkIn.redFlags);
    m_loading = false;
    clearIssues();
    setModified(false);
}

core::CheckIn CheckInForm::checkIn() const
{
    core::CheckIn c;
    c.date = fromQDate(m_date->date());
    c.painRest = m_painRest->value();
    c.painActivity = m_painActivity->value();
    c.painExercise = m_painExercise->value();
    c.nextMorning = static_cast<core::NextMorning>(m_nextMorning->currentData().toInt());
    c.nightPain = m_nightPain->isChecked();
    c.swelling = static_cast<core::Swelling>(m_swelling->currentData().toInt());
    c.adherence = static_cast<double>(m_done->value()) / m_planned->value();
    c.difficulty = static_cast<core::Difficulty>(m_difficulty->currentData().toInt());
    for (int row = 0; row < m_painful->rowCount(); ++row) {
        const QString id = m_painful->item(row, 0)->data(kIdRole).toString();
        const auto* pain = qobject_cast<QSpinBox*>(m_painful->cellWidget(row, 1));
        c.painfulExercises[id.toStdString()] = pain ? pain->value() : 0;
    }
    c.redFlags = m_redFlags->answers();
    return c;
}

bool CheckInForm::validate()
{
    clearIssues();
    bool ok = true;
    QStringList unrated;
    for (PainSlider* slider : {m_painRest, m_painActivity, m_painExercise}) {
        if (!slider->isRated()) {
            slider->setReminder(true);
            unrated << slider->slider()->accessibleName().toLower();
        }
    }
    if (!unrated.isEmpty()) {
        m_painError->setError(tr("Not rated yet: %1. Move each slider to the pain felt "
                                 "(0 = none).")
                                  .arg(QLocale().createSeparatedList(unrated)));
        ok = false;
    }
    if (m_done->value() == kNotEntered) {
        m_adherenceError->setError(tr("Enter how many of the planned sessions were done."));
        setInvalid(m_done, true);
        ok = false;
    } else if (m_done->value() > m_planned->value()) {
        m_adherenceError->setError(
            tr("Sessions done (%1) cannot be more than sessions planned (%2).")
                .arg(m_done->value())
                .arg(m_planned->value()));
        setInvalid(m_done, true);
        ok = false;
    }
    const core::CheckIn c = checkIn();
    for (const core::FieldIssue& issue : core::validateCheckIn(c)) {
        const QString text =
            ClientLabels::fieldName(issue.field) + QStringLiteral(": ") + report::issueText(issue);
        FieldErrorLabel* label = m_otherError;
        if (issue.field.rfind("pain_", 0) == 0) {
            label = m_painError;
        } else if (issue.field.rfind("pain_", 0) == 0 && !unrated.isEmpty()) {
            continue; // the unrated sliders are already named
        } else if (issue.field == "adherence") {
            if (!m_adherenceError->error().isEmpty()) {
                continue; // already explained in words the user chose
            }
            label = m_adherenceError;
        } else if (issue.field.rfind("painful_exercises", 0) == 0) {
            label = m_painfulError;
        }
        label->setError(label->error().isEmpty() ? text
                                                 : label->error() + QLatin1Char('\n') + text);
        ok = false;
    }
    if (!m_redFlags->checkAllAnswered()) {
        ok = false;
    }
    return ok;
}

std::vector<core::RedFlag> CheckInForm::unansweredRedFlags() const
{
    return m_redFlags->unanswered();
}

void CheckInForm::clearIssues()
{
    for (FieldErrorLabel* label : {m_painError, m_adherenceError, m_painfulError, m_otherError}) {
        label->setError({});
    }
    setInvalid(m_done, false);
    for (PainSlider* slider : {m_painRest, m_painActivity, m_painExercise}) {
        slider->setReminder(false);
    }
    m_redFlags->clearReminders();
}

void CheckInForm::setModified(bool modified)
{
    if (m_modified != modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

void CheckInForm::markModified()
{
    if (!m_loading) {
        setModified(true);
    }
}

int CheckInForm::painfulRow(const QString& id) const
{
    for (int row = 0; row < m_painful->rowCount(); ++row) {
        if (m_painful->item(row, 0)->data(kIdRole).toString() == id) {
            return row;
        }
    }
    return -1;
}

void CheckInForm::addPainfulExercise(const QString& id, int pain)
{
    if (id.isEmpty()) {
        return;
    }
    int row = painfulRow(id);
    if (row < 0) {
        row = m_painful->rowCount();
        m_painful->insertRow(row);
        auto* name = new QTableWidgetItem(exerciseName(id));
        name->setData(kIdRole, id);
        m_painful->setItem(row, 0, name);
        auto* spin = new QSpinBox(m_painful);
        spin->setRange(0, 10);
        spin->setSuffix(tr("/10"));
        spin->setAccessibleName(tr("Pain during %1").arg(name->text()));
        connect(spin, &QSpinBox::valueChanged, this, &CheckInForm::markModified);
        m_painful->setCellWidget(row, 1, spin);
    }
    if (auto* spin = qobject_cast<QSpinBox*>(m_painful->cellWidget(row, 1))) {
        spin->setValue(pain);
    }
    markModified();
}

void CheckInForm::addSelectedPainfulExercise()
{
    // The editable picker may hold typed words: accept them when they name one exercise.
    const QString text = m_painfulPicker->currentText().trimmed();
    QString id;
    const int current = m_painfulPicker->currentIndex();
    if (current >= 0 && m_painfulPicker->itemText(current) == m_painfulPicker->currentText()) {
        id = m_painfulPicker->itemData(current, kIdRole).toString();
    }
    if (id.isEmpty() && !text.isEmpty()) {
        constexpr int kConsidered = 50;
        const std::vector<exercise_match::Candidate> found = candidates(text, kConsidered);
        const std::vector<int> matches = exercise_match::rank(found, text);
        for (const int index : matches) {
            const exercise_match::Candidate& candidate = found[static_cast<std::size_t>(index)];
            if (exercise_match::fold(candidate.name) == exercise_match::fold(text)) {
                id = candidate.id; // the full name, typed in any case
            }
        }
        // One match, or one match in this week's plan (ranked first): that is the one meant.
        const auto planned = std::count_if(matches.begin(), matches.end(), [&found](int index) {
            return found[static_cast<std::size_t>(index)].planned;
        });
        if (id.isEmpty() && (matches.size() == 1 || planned == 1)) {
            id = found[static_cast<std::size_t>(matches.front())].id;
        } else if (id.isEmpty() && matches.size() > 1) {
            m_painfulError->setError(
                tr("Several exercises match \"%1\": choose one from the list.").arg(text));
            return;
        }
    }
    if (id.isEmpty()) {
        m_painfulError->setError(text.isEmpty() ? tr("Type or choose the exercise that hurt first.")
                                                : tr("No exercise matches \"%1\".").arg(text));
        return;
    }
    m_painfulError->setError({});
    addPainfulExercise(id, m_painfulPain->value());
}

void CheckInForm::removeSelectedPainfulExercise()
{
    const QList<QTableWidgetItem*> selected = m_painful->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    m_painful->removeRow(selected.first()->row());
    markModified();
}

} // namespace glidepath::ui
