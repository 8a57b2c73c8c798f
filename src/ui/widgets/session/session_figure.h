#pragma once

#include <glidepath/core/exercise.h>

#include <QWidget>

#include <optional>

namespace glidepath::ui {

// The exercise's picture in the guided session, large, with a bar that moves between the start
// and the end position in time with the tempo (0 = start, 1 = end).
class SessionFigure : public QWidget
{
    Q_OBJECT

public:
    explicit SessionFigure(QWidget* parent = nullptr);

    void setExercise(const std::optional<core::Exercise>& exercise);
    void setMovement(double movement);
    double movement() const { return m_movement; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<core::Exercise> m_exercise;
    double m_movement = 0.0;
};

} // namespace glidepath::ui
