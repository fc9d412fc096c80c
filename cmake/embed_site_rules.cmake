# Writes OUTPUT, a C++ source holding every rules file of SITES_DIR as a raw
# string, so that the built-in site rules need no installed data folder.
# Included by src/core/sites/CMakeLists.txt when CMake configures.
file(GLOB files ${SITES_DIR}/*.json)
list(SORT files)
set(entries "")
foreach(file ${files})
  get_filename_component(id ${file} NAME_WE)
  file(READ ${file} text)
  string(FIND "${text}" ")warta_rules\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains the raw-string delimiter )warta_rules\"")
  endif()
  string(APPEND entries "    {\"${id}\", \"resources/sites/${id}.json\", R\"warta_rules(${text})warta_rules\"},\n")
endforeach()
set(source "// Generated from resources/sites/ by cmake/embed_site_rules.cmake; do not edit.
#include \"sites/builtin_rules.h\"

namespace warta::detail {
namespace {

constexpr BuiltInRules kBuiltIn[] = {
${entries}};

} // namespace

std::span<const BuiltInRules> builtInRules()
{
    return kBuiltIn;
}

} // namespace warta::detail
")
# Only a changed text touches the file, so that nothing rebuilds needlessly.
set(old "")
if(EXISTS ${OUTPUT})
  file(READ ${OUTPUT} old)
endif()
if(NOT "${old}" STREQUAL "${source}")
  file(WRITE ${OUTPUT} "${source}")
endif()
