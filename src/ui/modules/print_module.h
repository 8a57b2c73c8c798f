#pragma once

#include <QString>
#include <QtPlugin>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace glidepath::ui {

// The print module (modules/print, Qt Print Support), loaded when something is first printed.
class PrintModule
{
public:
    virtual ~PrintModule() = default;
    // Sets up a high-resolution printer, lets prepare set its page layout (false: stop, nothing
    // shown) and shows a print preview titled title over parent, painting the pages with paint
    // whenever the preview asks; the user prints from there.
    virtual void printWithPreview(QWidget* parent, const QString& title,
                                  const std::function<bool(QPagedPaintDevice&)>& prepare,
                                  const std::function<void(QPagedPaintDevice&)>& paint) = 0;
};

} // namespace glidepath::ui

#define GLIDEPATH_PRINT_MODULE_IID "org.glidepath.PrintModule/1"
Q_DECLARE_INTERFACE(glidepath::ui::PrintModule, GLIDEPATH_PRINT_MODULE_IID)
