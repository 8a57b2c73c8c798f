// The floor of startup_bench: a bare Qt Widgets main window with a label, timed like
// `glidepath --measure-startup` (from main() to the end of its first paint, then it quits).

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer& sinceMain) : m_sinceMain(sinceMain) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_done && event->type() == QEvent::Paint) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("startup: usable window after %lld ms\n",
                            static_cast<long long>(m_sinceMain.elapsed()));
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceMain;
    bool m_done = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Glidepath floor"));
    window.setCentralWidget(new QLabel(QStringLiteral("floor")));
    window.resize(1320, 840);
    FirstPaint meter(sinceMain);
    window.installEventFilter(&meter);
    window.show();
    return app.exec();
}
