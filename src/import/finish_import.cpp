#include <map>

#include "budgetcheck/import/document_json.hpp"
#include "budgetcheck/import/recognise.hpp"

namespace budgetcheck {

LoadResult finish_import(Document document, std::vector<LoadProblem> problems) {
  LoadResult result;
  assign_json_pointers(document);
  if (problems.empty()) {
    // The loader's checks apply to imported documents too: run them on the JSON the import
    // writes, then point each problem back at the source.
    const LoadResult loaded = load_document_text(write_document_json(document), document.path);
    std::map<std::string, SourceLocation> places;
    visit_json_locations(document, [&](SourceLocation& where, const std::string& pointer) {
      places.emplace(pointer, where);
    });
    for (const LoadProblem& p : loaded.problems) {
      LoadProblem mapped{p.message, SourceLocation{.pointer = p.where.pointer}};
      for (std::string prefix = p.where.pointer; !prefix.empty();) {
        if (auto it = places.find(prefix); it != places.end() && it->second.known()) {
          mapped.where = it->second;
          mapped.where.pointer = p.where.pointer;
          break;
        }
        const auto slash = prefix.rfind('/');
        prefix = slash == std::string::npos ? std::string() : prefix.substr(0, slash);
      }
      problems.push_back(std::move(mapped));
    }
  }
  result.problems = std::move(problems);
  if (result.problems.empty())
    result.document = std::move(document);
  return result;
}

}  // namespace budgetcheck
