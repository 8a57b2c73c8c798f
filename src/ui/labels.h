#pragma once

// The UI names vocabulary values with the report layer's labels, so that the app, the handouts
// and the CLI use the same words.

#include <glidepath/report/labels.h>

namespace glidepath::ui {

using report::joinLabels;
using report::label;
using report::Labels;

} // namespace glidepath::ui
