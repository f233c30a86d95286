#pragma once
// Document → JSON text in the budgetcheck/1 format (docs/format.md), as `budgetcheck import`
// writes it. Loading the text gives back the same model; writing that again gives the same
// text. Amounts are written as strings with thousands separators and the document's number of
// decimals; blank cells as null.

#include <functional>
#include <string>

#include "budgetcheck/model/document.hpp"

namespace budgetcheck {

std::string write_document_json(const Document& document);

// Sets every SourceLocation::pointer of `document` to the JSON Pointer the value has in the
// text write_document_json writes, keeping line, column and origin. The importer uses it so a
// finding on an imported source and on its written JSON names the same place.
void assign_json_pointers(Document& document);

// Calls `visit(where, pointer)` for every SourceLocation of `document` with the JSON Pointer
// that value has in the written JSON.
void visit_json_locations(Document& document,
                          const std::function<void(SourceLocation&, const std::string&)>& visit);

}  // namespace budgetcheck
