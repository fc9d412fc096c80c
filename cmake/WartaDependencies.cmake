# Every dependency comes from a Debian 12 package; nothing is downloaded.
find_package(PkgConfig REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(pugixml REQUIRED)
# The library's database (FTS5 is built into Debian's SQLite 3.40).
find_package(SQLite3 3.40 REQUIRED)
# The library's stored text is deflated (src/core/library/text_codec.h).
find_package(ZLIB REQUIRED)
if(WARTA_BUILD_APP)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Widgets PrintSupport LinguistTools)
endif()
if(WARTA_BUILD_TESTS)
  find_package(Catch2 2.13 REQUIRED)
endif()
