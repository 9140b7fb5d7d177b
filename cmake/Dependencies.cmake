# Finds every third-party dependency from the system (Debian 12 packages; see scripts/install-deps.sh).
find_package(PkgConfig REQUIRED)
find_package(Xapian 1.4 REQUIRED)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n data)
find_package(yaml-cpp REQUIRED)
find_package(fmt REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
find_package(CLI11 2 REQUIRED)
find_package(Threads REQUIRED)
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)

# cld2 ships no CMake or pkg-config file.
find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
add_library(cld2::cld2 UNKNOWN IMPORTED)
set_target_properties(cld2::cld2 PROPERTIES
  IMPORTED_LOCATION "${CLD2_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${CLD2_INCLUDE_DIR}")

if(TARGET yaml-cpp::yaml-cpp)
  set(HC_YAML_TARGET yaml-cpp::yaml-cpp)
else()
  set(HC_YAML_TARGET yaml-cpp)
endif()
