# Every data file the binary carries, embedded at build time by cmake/EmbedFile.cmake.
# Included from CMakeLists.txt after budgetcheck_lib exists.

include(${CMAKE_CURRENT_LIST_DIR}/EmbedFile.cmake)

set(BUDGETCHECK_GENERATED_DIR ${CMAKE_CURRENT_BINARY_DIR}/generated)

# `budgetcheck schema` prints schema/budgetcheck.schema.json; until the file exists it says so.
budgetcheck_embed_file(
  TARGET budgetcheck_lib OPTIONAL
  INPUT ${CMAKE_CURRENT_SOURCE_DIR}/schema/budgetcheck.schema.json
  OUTPUT ${BUDGETCHECK_GENERATED_DIR}/embedded_schema.cpp
  FUNCTION budgetcheck::embedded_schema
  PRESENT_FUNCTION budgetcheck::schema_embedded
  HEADER budgetcheck/cli/embedded_schema.hpp)

# The classification-code catalogues of the BC50x rules (data/codes/README.md). A new year
# adds its two files here and one line to the table in src/rules/code_catalogue.cpp.
foreach(codes functional-2026 economic-2026 renamed)
  string(REPLACE "-" "_" function ${codes})
  budgetcheck_embed_file(
    TARGET budgetcheck_lib
    INPUT ${CMAKE_CURRENT_SOURCE_DIR}/data/codes/${codes}.csv
    OUTPUT ${BUDGETCHECK_GENERATED_DIR}/codes_${function}.cpp
    FUNCTION budgetcheck::embedded_codes::${function}_csv)
endforeach()
