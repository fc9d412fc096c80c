#include "commands.h"

#include <ostream>

namespace warta::cli {

// Filled in by the quotes work; until then the command says so and fails.
int runQuotes(const Invocation &call)
{
    call.err << "warta-cli: quotes: not available in this build\n";
    return 2;
}

} // namespace warta::cli
