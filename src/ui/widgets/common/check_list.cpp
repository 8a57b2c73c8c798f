#include "widgets/common/check_list.h"

#include <QCheckBox>
#include <QGridLayout>

namespace glidepath::ui {

CheckList::CheckList(int columns, QWidget* parent)
    : QWidget(parent), m_grid(new QGridLayout(this)), m_columns(columns)
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(4);
}

void CheckList::addOption(int value, const QString& text, const QString& toolTip)
{
    auto* box = new QCheckBox(text, this);
    box->setToolTip(toolTip);
    const int index = static_cast<int>(m_options.size());
    m_grid->addWidget(box, index / m_columns, index % m_columns);
    m_options.append({value, box});
    connect(box, &QCheckBox::toggled, this, [this] {
        if (!m_loading) {
            emit edited();
        }
    });
}

void CheckList::setCheckedValues(const QList<int>& values)
{
    m_loading = true;
    for (const Option& option : m_options) {
        option.box->setChecked(values.contains(option.value));
    }
    m_loading = false;
}

QList<int> CheckList::checkedValues() const
{
    QList<int> values;
    for (const Option& option : m_options) {
        if (option.box->isChecked()) {
            values.append(option.value);
        }
    }
    return values;
}

void CheckList::setChecked(int value, bool checked)
{
    if (QCheckBox* b = box(value)) {
        b->setChecked(checked);
    }
}

bool CheckList::isChecked(int value) const
{
    const QCheckBox* b = box(value);
    return b && b->isChecked();
}

QCheckBox* CheckList::box(int value) const
{
    for (const Option& option : m_options) {
        if (option.value == value) {
            return option.box;
        }
    }
    return nullptr;
}

void CheckList::setReadOnly(bool readOnly)
{
    for (const Option& option : m_options) {
        option.box->setEnabled(!readOnly);
    }
}

} // namespace glidepath::ui
