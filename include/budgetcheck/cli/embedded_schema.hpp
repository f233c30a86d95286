#pragma once
// The JSON Schema of the disclosure format (schema/budgetcheck.schema.json), embedded
// at build time by cmake/EmbedSchema.cmake so the binary needs no data files.

#include <string>

namespace budgetcheck {

// False when the build found no schema file (then embedded_schema() is empty).
bool schema_embedded();
std::string embedded_schema();

}  // namespace budgetcheck
