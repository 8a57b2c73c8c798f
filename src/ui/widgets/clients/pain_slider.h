#pragma once

#include <QWidget>

class QLabel;
class QSlider;

namespace glidepath::ui {

// A 0-10 pain rating: a slider with the value written beside it ("3/10") and, when limits are
// given, the zone in words ("acceptable"), so the meaning never depends on colour. A rating can
// be "not rated yet" (the state after clear()): the text says so and isRated() is false until
// the user moves, clicks or keys the slider, even onto 0.
class PainSlider : public QWidget
{
    Q_OBJECT

public:
    explicit PainSlider(const QString& accessibleName, QWidget* parent = nullptr);

    bool isRated() const { return m_rated; }
    int value() const; // 0 while not rated
    void setValue(int value);
    void clear();
    // Asks for a rating in the error colour while not rated ("Please rate").
    void setReminder(bool remind);
    // Pain up to safeMax reads "low", up to acceptableMax "acceptable", above it "too high".
    // Negative limits switch the words off.
    void setZones(int safeMax, int acceptableMax);

    QSlider* slider() const { return m_slider; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

signals:
    void valueChanged(int value);

private:
    void markRated();
    void updateText();

    QSlider* m_slider;
    QLabel* m_text;
    bool m_rated = true;
    bool m_reminder = false;
    int m_safeMax = -1;
    int m_acceptableMax = -1;
};

} // namespace glidepath::ui
