// glidepath-contact-sheet OUT.png [FIRST COUNT]: draws the start and end picture of every
// built-in exercise (or COUNT of them from FIRST) on one sheet with its name and id under each,
// for people to look over: docs/images/exercise-contact-sheet.png is made with it.

#include <glidepath/io/library_format.h>
#include <glidepath/report/illustration.h>

#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 2 && argc != 4) {
        std::fprintf(stderr, "usage: glidepath-contact-sheet OUT.png [FIRST COUNT]\n");
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const auto& exercises = glidepath::io::builtinLibrary().exercises;
    const int total = static_cast<int>(exercises.size());
    const int first = argc == 4 ? std::clamp(std::stoi(argv[2]), 0, total) : 0;
    const int count = argc == 4 ? std::clamp(std::stoi(argv[3]), 0, total - first) : total;

    constexpr int kColumns = 4;
    constexpr int kCellWidth = 400;
    constexpr int kDrawingHeight = 150;
    constexpr int kCellHeight = kDrawingHeight + 34;
    const int rows = (count + kColumns - 1) / kColumns;
    QImage sheet(kColumns * kCellWidth, std::max(1, rows) * kCellHeight, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(13);
    painter.setFont(font);
    for (int i = 0; i < count; ++i) {
        const auto& exercise = exercises[static_cast<std::size_t>(first + i)];
        const QRect cell((i % kColumns) * kCellWidth, (i / kColumns) * kCellHeight, kCellWidth,
                         kCellHeight);
        painter.setPen(QColor(0xd0, 0xd4, 0xd9));
        painter.drawRect(cell.adjusted(0, 0, -1, -1));
        glidepath::report::drawIllustration(
            painter, QRectF(cell.adjusted(8, 6, -8, -(kCellHeight - kDrawingHeight))), exercise);
        painter.setPen(Qt::black);
        painter.drawText(
            cell.adjusted(6, kDrawingHeight + 2, -6, -2),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
            QStringLiteral("%1. %2 (%3)")
                .arg(first + i + 1)
                .arg(QString::fromStdString(exercise.name), QString::fromStdString(exercise.id)));
    }
    painter.end();
    if (!sheet.save(QString::fromLocal8Bit(argv[1]), "PNG")) {
        std::fprintf(stderr, "could not write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
