#pragma once
// The 政府收支分类科目 the classification-code rules (BC50x) consult: per year, the
// 支出功能分类 codes (类/款/项) and the 部门预算支出经济分类 codes (类/款) with their official
// names, and the 类 names that changed. Reference data, embedded in the binary from
// data/codes/*.csv (see data/codes/README.md); nothing is read at run time.
//
// The catalogues are incomplete below 类: a code whose 类 is listed but which is not
// itself listed is unchecked, never unknown (CodeCatalogue::lookup says which).

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "budgetcheck/model/classification_code.hpp"
#include "budgetcheck/model/table_kind.hpp"

namespace budgetcheck {

struct CatalogueEntry {
  std::string code;  // digits
  std::string name;  // official name, brackets full-width as the catalogue prints them
  CodeLevel level = CodeLevel::Class;
  std::string source;  // provenance column of the CSV ("catalogue", "observed", ...)
};

// A 类 renamed in `renamed_in`: `old_name` is the name before that year.
struct RenamedCode {
  Classification classification = Classification::Functional;
  std::string code;
  std::string old_name;
  std::string current_name;
  int renamed_in = 0;
};

enum class CodeStatus {
  Listed,        // the catalogue lists the code
  Unlisted,      // its 类 is listed, the code is not (the catalogue is incomplete)
  UnknownClass,  // its 类 is not in the catalogue: no such code
};

class CodeCatalogue {
 public:
  // Reads the CSV texts of data/codes (`code,name,level,source` and
  // `classification,code,old_name,current_name,renamed_in`). Throws std::runtime_error
  // naming the file and line of the first malformed row. Renames after `year` are ignored.
  static CodeCatalogue from_csv(int year, std::string_view functional_csv,
                                std::string_view economic_csv, std::string_view renamed_csv);

  int year() const { return year_; }

  CodeStatus lookup(Classification classification, const ClassificationCode& code) const;
  // nullptr unless the catalogue lists the code.
  const CatalogueEntry* find(Classification classification, const ClassificationCode& code) const;
  // The listed 类 whose name is `name` (compared by same_code_name), or nullptr.
  const CatalogueEntry* class_named(Classification classification, std::string_view name) const;
  // The rename whose old name is `name` (same_code_name), for `code` when given, else for
  // any code; nullptr when `name` is no former name.
  const RenamedCode* renamed_from(Classification classification, std::string_view name,
                                  const std::optional<ClassificationCode>& code = {}) const;

  std::size_t size(Classification classification) const;

 private:
  int year_ = 0;
  std::unordered_map<std::string, CatalogueEntry> functional_, economic_;
  std::vector<RenamedCode> renamed_;

  const std::unordered_map<std::string, CatalogueEntry>& entries(
      Classification classification) const;
};

// The catalogue embedded for `year`, or nullptr when the binary carries none.
const CodeCatalogue* embedded_code_catalogue(int year);
// Years with an embedded catalogue, ascending.
std::vector<int> embedded_catalogue_years();

// A name with surrounding spaces (ASCII and full-width) removed and half-width brackets
// made full-width: "维修(护)费 " -> "维修（护）费". Nothing else changes.
std::string normalize_code_name(std::string_view name);
// Equal after normalize_code_name: the only differences published names may have.
bool same_code_name(std::string_view a, std::string_view b);

// "支出功能分类科目" / "部门预算支出经济分类科目".
std::string_view classification_zh(Classification classification);

}  // namespace budgetcheck
