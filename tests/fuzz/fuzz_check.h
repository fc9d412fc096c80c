#pragma once

// A failed invariant inside a fuzz target must stop the run with a stack
// trace, in every build type: assert() vanishes under NDEBUG, so the targets
// use this instead.

#include <cstdio>
#include <cstdlib>

#define WARTA_FUZZ_CHECK(condition)                                                                          \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition);           \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
