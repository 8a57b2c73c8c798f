#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;

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

    QSize sizeHint() const override;        // every column
    QSize minimumSizeHint() const override; // one column wide; as high as every column needs
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override; // the rows the columns that fit need
    int shownColumns() const { return columnsFor(width()); }

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
    // The boxes are placed by hand, not by a QGridLayout: a layout would answer the form's
    // height-for-width questions for the columns shown now, not for the width asked about.
    QList<int> columnWidths(int columns) const;
    int widthFor(int columns) const;
    int heightFor(int columns) const;
    int columnsFor(int width) const; // the most columns whose widest boxes fit in width
    void arrange();

    int m_columns;
    QList<Option> m_options;
    bool m_loading = false;
};

} // namespace glidepath::ui
