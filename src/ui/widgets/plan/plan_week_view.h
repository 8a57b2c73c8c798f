#pragma once

#include <QFrame>
#include <QPixmap>
#include <QWidget>

#include <functional>
#include <set>
#include <string>
#include <utility>

class QHBoxLayout;

namespace glidepath::ui {

class PlanModel;

// One exercise of one day on the Plan page: name, dose, tempo and side. Click or Space selects
// it; the context menu offers the same adjustments as the side panel.
class SessionCard : public QFrame
{
    Q_OBJECT

public:
    SessionCard(int day, int row, QWidget* parent = nullptr);

    int day() const { return m_day; }
    int row() const { return m_row; }
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

signals:
    void clicked(int day, int row);
    void contextMenuRequested(int day, int row, const QPoint& globalPos);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    int m_day;
    int m_row;
    bool m_selected = false;
};

// The week as seven day columns of session cards, drawn from a PlanModel and rebuilt on its
// signals. Rest days say so plainly; each working day shows its estimated minutes.
class PlanWeekView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanWeekView(QWidget* parent = nullptr);

    void setModel(PlanModel* model);
    PlanModel* model() const { return m_model; }
    // The client's minutes per session: a day estimated above it is marked.
    void setMinutesBudget(int minutes);
    // With a source, each card shows the exercise's picture (start and end) above its name, so
    // the clinician sees what the client will see; an empty function hides the pictures.
    using PictureSource = std::function<QPixmap(const std::string& exerciseId)>;
    void setPictureSource(PictureSource source);
    bool showsPictures() const { return static_cast<bool>(m_pictures); }

    // (-1, -1) when nothing is selected.
    std::pair<int, int> selection() const { return {m_selectedDay, m_selectedRow}; }
    void setSelection(int day, int row);
    void clearSelection() { setSelection(-1, -1); }
    SessionCard* card(int day, int row) const;
    // The cards are rebuilt as the plan changes; in the Tab order they follow this widget, so
    // the week is reached where it is on screen, not after everything else in the window.
    void setTabAnchor(QWidget* before) { m_tabAnchor = before; }

signals:
    void selectionChanged(int day, int row);
    void contextMenuRequested(int day, int row, const QPoint& globalPos);

private:
    void rebuild();

    PlanModel* m_model = nullptr;
    QHBoxLayout* m_layout;
    QWidget* m_content = nullptr;
    int m_minutesBudget = 0;
    QWidget* m_tabAnchor = nullptr;
    PictureSource m_pictures;
    int m_selectedDay = -1;
    int m_selectedRow = -1;
};

} // namespace glidepath::ui
