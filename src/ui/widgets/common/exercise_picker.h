#pragma once

#include <glidepath/core/exercise.h>

#include <QComboBox>

#include <vector>

namespace glidepath::ui {

// A searchable choice of one exercise (type part of a name to narrow the list), with a "None"
// entry first. Used for the easier/harder neighbours of an exercise.
class ExercisePicker : public QComboBox
{
    Q_OBJECT

public:
    explicit ExercisePicker(QWidget* parent = nullptr);

    // Offers these exercises (except the one with excludeId), keeping the current choice when
    // still offered. Does not emit picked().
    void setExercises(const std::vector<core::Exercise>& exercises, const std::string& excludeId);
    void setCurrentId(const std::string& id); // does not emit picked()
    std::string currentId() const;

signals:
    // The user chose an exercise, or None (empty id).
    void picked(const QString& id);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void commitText();

    bool m_loading = false;
};

} // namespace glidepath::ui
