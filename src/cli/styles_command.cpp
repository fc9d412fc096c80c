#include "commands.h"

#include <ostream>

namespace warta::cli {

// Filled in by the styles work; until then the command says so and fails.
int runStyles(const Invocation &call)
{
    call.err << "warta-cli: styles: not available in this build\n";
    return 2;
}

} // namespace warta::cli
