#pragma once

// Small helpers shared by the exercise editor's files: enum combos, check-list values and the
// look of its form sections. Internal to the editor.

#include "labels.h"

#include <glidepath/core/vocabulary.h>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QList>
#include <QStringList>

#include <string>
#include <vector>

namespace glidepath::ui::editor_form {

template <typename E> QComboBox* enumCombo(const QString& accessibleName, const QString& objectName)
{
    auto* combo = new QComboBox;
    for (E value : core::allValues<E>()) {
        combo->addItem(label(value), static_cast<int>(value));
    }
    combo->setAccessibleName(accessibleName);
    combo->setObjectName(objectName);
    return combo;
}

template <typename E> E comboValue(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

template <typename E> void setComboValue(QComboBox* combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

template <typename E> QList<int> toInts(const std::vector<E>& values)
{
    QList<int> out;
    for (E value : values) {
        out.append(static_cast<int>(value));
    }
    return out;
}

template <typename E> std::vector<E> fromInts(const QList<int>& values)
{
    std::vector<E> out;
    for (int value : values) {
        out.push_back(static_cast<E>(value));
    }
    return out;
}

inline QStringList toStringList(const std::vector<std::string>& values)
{
    QStringList out;
    for (const std::string& value : values) {
        out << QString::fromStdString(value);
    }
    return out;
}

inline std::vector<std::string> fromStringList(const QStringList& values)
{
    std::vector<std::string> out;
    for (const QString& value : values) {
        out.push_back(value.trimmed().toStdString());
    }
    return out;
}

inline QGroupBox* group(const QString& title, const QString& objectName)
{
    auto* box = new QGroupBox(title);
    box->setObjectName(objectName);
    return box;
}

inline QLabel* hint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

inline bool startsWithPath(const std::string& field, const std::string& path)
{
    return field == path ||
           (field.size() > path.size() && field.rfind(path, 0) == 0 && field[path.size()] == '/');
}

inline QFormLayout* makeForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow side panel a wide field (the muscle and equipment lists) moves under its
    // label instead of pushing the form wider than the panel.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    return form;
}

} // namespace glidepath::ui::editor_form
