# Warnings and sanitizers travel through INTERFACE targets, never global flags,
# so third-party code and generated Qt sources are not held to them.
add_library(warta_warnings INTERFACE)
target_compile_options(warta_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)

add_library(warta_sanitizers INTERFACE)
if(WARTA_SANITIZE)
  target_compile_options(warta_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(warta_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
