#pragma once

#include "models/exercise_name_match.h"

#include <glidepath/core/client.h>
#include <glidepath/core/exercise.h>

#include <QWidget>

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableWidget;

namespace glidepath::ui {

class FieldErrorLabel;
class PainSlider;
class RedFlagQuestions;

// The weekly check-in: pain at rest, in activity and during the exercises, the next-morning
// response, night pain, swelling, sessions done, exercises that hurt, difficulty and the red-flag
// questions again. Shared by the Clients page and the personal (home) mode; the owner saves.
class CheckInForm : public QWidget
{
    Q_OBJECT

public:
    explicit CheckInForm(QWidget* parent = nullptr);

    // Where the "exercises that hurt" picker finds exercises: nothing is loaded up front, so the
    // form costs the same whatever the size of the library. lookup gives at most limit
    // exercises for typed words (hidden ones left out by the caller), or the first by name for
    // empty text; namesOf names stored ids (an id it does not know is shown as the id).
    using Lookup =
        std::function<std::vector<exercise_match::Candidate>(const QString& text, int limit)>;
    using NamesOf = std::function<std::unordered_map<std::string, std::string>(
        const std::vector<std::string>& ids)>;
    void setLookup(Lookup lookup, NamesOf namesOf); // read from at the next refresh
    // Fills the picker (the first call, when the form is first shown) or reads the list and the
    // names shown again after the library changed.
    void refreshExercises();
    // The exercises of the week's plan, offered first in the picker (ids; may be empty).
    void setPlannedExercises(const std::vector<std::string>& ids);
    // Sessions logged in the week before the check-in, used to fill in "sessions done" for a new
    // check-in; nullopt when none were logged (the field then stays "not entered").
    void setLoggedSessions(std::optional<int> logged);
    // The exercise-pain slider names its zone with these limits (ProgressionRules).
    void setPainZones(int safeMax, int acceptableMax);

    // A blank check-in for date; plannedSessions is the client's sessions per week.
    void reset(core::Date date, int plannedSessions);
    // Loads a stored check-in for editing; done = adherence × plannedSessions.
    void setCheckIn(const core::CheckIn& checkIn, int plannedSessions);
    core::CheckIn checkIn() const;

    // Every pain rated, sessions done entered and every red-flag question answered, then
    // core::validateCheckIn plus "done cannot exceed planned"; issues shown inline at their
    // fields. True if valid.
    bool validate();
    std::vector<core::RedFlag> unansweredRedFlags() const;
    void clearIssues();

    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // For tests and keyboard users: rate one exercise as hurting (adds or updates its row).
    void addPainfulExercise(const QString& id, int pain);
    // Adds what the picker holds (a chosen item or typed words), as the Add button does.
    void addTypedPainfulExercise() { addSelectedPainfulExercise(); }
    QComboBox* painfulPicker() const { return m_painfulPicker; }

signals:
    void modifiedChanged(bool modified);

private:
    void markModified();
    void addSelectedPainfulExercise();
    void removeSelectedPainfulExercise();
    int painfulRow(const QString& id) const;
    QString exerciseName(const QString& id) const;
    void fillPicker();
    void suggestPainful(const QString& text);
    // This week's planned exercises, then the library's matches for text (at most limit of
    // them), the planned ones marked.
    std::vector<exercise_match::Candidate> candidates(const QString& text, int limit) const;

    QDateEdit* m_date;
    PainSlider* m_painRest;
    PainSlider* m_painActivity;
    PainSlider* m_painExercise;
    QComboBox* m_nextMorning;
    QCheckBox* m_nightPain;
    QComboBox* m_swelling;
    QSpinBox* m_done;
    QSpinBox* m_planned;
    QComboBox* m_painfulPicker;
    QSpinBox* m_painfulPain;
    QPushButton* m_addPainful;
    QTableWidget* m_painful;
    QPushButton* m_removePainful;
    QComboBox* m_difficulty;
    RedFlagQuestions* m_redFlags;

    FieldErrorLabel* m_painError;
    FieldErrorLabel* m_adherenceError;
    FieldErrorLabel* m_painfulError;
    FieldErrorLabel* m_otherError;

    Lookup m_lookup;
    NamesOf m_namesOf;
    // The planned exercises with their names (read when the plan is set).
    std::vector<exercise_match::Candidate> m_plannedExercises;
    std::vector<std::string> m_plannedIds;
    // Names of the exercises listed or rated, so that the table needs no query per row.
    mutable std::unordered_map<std::string, QString> m_names;
    std::optional<int> m_loggedSessions;
    QLabel* m_loggedNote;
    QStandardItemModel* m_suggestions;

    bool m_listed = false; // the picker is filled from the first refreshExercises() on
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace glidepath::ui
