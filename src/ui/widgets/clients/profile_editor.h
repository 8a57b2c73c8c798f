#pragma once

#include <glidepath/core/client.h>

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace glidepath::ui {

class CheckList;
class FieldErrorLabel;
class PrecautionsSection;
class RedFlagQuestions;
class SurgerySection;

// Edits a client's profile and the red-flag screening. Shared by the Clients page (clinician
// mode) and the personal profile (home mode). It only edits values; the owner saves them.
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Wording
    {
        Clinician, // "the client"
        Personal   // "you"
    };

    explicit ProfileEditor(QWidget* parent = nullptr);

    void setWording(Wording wording);
    // The date a new surgery record starts from (the app's injected clock).
    void setToday(core::Date today) { m_today = today; }
    // The screening as stored: questions answered yes, answered no; any other is unanswered.
    void setProfile(const core::ClientProfile& profile,
                    const std::vector<core::RedFlag>& screeningRedFlags,
                    const std::vector<core::RedFlag>& screeningAnsweredNo);
    core::ClientProfile profile() const;
    std::vector<core::RedFlag> screeningRedFlags() const;
    std::vector<core::RedFlag> screeningAnsweredNo() const;
    RedFlagQuestions* screening() const { return m_screening; }
    // Marks every unanswered screening question and scrolls the first into view. True when
    // every question is answered.
    bool checkScreening();

    // Runs core::validateProfile and shows every issue next to its field. True when valid.
    bool validate();
    void showIssues(const std::vector<core::FieldIssue>& issues);
    void clearIssues();
    // The first field with an error gets the focus (after validate() failed).
    void focusFirstError();

    bool isModified() const { return m_modified; }
    void setModified(bool modified);

signals:
    void modifiedChanged(bool modified);

private:
    void markModified();
    void updateSurgeryVisibility();
    FieldErrorLabel* errorLabelFor(const std::string& field) const;

    QLineEdit* m_name;
    CheckList* m_conditions;
    QComboBox* m_side;
    CheckList* m_goals;
    CheckList* m_equipment;
    QSpinBox* m_sessions;
    QSpinBox* m_minutes;
    QSpinBox* m_age;
    QPlainTextEdit* m_notes;
    QCheckBox* m_reviewSet;
    QDateEdit* m_review;
    QLabel* m_reviewLabel;
    QWidget* m_reviewRow;
    RedFlagQuestions* m_screening;
    SurgerySection* m_surgery;
    PrecautionsSection* m_precautions;
    FieldErrorLabel* m_surgeryError;
    core::Date m_today = core::SystemClock().today();

    FieldErrorLabel* m_nameError;
    FieldErrorLabel* m_conditionsError;
    FieldErrorLabel* m_sideError;
    FieldErrorLabel* m_goalsError;
    FieldErrorLabel* m_equipmentError;
    FieldErrorLabel* m_sessionsError;
    FieldErrorLabel* m_minutesError;
    FieldErrorLabel* m_ageError;
    FieldErrorLabel* m_otherError;

    QLabel* m_nameLabel;
    QLabel* m_screeningIntro;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace glidepath::ui
