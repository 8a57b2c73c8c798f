#include "lazy_style_icons.h"

#include "icons.h"

#include <QApplication>
#include <QGroupBox>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QPointer>
#include <QProxyStyle>
#include <QStyleOption>
#include <qdrawutil.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace glidepath::ui {

namespace {

// An icon that asks its maker for the real icon the first time it is drawn or measured.
class DeferredIconEngine : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::function<QIcon()> make)
        : m_state(std::make_shared<State>(State{std::move(make), std::nullopt}))
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return icon().pixmap(size / scale, scale, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString iconName() override { return icon().name(); }
    // Not null without asking: the styles have all three icons, and asking would read them.
    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("glidepath-deferred"); }
    QIconEngine* clone() const override { return new DeferredIconEngine(*this); }

private:
    DeferredIconEngine(const DeferredIconEngine&) = default;

    const QIcon& icon()
    {
        if (!m_state->icon) {
            m_state->icon = m_state->make();
        }
        return *m_state->icon;
    }

    struct State
    {
        std::function<QIcon()> make;
        std::optional<QIcon> icon;
    };
    std::shared_ptr<State> m_state; // clones share the icon once made
};

class LazyIconStyle : public QProxyStyle
{
public:
    // No base style given: QProxyStyle makes the one the application would have used.
    LazyIconStyle() = default;
    explicit LazyIconStyle(const QString& baseKey) : QProxyStyle(baseKey) {}

    QIcon standardIcon(StandardPixmap which, const QStyleOption* option,
                       const QWidget* widget) const override
    {
        if (which != SP_ToolBarHorizontalExtensionButton &&
            which != SP_ToolBarVerticalExtensionButton && which != SP_LineEditClearButton) {
            return QProxyStyle::standardIcon(which, option, widget);
        }
        // The option only lends its direction and palette here; a copy of its common part
        // outlives the call, the widget is asked again only if it still exists.
        std::optional<QStyleOption> copy;
        if (option) {
            copy = *option;
        }
        QPointer<QStyle> base = baseStyle();
        QPointer<const QWidget> owner = widget;
        return QIcon(new DeferredIconEngine([base, which, copy, owner] {
            QStyle* style = base ? base.data() : QApplication::style();
            return style->standardIcon(which, copy ? &*copy : nullptr, owner.data());
        }));
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        // Fusion draws a group box's frame from a PNG of Qt's that it reads with QPixmap, format
        // detection and all, on the first paint of any page with a group box. The same frame,
        // drawn from the same image read by Qt's PNG reader (Fusion's own steps in Qt 6.4).
        if (element == PE_FrameGroupBox && option &&
            baseStyle()->name() == QLatin1String("fusion")) {
            const QString key = QStringLiteral("glidepath_fusion_groupbox");
            QPixmap frame;
            if (!QPixmapCache::find(key, &frame)) {
                frame = QPixmap::fromImage(readPng(QStringLiteral(
                    ":/qt-project.org/styles/commonstyle/images/fusion_groupbox.png")));
                QPixmapCache::insert(key, frame);
            }
            constexpr int kFusionTopMargin = 3;
            int top = kFusionTopMargin;
            const auto* box = qobject_cast<const QGroupBox*>(widget);
            if (!box || box->isCheckable() || !box->title().isEmpty()) {
                top += std::max(baseStyle()->pixelMetric(PM_ExclusiveIndicatorHeight),
                                option->fontMetrics.height());
            }
            qDrawBorderPixmap(painter, option->rect.adjusted(0, top, 0, 0), QMargins(6, 6, 6, 6),
                              frame);
            return;
        }
#endif
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

} // namespace

QStyle* createLazyIconStyle(const QString& baseKey)
{
    if (baseKey.isEmpty()) {
        return new LazyIconStyle;
    }
    return new LazyIconStyle(baseKey);
}

void installLazyStyleIcons(QApplication& app)
{
    app.setStyle(createLazyIconStyle());
}

} // namespace glidepath::ui
