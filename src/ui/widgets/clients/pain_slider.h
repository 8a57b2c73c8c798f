#pragma once

#include <QWidget>

class QLabel;
class QSlider;

namespace glidepath::ui {

// A 0-10 pain rating: a slider with the value written beside it ("3/10") and, when limits are
// given, the zone in words ("acceptable"), so the meaning never depends on colour.
class PainSlider : public QWidget
{
    Q_OBJECT

public:
    explicit PainSlider(const QString& accessibleName, QWidget* parent = nullptr);

    int value() const;
    void setValue(int value);
    // Pain up to safeMax reads "low", up to acceptableMax "acceptable", above it "too high".
    // Negative limits switch the words off.
    void setZones(int safeMax, int acceptableMax);

    QSlider* slider() const { return m_slider; }

signals:
    void valueChanged(int value);

private:
    void updateText();

    QSlider* m_slider;
    QLabel* m_text;
    int m_safeMax = -1;
    int m_acceptableMax = -1;
};

} // namespace glidepath::ui
