#pragma once

#include <glidepath/core/exercise.h>
#include <glidepath/core/pose.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabBar;

namespace glidepath::ui {

class CheckList;
class PoseCanvas;

// The picture part of the exercise editor: Start/End tabs over a canvas whose joints can be
// dragged, the working leg, the view, the props, and a reset to the position's plain figure.
// edited() fires once per finished change (a drag, a switch); the editor saves it through the
// undo commands like any other field.
class PoseEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PoseEditor(QWidget* parent = nullptr);

    // own: whether the exercise has a picture of its own (else illustration is the default).
    void setIllustration(const core::Illustration& illustration, bool own);
    core::Illustration illustration() const;
    bool hasOwnIllustration() const { return m_own; }
    void setPosition(core::Position position) { m_position = position; }
    void setReadOnly(bool readOnly);

    PoseCanvas* canvas() const { return m_canvas; }
    QTabBar* frameTabs() const { return m_tabs; }

signals:
    void edited();

private:
    void showState();
    void changed();

    PoseCanvas* m_canvas;
    QTabBar* m_tabs;
    QComboBox* m_working;
    QComboBox* m_view;
    CheckList* m_props;
    QPushButton* m_reset;
    QLabel* m_note;
    core::Position m_position = core::Position::Supine;
    bool m_own = false;
    bool m_loading = false;
};

} // namespace glidepath::ui
