#pragma once

// What the check-in form's files share: the item roles of the "exercises that hurt" picker and
// table, the spin boxes' "not entered" value and the enum combo boxes. The form's member functions
// live in check_in_form.cpp (the form itself), check_in_form_painful.cpp (the exercises that hurt)
// and check_in_form_values.cpp (loading, reading and checking a check-in).

#include "labels.h"

#include <glidepath/core/vocabulary.h>

#include <QComboBox>

namespace glidepath::ui::check_in_parts {

inline constexpr int kIdRole = Qt::UserRole + 1;
inline constexpr int kNameRole = Qt::UserRole + 2;
inline constexpr int kNotEntered = -1;

template <typename E> void fillCombo(QComboBox* combo)
{
    for (const E value : core::allValues<E>()) {
        combo->addItem(Labels::of(value), static_cast<int>(value));
    }
}

template <typename E> void selectData(QComboBox* combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

} // namespace glidepath::ui::check_in_parts
