#include "commands.h"

#include <ostream>

namespace warta::cli {

// Filled in by the cite work; until then the command says so and fails.
int runCite(const Invocation &call)
{
    call.err << "warta-cli: cite: not available in this build\n";
    return 2;
}

} // namespace warta::cli
