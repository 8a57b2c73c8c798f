#include "widgets/clients/surgery_section.h"

#include "labels.h"
#include "models/client_labels.h"
#include "models/profile_extra_labels.h"
#include "widgets/common/check_list.h"
#include "widgets/common/wrapped_label.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

namespace glidepath::ui {

SurgerySection::SurgerySection(QWidget* parent) : QGroupBox(tr("After surgery"), parent)
{
    setObjectName(QStringLiteral("surgerySection"));
    m_operation = new QComboBox(this);
    m_operation->setObjectName(QStringLiteral("surgeryOperation"));
    m_operation->setAccessibleName(tr("Operation"));
    for (const core::Operation value : core::allValues<core::Operation>()) {
        m_operation->addItem(ProfileExtraLabels::of(value), static_cast<int>(value));
    }
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("surgeryDate"));
    m_date->setAccessibleName(tr("Date of the operation"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Labels::dateFormat(Labels::DateStyle::DayMonthYear));
    m_weightBearing = new QComboBox(this);
    m_weightBearing->setObjectName(QStringLiteral("surgeryWeightBearing"));
    m_weightBearing->setAccessibleName(tr("Weight on the leg"));
    for (const core::WeightBearing value : core::allValues<core::WeightBearing>()) {
        m_weightBearing->addItem(ProfileExtraLabels::of(value), static_cast<int>(value));
    }
    m_clearances = new CheckList(3, this);
    m_clearances->setObjectName(QStringLiteral("surgeryClearances"));
    for (const core::SurgicalClearance value : core::allValues<core::SurgicalClearance>()) {
        m_clearances->addOption(static_cast<int>(value), ProfileExtraLabels::of(value));
    }
    auto* note = new WrappedLabel(
        tr("Tick only what the surgeon has cleared. Anything not ticked is left out of every "
           "plan, whatever the phase."),
        this);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* operationLabel = new QLabel(tr("Opera&tion:"), this);
    operationLabel->setBuddy(m_operation);
    form->addRow(operationLabel, m_operation);
    auto* dateLabel = new QLabel(tr("&Date of the operation:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
    auto* weightLabel = new QLabel(tr("Wei&ght on the leg:"), this);
    weightLabel->setBuddy(m_weightBearing);
    form->addRow(weightLabel, m_weightBearing);
    form->addRow(tr("Cleared by the surgeon:"), m_clearances);
    form->addRow(note);

    auto edited = [this] {
        if (!m_loading) {
            emit changed();
        }
    };
    connect(m_operation, &QComboBox::currentIndexChanged, this, edited);
    connect(m_date, &QDateEdit::dateChanged, this, edited);
    connect(m_weightBearing, &QComboBox::currentIndexChanged, this, edited);
    connect(m_clearances, &CheckList::edited, this, edited);
}

void SurgerySection::setSurgery(const std::optional<core::Surgery>& surgery, core::Date today)
{
    m_loading = true;
    // A new record starts from today, with full weight bearing and nothing cleared.
    const core::Surgery shown = surgery.value_or(
        core::Surgery{core::Operation::Other, today, core::WeightBearing::Full, {}});
    m_operation->setCurrentIndex(m_operation->findData(static_cast<int>(shown.operation)));
    m_date->setDate(toQDate(shown.date));
    m_weightBearing->setCurrentIndex(
        m_weightBearing->findData(static_cast<int>(shown.weightBearing)));
    QList<int> cleared;
    for (const core::SurgicalClearance value : shown.clearances) {
        cleared.append(static_cast<int>(value));
    }
    m_clearances->setCheckedValues(cleared);
    m_loading = false;
}

core::Surgery SurgerySection::surgery() const
{
    core::Surgery surgery;
    surgery.operation = static_cast<core::Operation>(m_operation->currentData().toInt());
    surgery.date = fromQDate(m_date->date());
    surgery.weightBearing =
        static_cast<core::WeightBearing>(m_weightBearing->currentData().toInt());
    for (const int value : m_clearances->checkedValues()) {
        surgery.clearances.push_back(static_cast<core::SurgicalClearance>(value));
    }
    return surgery;
}

void SurgerySection::setPersonal(bool personal)
{
    setTitle(personal ? tr("Your operation") : tr("After surgery"));
}

} // namespace glidepath::ui
