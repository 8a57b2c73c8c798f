#include "widgets/common/string_list_editor.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace glidepath::ui {

namespace {

// Paints "n. " before each item of an ordered list; the editor still edits the bare text.
class NumberedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = QStringLiteral("%1. %2").arg(index.row() + 1).arg(option->text);
    }
};

QToolButton* makeButton(const QString& text, const QString& toolTip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

StringListEditor::StringListEditor(const QString& itemName, bool numbered, QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)),
      m_add(makeButton(QStringLiteral("+"), tr("Add %1").arg(itemName), this)),
      m_remove(makeButton(QStringLiteral("−"), tr("Remove the selected %1").arg(itemName), this)),
      m_up(makeButton(QStringLiteral("↑"), tr("Move up"), this)),
      m_down(makeButton(QStringLiteral("↓"), tr("Move down"), this))
{
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setAlternatingRowColors(true);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_list->setSpacing(1);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_numbered = numbered;
    if (numbered) {
        m_list->setItemDelegate(new NumberedDelegate(m_list));
    }

    auto* buttons = new QVBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(6);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list, 1, Qt::AlignTop);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, [this] { addItem(); });
    connect(m_remove, &QToolButton::clicked, this, &StringListEditor::removeCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        fitHeight();
        if (!m_loading) {
            emit edited();
        }
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &StringListEditor::updateButtons);
    updateButtons();
}

void StringListEditor::setItems(const QStringList& items)
{
    m_loading = true;
    m_list->clear();
    for (const QString& text : items) {
        auto* item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_loading = false;
    updateButtons();
}

QStringList StringListEditor::items() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        out << m_list->item(i)->text();
    }
    return out;
}

void StringListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_list->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::SelectedClicked);
    updateButtons();
}

void StringListEditor::addItem(const QString& text)
{
    if (m_readOnly) {
        return;
    }
    m_loading = true;
    auto* item = new QListWidgetItem(text, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_loading = false;
    m_list->setCurrentItem(item);
    updateButtons();
    emit edited();
    if (text.isEmpty() && m_list->isVisible()) {
        m_list->editItem(item);
    }
}

void StringListEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (m_readOnly || row < 0) {
        return;
    }
    delete m_list->takeItem(row);
    updateButtons();
    emit edited();
}

void StringListEditor::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (m_readOnly || row < 0 || target < 0 || target >= m_list->count()) {
        return;
    }
    m_loading = true;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_loading = false;
    m_list->setCurrentRow(target);
    updateButtons();
    emit edited();
}

void StringListEditor::fitHeight()
{
    // As tall as the items (at least two lines, at most about fourteen), so short lists stay
    // compact and long steps rarely need a scroll bar. Measured from the text, since the view's
    // own item sizes are only updated after its next layout pass.
    const QFontMetrics metrics = m_list->fontMetrics();
    // The list's own width (its viewport may not be laid out yet) less frame, text margins and
    // room for a scroll bar, so an estimate on the short side cannot hide the last line.
    const int textWidth =
        std::max(80, m_list->width() - 2 * m_list->frameWidth() - 10 -
                         m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list));
    int content = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        QString text = m_list->item(i)->text();
        if (m_numbered) {
            text.prepend(QStringLiteral("%1. ").arg(i + 1));
        }
        const QRect bounds = metrics.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap,
                                                  text.isEmpty() ? QStringLiteral("x") : text);
        content += bounds.height() + 2 * m_list->spacing();
    }
    const int line = metrics.lineSpacing() + 4;
    const int frame = 2 * m_list->frameWidth() + 4;
    m_list->setFixedHeight(std::clamp(content + 4, 2 * line, 14 * line) + frame);
}

void StringListEditor::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitHeight(); // wrapped lines change height with the width
}

void StringListEditor::updateButtons()
{
    fitHeight();
    const int row = m_list->currentRow();
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && row >= 0);
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && row >= 0 && row + 1 < m_list->count());
}

} // namespace glidepath::ui
