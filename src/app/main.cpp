#include "application_setup.h"

#include <QApplication>
#include <QElapsedTimer>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain; // start-up is measured from here to the first painted window
    sinceMain.start();
    glidepath::ui::prepareApplication();
    QApplication app(argc, argv);
    return glidepath::ui::runApplication(app, sinceMain);
}
