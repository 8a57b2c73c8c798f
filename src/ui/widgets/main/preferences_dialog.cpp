#include "widgets/main/preferences_dialog.h"

#include "language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include <deque>

namespace glidepath::ui {

namespace {

std::deque<std::optional<AppMode>>& queuedAnswers()
{
    static std::deque<std::optional<AppMode>> answers;
    return answers;
}

QLabel* note(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(24, 0, 0, 6);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(AppMode current, QWidget* parent)
    : QDialog(parent), m_clinician(new QRadioButton(tr("I build plans for &clients"))),
      m_personal(new QRadioButton(tr("I'm building my &own routine"))), m_language(new QComboBox),
      m_clinicianName(new QLineEdit), m_practice(new QLineEdit), m_phone(new QLineEdit),
      m_email(new QLineEdit)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_clinician->setObjectName(QStringLiteral("clinicianModeRadio"));
    m_personal->setObjectName(QStringLiteral("personalModeRadio"));
    (current == AppMode::Personal ? m_personal : m_clinician)->setChecked(true);

    auto* modeBox = new QGroupBox(tr("How you use Glidepath"));
    auto* modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_clinician);
    modeLayout->addWidget(note(tr("A list of clients, each with check-ins and weekly plans.")));
    modeLayout->addWidget(m_personal);
    modeLayout->addWidget(note(tr("One personal profile; the Clients page is hidden. Client "
                                  "records stay in the database and come back when you switch "
                                  "again.")));

    // Language names are written in their own language, so anyone can find theirs.
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const int saved = m_language->findData(language::savedChoice());
    m_language->setCurrentIndex(saved < 0 ? 0 : saved);
    auto* languageBox = new QGroupBox(tr("&Language"));
    auto* languageLayout = new QVBoxLayout(languageBox);
    languageLayout->addWidget(m_language);
    auto* restartNote = note(tr("Takes effect the next time Glidepath starts."));
    restartNote->setContentsMargins(0, 0, 0, 0);
    languageLayout->addWidget(restartNote);

    // Printed on the cover of each client's home routine, so the client knows whom to call.
    auto* clinicianBox = new QGroupBox(tr("Your details on handouts"));
    auto* clinicianForm = new QFormLayout(clinicianBox);
    const settings::ClinicianDetails details = settings::clinicianDetails();
    const struct
    {
        QLineEdit* edit;
        const char* objectName;
        QString label;
        QString text;
        QString placeholder;
    } fields[] = {
        {m_clinicianName, "clinicianNameEdit", tr("&Name:"), details.name,
         tr("e.g. Sam Patel, physiotherapist")},
        {m_practice, "practiceEdit", tr("P&ractice:"), details.practice,
         tr("e.g. Riverside Physio")},
        {m_phone, "phoneEdit", tr("P&hone:"), details.phone, QString()},
        {m_email, "emailEdit", tr("&E-mail:"), details.email, QString()},
    };
    for (const auto& field : fields) {
        field.edit->setObjectName(QString::fromLatin1(field.objectName));
        field.edit->setText(field.text);
        field.edit->setPlaceholderText(field.placeholder);
        field.edit->setMaxLength(120);
        clinicianForm->addRow(field.label, field.edit);
    }
    clinicianForm->addRow(note(tr("Printed on each client's home routine. Not used in personal "
                                  "mode.")));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(modeBox);
    layout->addWidget(languageBox);
    layout->addWidget(clinicianBox);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString PreferencesDialog::languageChoice() const
{
    return m_language->currentData().toString();
}

settings::ClinicianDetails PreferencesDialog::clinicianDetails() const
{
    return {m_clinicianName->text().trimmed(), m_practice->text().trimmed(),
            m_phone->text().trimmed(), m_email->text().trimmed()};
}

void PreferencesDialog::saveChoices() const
{
    language::saveChoice(languageChoice());
    settings::saveClinicianDetails(clinicianDetails());
}

AppMode PreferencesDialog::mode() const
{
    return m_personal->isChecked() ? AppMode::Personal : AppMode::Clinician;
}

std::optional<AppMode> PreferencesDialog::edit(AppMode current, QWidget* parent)
{
    if (!queuedAnswers().empty()) {
        const std::optional<AppMode> answer = queuedAnswers().front();
        queuedAnswers().pop_front();
        return answer;
    }
    PreferencesDialog dialog(current, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    dialog.saveChoices();
    return dialog.mode();
}

void PreferencesDialog::setNextAnswer(std::optional<AppMode> answer)
{
    queuedAnswers().push_back(answer);
}

} // namespace glidepath::ui
