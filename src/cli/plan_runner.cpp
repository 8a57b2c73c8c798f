#include "cli_args.h"
#include "commands.h"

#include <ostream>

namespace glidepath::cli {

// The progression engine work replaces this file with the real plan maker.
int runPlan(const PlanOptions& /*options*/, std::ostream& /*out*/, std::ostream& err)
{
    err << "glidepath-cli: plan: the progression engine is not built into this version\n";
    return kExitBadInput;
}

} // namespace glidepath::cli
