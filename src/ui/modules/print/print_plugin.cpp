// The print module: the printer and its preview dialog through Qt Print Support, in a plugin of
// its own so that the library is loaded when something is first printed, not at every start.
#include "modules/print_module.h"

#include <QObject>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QWidget>

namespace glidepath::ui {

class PrintPlugin final : public QObject, public PrintModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GLIDEPATH_PRINT_MODULE_IID)
    Q_INTERFACES(glidepath::ui::PrintModule)

public:
    void printWithPreview(QWidget* parent, const QString& title,
                          const std::function<bool(QPagedPaintDevice&)>& prepare,
                          const std::function<void(QPagedPaintDevice&)>& paint) override
    {
        QPrinter printer(QPrinter::HighResolution);
        if (!prepare(printer)) {
            return;
        }
        QPrintPreviewDialog preview(&printer, parent);
        preview.setWindowTitle(title);
        if (parent) {
            preview.resize(parent->window()->size() * 0.9); // pages need room to be read
        }
        connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                [&paint](QPrinter* target) { paint(*target); });
        preview.exec();
    }
};

} // namespace glidepath::ui

#include "print_plugin.moc"
