#include "widgets/common/check_list.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>

namespace glidepath::ui {

CheckList::CheckList(int columns, QWidget* parent)
    : QWidget(parent), m_grid(new QGridLayout(this)), m_columns(std::max(columns, 1)),
      m_shownColumns(m_columns)
{
    // The widget's own minimumSizeHint (one column) bounds it, not the grid's current shape.
    m_grid->setSizeConstraint(QLayout::SetNoConstraint);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(4);
}

void CheckList::addOption(int value, const QString& text, const QString& toolTip)
{
    auto* box = new QCheckBox(text, this);
    box->setToolTip(toolTip);
    const int index = static_cast<int>(m_options.size());
    m_grid->addWidget(box, index / m_shownColumns, index % m_shownColumns);
    m_options.append({value, box});
    connect(box, &QCheckBox::toggled, this, [this] {
        if (!m_loading) {
            emit edited();
        }
    });
}

int CheckList::columnsFor(int width) const
{
    for (int columns = m_columns; columns > 1; --columns) {
        int needed = m_grid->horizontalSpacing() * (columns - 1);
        for (int column = 0; column < columns; ++column) {
            int widest = 0;
            for (qsizetype i = column; i < m_options.size(); i += columns) {
                widest = std::max(widest, m_options[i].box->sizeHint().width());
            }
            needed += widest;
        }
        if (needed <= width) {
            return columns;
        }
    }
    return 1;
}

void CheckList::arrange(int columns)
{
    if (columns == m_shownColumns) {
        return;
    }
    m_shownColumns = columns;
    for (const Option& option : m_options) {
        m_grid->removeWidget(option.box);
    }
    for (int column = 0; column < m_grid->columnCount(); ++column) {
        m_grid->setColumnStretch(column, 0);
    }
    for (qsizetype i = 0; i < m_options.size(); ++i) {
        const int index = static_cast<int>(i);
        m_grid->addWidget(m_options[i].box, index / columns, index % columns);
    }
    updateGeometry(); // more rows: the form around it makes room
}

QSize CheckList::minimumSizeHint() const
{
    int widest = 0;
    for (const Option& option : m_options) {
        widest = std::max(widest, option.box->sizeHint().width());
    }
    return {widest, m_grid->minimumSize().height()};
}

void CheckList::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange(columnsFor(event->size().width()));
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
