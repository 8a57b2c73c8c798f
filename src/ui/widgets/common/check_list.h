#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QGridLayout;

namespace glidepath::ui {

// A grid of check boxes for choosing several values of one vocabulary (regions, muscles,
// equipment, precautions). Values are plain ints (the enum's value); edited() fires on user
// changes only. It shows up to the columns it was made with and fewer when it is narrower than
// they need (German labels run long), down to one: a form beside it never has to scroll sideways.
class CheckList : public QWidget
{
    Q_OBJECT

public:
    explicit CheckList(int columns, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override; // one column, as many rows as the width shown needs
    int shownColumns() const { return m_shownColumns; }

    void addOption(int value, const QString& text, const QString& toolTip = {});
    void setCheckedValues(const QList<int>& values); // does not emit edited()
    QList<int> checkedValues() const;                // in the order the options were added
    void setChecked(int value, bool checked);        // emits edited() when it changes
    bool isChecked(int value) const;
    QCheckBox* box(int value) const;
    void setReadOnly(bool readOnly);

signals:
    void edited();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Option
    {
        int value;
        QCheckBox* box;
    };
    // The most columns whose widest boxes fit in width.
    int columnsFor(int width) const;
    void arrange(int columns);

    QGridLayout* m_grid;
    int m_columns;
    int m_shownColumns;
    QList<Option> m_options;
    bool m_loading = false;
};

} // namespace glidepath::ui
