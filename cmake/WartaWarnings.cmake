# Warnings and sanitizers travel through INTERFACE targets, never global flags,
# so third-party code and generated Qt sources are not held to them.
add_library(warta_warnings INTERFACE)
target_compile_options(warta_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)

# warta_sanitizers is linked PUBLIC by warta_core, so every program and test
# executable built on the core (warta-cli, warta_core_tests, the viewer) is
# instrumented the same way; warta_cli_tests, which does not link the core,
# links it by itself. -DWARTA_SANITIZE=ON: AddressSanitizer (with
# LeakSanitizer) and UndefinedBehaviorSanitizer, where any UB report aborts
# the test, so that ctest sees it as a failure and not as a line in a log.
# -DWARTA_FUZZ=ON: the same sanitizers plus libFuzzer's coverage
# instrumentation (fuzzer-no-link; only the fuzz targets link libFuzzer's
# main), which needs clang.
add_library(warta_sanitizers INTERFACE)
set(_warta_sanitize "")
if(WARTA_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "WARTA_FUZZ needs clang (CC=clang-14 CXX=clang++-14), "
                        "not ${CMAKE_CXX_COMPILER_ID}: libFuzzer is part of clang")
  endif()
  set(_warta_sanitize fuzzer-no-link,address,undefined)
elseif(WARTA_SANITIZE)
  set(_warta_sanitize address,undefined)
endif()
if(_warta_sanitize)
  # -fno-sanitize-recover: a UB report aborts instead of printing and going on.
  target_compile_options(warta_sanitizers INTERFACE
    -fsanitize=${_warta_sanitize} -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(warta_sanitizers INTERFACE -fsanitize=${_warta_sanitize})
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 with -fsanitize=address warns "may be used uninitialized" inside
    # libstdc++'s <regex> (std::function moved in _NFA, reached through
    # Catch2's header): a false positive in library code that the extra
    # instrumentation confuses; the same code is clean without ASan.
    target_compile_options(warta_sanitizers INTERFACE -Wno-maybe-uninitialized)
  endif()
endif()
unset(_warta_sanitize)
