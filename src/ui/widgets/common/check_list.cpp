#include "widgets/common/check_list.h"

#include <QCheckBox>
#include <QResizeEvent>
#include <QSizePolicy>

#include <algorithm>

namespace glidepath::ui {

namespace {

constexpr int kColumnSpacing = 16;
constexpr int kRowSpacing = 4;

} // namespace

CheckList::CheckList(int columns, QWidget* parent)
    : QWidget(parent), m_columns(std::max(columns, 1))
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void CheckList::addOption(int value, const QString& text, const QString& toolTip)
{
    auto* box = new QCheckBox(text, this);
    box->setToolTip(toolTip);
    m_options.append({value, box});
    connect(box, &QCheckBox::toggled, this, [this] {
        if (!m_loading) {
            emit edited();
        }
    });
    updateGeometry();
    arrange();
}

QList<int> CheckList::columnWidths(int columns) const
{
    QList<int> widths(columns, 0);
    for (qsizetype i = 0; i < m_options.size(); ++i) {
        int& widest = widths[static_cast<int>(i % columns)];
        widest = std::max(widest, m_options[i].box->sizeHint().width());
    }
    return widths;
}

int CheckList::widthFor(int columns) const
{
    int width = kColumnSpacing * (columns - 1);
    for (const int column : columnWidths(columns)) {
        width += column;
    }
    return width;
}

int CheckList::heightFor(int columns) const
{
    int rowHeight = 0;
    for (const Option& option : m_options) {
        rowHeight = std::max(rowHeight, option.box->sizeHint().height());
    }
    const auto rows = static_cast<int>((m_options.size() + columns - 1) / columns);
    return rows == 0 ? 0 : rows * rowHeight + (rows - 1) * kRowSpacing;
}

int CheckList::columnsFor(int width) const
{
    for (int columns = m_columns; columns > 1; --columns) {
        if (widthFor(columns) <= width) {
            return columns;
        }
    }
    return 1;
}

QSize CheckList::sizeHint() const
{
    return {widthFor(m_columns), heightFor(m_columns)};
}

QSize CheckList::minimumSizeHint() const
{
    return {widthFor(1), heightFor(m_columns)};
}

int CheckList::heightForWidth(int width) const
{
    return heightFor(columnsFor(width));
}

void CheckList::arrange()
{
    const int columns = columnsFor(width());
    const QList<int> widths = columnWidths(columns);
    int rowHeight = 0;
    for (const Option& option : m_options) {
        rowHeight = std::max(rowHeight, option.box->sizeHint().height());
    }
    for (qsizetype i = 0; i < m_options.size(); ++i) {
        const int column = static_cast<int>(i % columns);
        const int row = static_cast<int>(i / columns);
        int x = 0;
        for (int c = 0; c < column; ++c) {
            x += widths[c] + kColumnSpacing;
        }
        const int w =
            column + 1 == columns ? std::max(widths[column], width() - x) : widths[column];
        m_options[i].box->setGeometry(x, row * (rowHeight + kRowSpacing), w, rowHeight);
    }
}

void CheckList::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange();
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
