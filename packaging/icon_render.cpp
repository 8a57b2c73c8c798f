// Renders an SVG icon to PNG files of the given pixel sizes: the hicolor sizes of the application
// icon (packaging/) and the sizes the UI draws its line icons and window icon at (src/ui), so that
// the program itself needs no SVG renderer at run time. Runs at build time so that the PNGs always
// match the SVG; the renderer is Qt's own (no extra tool). Drawing into an image needs no
// application object and no screen.
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[])
{
    if (argc < 4 || argc % 2 != 0) {
        std::fprintf(stderr,
                     "usage: glidepath-icon-render ICON.svg SIZE OUT.png [SIZE OUT.png]...\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "glidepath-icon-render: %s is not a readable SVG file\n", argv[1]);
        return 1;
    }
    for (int arg = 2; arg + 1 < argc; arg += 2) {
        const int size = std::atoi(argv[arg]);
        if (size < 8 || size > 1024) {
            std::fprintf(stderr, "glidepath-icon-render: size %s is not between 8 and 1024\n",
                         argv[arg]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            svg.render(&painter, QRectF(0, 0, size, size));
        }
        if (!image.save(QString::fromLocal8Bit(argv[arg + 1]), "PNG")) {
            std::fprintf(stderr, "glidepath-icon-render: cannot write %s\n", argv[arg + 1]);
            return 1;
        }
    }
    return 0;
}
