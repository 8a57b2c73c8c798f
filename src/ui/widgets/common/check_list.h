#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QGridLayout;

namespace glidepath::ui {

// A grid of check boxes for choosing several values of one vocabulary (regions, muscles,
// equipment, precautions). Values are plain ints (the enum's value); edited() fires on user
// changes only.
class CheckList : public QWidget
{
    Q_OBJECT

public:
    explicit CheckList(int columns, QWidget* parent = nullptr);

    void addOption(int value, const QString& text, const QString& toolTip = {});
    void setCheckedValues(const QList<int>& values); // does not emit edited()
    QList<int> checkedValues() const;                // in the order the options were added
    void setChecked(int value, bool checked);        // emits edited() when it changes
    bool isChecked(int value) const;
    QCheckBox* box(int value) const;
    void setReadOnly(bool readOnly);

signals:
    void edited();

private:
    struct Option
    {
        int value;
        QCheckBox* box;
    };
    QGridLayout* m_grid;
    int m_columns;
    QList<Option> m_options;
    bool m_loading = false;
};

} // namespace glidepath::ui
