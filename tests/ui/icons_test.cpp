// The app's icons come from PNGs rendered at build time (no SVG at run time): every icon the main
// window shows is there, sharp at 1x and 2x (drawn from the rendering of that pixel size, not
// scaled), in the palette's colour; and the style wrapper that keeps Qt's own images from loading
// every image plugin draws exactly what the style draws.

#include "icons.h"
#include "lazy_style_icons.h"
#include "ui_fixture.h"
#include "widgets/library/library_page.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QVBoxLayout>

#include <cstdlib>
#include <memory>
#include <utility>

namespace glidepath::test {
namespace {

// The alpha channel of an image, as 8-bit values.
QImage alphaOf(const QImage& image)
{
    return image.convertToFormat(QImage::Format_ARGB32).convertToFormat(QImage::Format_Alpha8);
}

QImage renderedPng(const QString& name, int pixels)
{
    return ui::readPng(QStringLiteral(":/icons/line/%1-%2.png").arg(name).arg(pixels));
}

// Checks one icon's pixmap for a logical size and a ratio: it has size × ratio device pixels,
// says so in its ratio, is the rendering of exactly that pixel size, and is drawn in `colour`.
void expectSharp(const QIcon& icon, QIcon::Mode mode, const QString& name, int size, qreal ratio,
                 const QColor& colour, const std::string& what)
{
    SCOPED_TRACE(what + " at " + std::to_string(size) + " px, ratio " + std::to_string(ratio));
    ASSERT_FALSE(icon.isNull());
    const QPixmap pixmap = icon.pixmap(QSize(size, size), ratio, mode);
    const int pixels = qRound(size * ratio);
    ASSERT_EQ(pixmap.size(), QSize(pixels, pixels));
    EXPECT_DOUBLE_EQ(pixmap.devicePixelRatio(), ratio);
    const QImage image = pixmap.toImage();
    const QImage png = renderedPng(name, pixels);
    ASSERT_FALSE(png.isNull()) << "no rendering of " << name.toStdString() << " at " << pixels;
    EXPECT_EQ(alphaOf(image), alphaOf(png)) << "the shape is the rendering's, unscaled";
    int stroke = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() >= 128) { // fainter edge pixels carry too little colour to compare
                ++stroke;
                ASSERT_LE(std::abs(pixel.red() - colour.red()), 2) << "at " << x << "," << y;
                ASSERT_LE(std::abs(pixel.green() - colour.green()), 2) << "at " << x << "," << y;
                ASSERT_LE(std::abs(pixel.blue() - colour.blue()), 2) << "at " << x << "," << y;
            }
        }
    }
    EXPECT_GT(stroke, pixels) << "a visible stroke";
}

using IconsTest = UiTest;

TEST_F(IconsTest, EveryIconOfTheMainWindowIsSharpAtOneAndTwoTimes)
{
    const QPalette palette = window().palette();
    const QColor tool = palette.color(QPalette::ButtonText);
    const std::pair<const char*, const char*> actions[] = {
        {"actionNewDatabase", "new"},
        {"actionOpenDatabase", "open"},
        {"actionPrint", "print"},
        {"actionExportPdf", "pdf"},
        {"actionUndo", "undo"},
        {"actionRedo", "redo"},
        {"actionNewExercise", "new"},
        {"actionDuplicateExercise", "duplicate"},
        {"actionDeleteExercise", "delete"},
        {"actionFind", "search"},
        {"actionPreferences", "settings"},
        {"actionUserGuide", "help"},
    };
    for (const auto& [objectName, name] : actions) {
        const QIcon icon = action(objectName)->icon();
        // Menus draw 16 px, the tool bars 18.
        for (int size : {16, 18}) {
            for (qreal ratio : {1.0, 2.0}) {
                expectSharp(icon, QIcon::Normal, QString::fromLatin1(name), size, ratio, tool,
                            objectName);
            }
        }
    }

    auto* sidebar = find<QListWidget>("sidebar");
    ASSERT_EQ(sidebar->count(), 4);
    const char* pages[] = {"library", "clients", "plan", "progress"};
    for (int row = 0; row < sidebar->count(); ++row) {
        const QIcon icon = sidebar->item(row)->icon();
        const QString name = QString::fromLatin1(pages[row]);
        EXPECT_EQ(sidebar->iconSize(), QSize(22, 22));
        for (qreal ratio : {1.0, 2.0}) {
            expectSharp(icon, QIcon::Normal, name, 22, ratio, palette.color(QPalette::WindowText),
                        pages[row]);
            // The current page's row: its icon in the highlighted text's colour.
            expectSharp(icon, QIcon::Selected, name, 22, ratio,
                        palette.color(QPalette::HighlightedText), pages[row]);
        }
    }

    // The library's search field: the search glyph in the field's text colour.
    auto* search = find<QLineEdit>("librarySearch");
    ASSERT_EQ(search->actions().size(), 1);
    for (qreal ratio : {1.0, 2.0}) {
        expectSharp(search->actions().front()->icon(), QIcon::Normal, QStringLiteral("search"), 16,
                    ratio, search->palette().color(QPalette::Text), "library search");
    }

    // The window icon, at every size it was rendered at, and at the dialogs' 48 and 64 sharp
    // on a high-density screen too.
    const QIcon windowIcon = window().windowIcon();
    ASSERT_FALSE(windowIcon.isNull());
    for (const QSize& size : windowIcon.availableSizes()) {
        const QImage image = windowIcon.pixmap(size, 1.0).toImage();
        EXPECT_EQ(image.size(), size);
        EXPECT_EQ(image.convertToFormat(QImage::Format_ARGB32_Premultiplied),
                  ui::readPng(QStringLiteral(":/icons/app/glidepath-%1.png").arg(size.width()))
                      .convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }
    for (int size : {48, 64}) {
        const QPixmap dense = windowIcon.pixmap(QSize(size, size), 2.0);
        EXPECT_EQ(dense.size(), QSize(2 * size, 2 * size));
        EXPECT_EQ(dense.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
                  ui::readPng(QStringLiteral(":/icons/app/glidepath-%1.png").arg(2 * size))
                      .convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }
}

TEST_F(IconsTest, LineIconsFollowTheirColourAndTheStyleDerivesTheDisabledLook)
{
    const QIcon red = ui::lineIcon(QStringLiteral("undo"), QColor(Qt::red));
    const QIcon white = ui::lineIcon(QStringLiteral("undo"), QColor(Qt::white));
    for (int pixels : ui::lineIconPixelSizes()) {
        expectSharp(red, QIcon::Normal, QStringLiteral("undo"), pixels, 1.0, QColor(Qt::red),
                    "red");
        expectSharp(white, QIcon::Normal, QStringLiteral("undo"), pixels, 1.0, QColor(Qt::white),
                    "white");
    }
    // A size between renderings is the next larger one scaled down, not an empty pixmap.
    EXPECT_EQ(red.pixmap(QSize(20, 20), 1.0).size(), QSize(20, 20));

    QStyleOption option(0);
    option.palette = QGuiApplication::palette();
    const QPixmap normal = red.pixmap(QSize(18, 18), 1.0);
    const QPixmap expected =
        QApplication::style()->generatedIconPixmap(QIcon::Disabled, normal, &option);
    EXPECT_EQ(red.pixmap(QSize(18, 18), 1.0, QIcon::Disabled).toImage(), expected.toImage());
    EXPECT_NE(red.pixmap(QSize(18, 18), 1.0, QIcon::Disabled).toImage(), normal.toImage());

    EXPECT_TRUE(ui::lineIcon(QStringLiteral("no-such-icon"), QColor(Qt::black)).isNull());
}

TEST_F(IconsTest, TheStyleWrapperDrawsWhatItsStyleDraws)
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
    std::unique_ptr<QStyle> lazy(ui::createLazyIconStyle(QStringLiteral("fusion")));
    ASSERT_TRUE(fusion && lazy);
    // Fusion underneath, so the group box below is drawn by the wrapper's own frame code.
    ASSERT_EQ(static_cast<QProxyStyle*>(lazy.get())->baseStyle()->name(), QStringLiteral("fusion"));

    // Group boxes with and without a title, and checkable: the same pixels either way.
    const auto grab = [](QStyle* style, const QString& title, bool checkable) {
        QWidget host;
        host.setStyle(style);
        auto* layout = new QVBoxLayout(&host);
        auto* box = new QGroupBox(title);
        box->setStyle(style);
        box->setCheckable(checkable);
        auto* inner = new QVBoxLayout(box);
        inner->addWidget(new QLabel(QStringLiteral("Sets and repetitions")));
        layout->addWidget(box);
        host.resize(240, 140);
        return host.grab().toImage();
    };
    for (const auto& [title, checkable] :
         {std::pair{QStringLiteral("Dose"), false}, std::pair{QString(), false},
          std::pair{QStringLiteral("Hold"), true}}) {
        EXPECT_EQ(grab(lazy.get(), title, checkable), grab(fusion.get(), title, checkable))
            << title.toStdString() << (checkable ? " (checkable)" : "");
    }

    // The deferred standard icons give the style's own pixmaps once asked for.
    for (QStyle::StandardPixmap which :
         {QStyle::SP_LineEditClearButton, QStyle::SP_ToolBarHorizontalExtensionButton,
          QStyle::SP_ToolBarVerticalExtensionButton}) {
        const QIcon deferred = lazy->standardIcon(which);
        const QIcon own = fusion->standardIcon(which);
        ASSERT_FALSE(deferred.isNull());
        EXPECT_EQ(deferred.pixmap(QSize(16, 16), 1.0).toImage(),
                  own.pixmap(QSize(16, 16), 1.0).toImage())
            << which;
        EXPECT_EQ(deferred.pixmap(QSize(16, 16), 2.0).toImage(),
                  own.pixmap(QSize(16, 16), 2.0).toImage())
            << which;
    }
}

} // namespace
} // namespace glidepath::test
