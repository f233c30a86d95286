#include "budgetcheck/import/xlsx_reader.hpp"

#include <expat.h>
#include <minizip/unzip.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <sstream>
#include <type_traits>
#include <unordered_map>

namespace budgetcheck {

// ---------------------------------------------------------------------------------------
// Numbers, cell references
// ---------------------------------------------------------------------------------------

std::optional<std::string> xlsx_number_text(std::string_view v) {
  std::size_t i = 0;
  bool negative = false;
  if (i < v.size() && (v[i] == '+' || v[i] == '-')) {
    negative = v[i] == '-';
    ++i;
  }
  std::string digits;   // integer and fraction digits, no point
  long long point = 0;  // digits before the decimal point
  bool seen_point = false, any_digit = false;
  for (; i < v.size(); ++i) {
    const char c = v[i];
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
      any_digit = true;
      if (!seen_point)
        ++point;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else {
      break;
    }
  }
  if (!any_digit)
    return std::nullopt;
  if (i < v.size() && (v[i] == 'e' || v[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < v.size() && (v[i] == '+' || v[i] == '-')) {
      exp_negative = v[i] == '-';
      ++i;
    }
    long long exponent = 0;
    std::size_t exp_digits = 0;
    for (; i < v.size() && v[i] >= '0' && v[i] <= '9'; ++i, ++exp_digits) {
      if (exp_digits == 4)  // far beyond a double's range (E±308)
        return std::nullopt;
      exponent = exponent * 10 + (v[i] - '0');
    }
    if (exp_digits == 0)
      return std::nullopt;
    point += exp_negative ? -exponent : exponent;
  }
  if (i != v.size())
    return std::nullopt;

  // Significant digits only: leading zeros move the point, trailing zeros say nothing.
  std::size_t lead = 0;
  while (lead < digits.size() && digits[lead] == '0')
    ++lead;
  digits.erase(0, lead);
  point -= static_cast<long long>(lead);
  if (digits.empty())
    return std::string("0");

  // Excel shows 15 significant digits; the 16th decides, half away from zero.
  constexpr std::size_t kSignificant = 15;
  if (digits.size() > kSignificant) {
    const bool round_up = digits[kSignificant] >= '5';
    digits.resize(kSignificant);
    if (round_up) {
      std::size_t k = kSignificant;
      while (k > 0 && digits[k - 1] == '9') {
        digits[k - 1] = '0';
        --k;
      }
      if (k == 0) {
        digits.insert(digits.begin(), '1');
        digits.pop_back();
        ++point;
      } else {
        ++digits[k - 1];
      }
    }
  }
  while (!digits.empty() && digits.back() == '0')
    digits.pop_back();

  std::string out;
  if (negative)
    out.push_back('-');
  const auto length = static_cast<long long>(digits.size());
  if (point <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-point), '0');
    out += digits;
  } else if (point >= length) {
    out += digits;
    out.append(static_cast<std::size_t>(point - length), '0');
  } else {
    out += digits.substr(0, static_cast<std::size_t>(point));
    out.push_back('.');
    out += digits.substr(static_cast<std::size_t>(point));
  }
  return out;
}

std::optional<SheetCellRef> parse_cell_ref(std::string_view ref) {
  std::size_t i = 0;
  std::uint32_t column = 0, row = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
    if (i == 3)
      return std::nullopt;
    column = column * 26 + static_cast<std::uint32_t>(ref[i] - 'A' + 1);
  }
  const std::size_t letters = i;
  if (letters == 0 || column > 16384)
    return std::nullopt;
  for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9'; ++i) {
    if (i - letters == 7 || (i == letters && ref[i] == '0'))
      return std::nullopt;
    row = row * 10 + static_cast<std::uint32_t>(ref[i] - '0');
  }
  if (i != ref.size() || i == letters || row > 1048576)
    return std::nullopt;
  return SheetCellRef{row, column};
}

std::string column_letters(std::uint32_t column) {
  std::string out;
  while (column > 0) {
    const std::uint32_t rest = (column - 1) % 26;
    out.insert(out.begin(), static_cast<char>('A' + rest));
    column = (column - 1) / 26;
  }
  return out;
}

namespace {

// ---------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------

std::string trim(std::string_view s) {
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  for (;;) {
    const std::size_t before = s.size();
    while (!s.empty() &&
           (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
      s.remove_prefix(1);
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
      s.remove_suffix(1);
    if (s.starts_with(kIdeographicSpace))
      s.remove_prefix(3);
    if (s.ends_with(kIdeographicSpace))
      s.remove_suffix(3);
    if (s.size() == before)
      return std::string(s);
  }
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// OOXML writes characters XML cannot hold as _xHHHH_ ("_x000D_" for a carriage return,
// "_x005F_" for a literal underscore before such a pattern).
std::string decode_ooxml_escapes(std::string_view s) {
  if (s.find("_x") == std::string_view::npos)
    return std::string(s);
  std::string out;
  const auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && hex(s[i + 2]) && hex(s[i + 3]) &&
        hex(s[i + 4]) && hex(s[i + 5]) && s[i + 6] == '_') {
      append_utf8(out, static_cast<std::uint32_t>(
                           std::stoul(std::string(s.substr(i + 2, 4)), nullptr, 16)));
      i += 7;
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

// Excel quotes a sheet name in a reference when it is not a plain word: 'My sheet'!C5.
std::string sheet_prefix(const std::string& sheet) {
  const bool plain = std::all_of(sheet.begin(), sheet.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) || c == '_' || c == '.';
  });
  if (plain && !sheet.empty())
    return sheet + "!";
  std::string quoted = "'";
  for (char c : sheet) {
    quoted.push_back(c);
    if (c == '\'')
      quoted.push_back('\'');
  }
  return quoted + "'!";
}

std::string cell_origin(const std::string& sheet, std::uint32_t row, std::uint32_t column) {
  return sheet_prefix(sheet) + column_letters(column) + std::to_string(row);
}

LoadProblem problem(std::string message, std::string origin, std::uint32_t line = 0,
                    std::uint32_t column = 0) {
  LoadProblem p;
  p.message = std::move(message);
  p.where.origin = std::move(origin);
  p.where.line = line;
  p.where.column = column;
  return p;
}

// "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"; "/xl/…" is
// from the package root; ".." segments are resolved, never above the root.
std::string resolve_part(const std::string& base_dir, const std::string& target) {
  std::string joined = target.starts_with("/") ? target.substr(1) : base_dir + target;
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos)
      end = joined.size();
    const std::string segment = joined.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty())
        segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& s : segments)
    out += (out.empty() ? "" : "/") + s;
  return out;
}

std::string directory_of(const std::string& part) {
  const auto slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

// ---------------------------------------------------------------------------------------
// Streaming XML: expat with namespaces resolved; handlers see local names only, so a
// prefixed document (<x:row>) reads like an unprefixed one.
// ---------------------------------------------------------------------------------------

using Attributes = std::unordered_map<std::string, std::string>;

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(const std::string& name, const Attributes& attributes) = 0;
  virtual void end(const std::string& name) = 0;
  virtual void text(std::string_view) {}
  // Set by a handler to stop parsing with this message.
  std::optional<std::string> failure;
  XML_Parser parser = nullptr;
  void fail(std::string message) {
    if (!failure)
      failure = std::move(message);
    XML_StopParser(parser, XML_FALSE);
  }
};

std::string local_name(const XML_Char* name) {
  std::string_view n(name);
  const auto bar = n.rfind('|');
  return std::string(bar == std::string_view::npos ? n : n.substr(bar + 1));
}

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto* handler = static_cast<XmlHandler*>(data);
  Attributes map;
  for (std::size_t i = 0; attributes[i] != nullptr; i += 2)
    map[local_name(attributes[i])] = attributes[i + 1];
  handler->start(local_name(name), map);
}
void XMLCALL on_end(void* data, const XML_Char* name) {
  static_cast<XmlHandler*>(data)->end(local_name(name));
}
void XMLCALL on_text(void* data, const XML_Char* s, int length) {
  static_cast<XmlHandler*>(data)->text(std::string_view(s, static_cast<std::size_t>(length)));
}
// XLSX parts never declare a DTD; refusing one rules out entity expansion attacks.
void XMLCALL on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  static_cast<XmlHandler*>(data)->fail("the part declares a DTD, which XLSX parts never do");
}

// ---------------------------------------------------------------------------------------
// The archive
// ---------------------------------------------------------------------------------------

// minizip reads the archive through these callbacks, straight from the bytes in memory.
struct MemoryFile {
  std::string_view bytes;
  std::uint64_t position = 0;
};
voidpf ZCALLBACK memory_open(voidpf opaque, const void*, int) {
  return opaque;
}
uLong ZCALLBACK memory_read(voidpf, voidpf stream, void* buffer, uLong size) {
  auto* file = static_cast<MemoryFile*>(stream);
  const auto n =
      static_cast<uLong>(std::min<std::uint64_t>(size, file->bytes.size() - file->position));
  std::memcpy(buffer, file->bytes.data() + file->position, n);
  file->position += n;
  return n;
}
uLong ZCALLBACK memory_write(voidpf, voidpf, const void*, uLong) {
  return 0;  // read only
}
ZPOS64_T ZCALLBACK memory_tell(voidpf, voidpf stream) {
  return static_cast<MemoryFile*>(stream)->position;
}
long ZCALLBACK memory_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* file = static_cast<MemoryFile*>(stream);
  const std::uint64_t base = origin == ZLIB_FILEFUNC_SEEK_SET   ? 0
                             : origin == ZLIB_FILEFUNC_SEEK_CUR ? file->position
                                                                : file->bytes.size();
  if (offset > file->bytes.size() - std::min<std::uint64_t>(base, file->bytes.size()))
    return -1;
  file->position = base + offset;
  return 0;
}
int ZCALLBACK memory_close(voidpf, voidpf) {
  return 0;
}
int ZCALLBACK memory_error(voidpf, voidpf) {
  return 0;
}

std::string unzip_error(int code) {
  switch (code) {
    case UNZ_BADZIPFILE:
      return "not a valid zip archive";
    case UNZ_CRCERROR:
      return "checksum mismatch";
    case UNZ_ERRNO:
    case Z_DATA_ERROR:
      return "invalid compressed data";
    case Z_MEM_ERROR:
      return "out of memory";
    default:
      return "zip error " + std::to_string(code);
  }
}

// The archive, read with minizip (zlib's own unzip: it needs nothing but zlib; libzip
// brought OpenSSL and bzip2 into every start of the program, 2/3 of its start-up time).
class Archive {
 public:
  Archive(std::string_view bytes, const XlsxOptions& options) : options_(options), file_{bytes, 0} {
    zlib_filefunc64_def io{memory_open, memory_read,  memory_write, memory_tell,
                           memory_seek, memory_close, memory_error, &file_};
    archive_ = unzOpen2_64("memory", &io);
    if (archive_ == nullptr)
      open_error_ = "the central directory cannot be read";
  }
  ~Archive() {
    if (archive_ != nullptr)
      unzClose(archive_);
  }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  bool opened() const { return archive_ != nullptr; }
  const std::string& open_error() const { return open_error_; }
  bool has(const std::string& part) const {
    return unzLocateFile(archive_, part.c_str(), 1) == UNZ_OK;
  }

  // Streams `part` through `handler`; a problem message on failure.
  std::optional<std::string> parse(const std::string& part, XmlHandler& handler) {
    if (unzLocateFile(archive_, part.c_str(), 1) != UNZ_OK)
      return "the workbook has no part " + part;
    unz_file_info64 info{};
    if (const int rc = unzGetCurrentFileInfo64(archive_, &info, nullptr, 0, nullptr, 0, nullptr, 0);
        rc != UNZ_OK)
      return "cannot read part " + part + ": " + unzip_error(rc);
    if (info.flag & 1U)  // general purpose bit 0: encrypted
      return "part " + part + " is encrypted; save the workbook without a password";
    if (info.uncompressed_size > options_.max_part_bytes)
      return "part " + part + " is " + std::to_string(info.uncompressed_size) +
             " bytes uncompressed, more than the limit of " +
             std::to_string(options_.max_part_bytes);
    if (const int rc = unzOpenCurrentFile(archive_); rc != UNZ_OK)
      return "cannot read part " + part + ": " + unzip_error(rc);
    // unzCloseCurrentFile checks the CRC once the whole part has been read.
    struct Closer {
      unzFile archive;
      ~Closer() {
        if (archive != nullptr)
          unzCloseCurrentFile(archive);
      }
    } closer{archive_};

    std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> parser(
        XML_ParserCreateNS(nullptr, '|'), XML_ParserFree);
    if (!parser)
      return std::string("out of memory creating an XML parser");
    handler.parser = parser.get();
    XML_SetUserData(parser.get(), &handler);
    XML_SetElementHandler(parser.get(), on_start, on_end);
    XML_SetCharacterDataHandler(parser.get(), on_text);
    XML_SetStartDoctypeDeclHandler(parser.get(), on_doctype);

    std::size_t part_bytes = 0;
    char buffer[64 * 1024];
    for (;;) {
      const int n = unzReadCurrentFile(archive_, buffer, sizeof buffer);
      if (n < 0)
        return "part " + part + " is damaged: " + unzip_error(n);
      part_bytes += static_cast<std::size_t>(n);
      total_bytes_ += static_cast<std::size_t>(n);
      // The sizes in the archive directory may lie: count what is actually inflated.
      if (part_bytes > options_.max_part_bytes)
        return "part " + part + " inflates to more than the limit of " +
               std::to_string(options_.max_part_bytes) + " bytes";
      if (total_bytes_ > options_.max_total_bytes)
        return "the workbook inflates to more than the limit of " +
               std::to_string(options_.max_total_bytes) + " bytes";
      const bool final = n == 0;
      if (XML_Parse(parser.get(), buffer, static_cast<int>(n), final) != XML_STATUS_OK) {
        if (handler.failure)
          return part + ": " + *handler.failure;
        return part + " is not well-formed XML (line " +
               std::to_string(XML_GetCurrentLineNumber(parser.get())) +
               "): " + XML_ErrorString(XML_GetErrorCode(parser.get()));
      }
      if (handler.failure)
        return part + ": " + *handler.failure;
      if (final) {
        closer.archive = nullptr;
        if (const int rc = unzCloseCurrentFile(archive_); rc != UNZ_OK)
          return "part " + part + " is damaged: " + unzip_error(rc);
        return std::nullopt;
      }
    }
  }

 private:
  const XlsxOptions& options_;
  MemoryFile file_;
  unzFile archive_ = nullptr;
  std::string open_error_;
  std::size_t total_bytes_ = 0;
};

// ---------------------------------------------------------------------------------------
// Parts
// ---------------------------------------------------------------------------------------

struct Relationship {
  std::string type;
  std::string target;
};

class RelationshipsHandler : public XmlHandler {
 public:
  std::map<std::string, Relationship> by_id;
  void start(const std::string& name, const Attributes& a) override {
    if (name != "Relationship")
      return;
    const auto id = a.find("Id"), type = a.find("Type"), target = a.find("Target");
    if (id == a.end() || target == a.end())
      return fail("a relationship without Id or Target");
    const auto mode = a.find("TargetMode");
    if (mode != a.end() && mode->second == "External")
      return;  // links outside the package are never read
    by_id[id->second] = {type == a.end() ? std::string() : type->second, target->second};
  }
  void end(const std::string&) override {}
};

struct SheetEntry {
  std::string name;
  std::string relationship_id;
};

class WorkbookHandler : public XmlHandler {
 public:
  std::vector<SheetEntry> sheets;
  void start(const std::string& name, const Attributes& a) override {
    if (name == "fileVersion" || name == "workbookPr" || name == "workbook")
      return;
    if (name != "sheet")
      return;
    const auto sheet_name = a.find("name"), id = a.find("id");
    if (sheet_name == a.end() || id == a.end())
      return fail("a <sheet> without name or r:id");
    sheets.push_back({sheet_name->second, id->second});
  }
  void end(const std::string&) override {}
};

class SharedStringsHandler : public XmlHandler {
 public:
  std::vector<std::string> strings;
  explicit SharedStringsHandler(std::size_t max_strings) : max_strings_(max_strings) {}
  void start(const std::string& name, const Attributes&) override {
    if (name == "si") {
      in_si_ = true;
      current_.clear();
    } else if (name == "rPh") {
      in_phonetic_ = true;  // phonetic guides (furigana) are not part of the text
    } else if (name == "t" && in_si_ && !in_phonetic_) {
      in_t_ = true;
    }
  }
  void end(const std::string& name) override {
    if (name == "si") {
      if (strings.size() == max_strings_)
        return fail("more shared strings than the cell limit");
      strings.push_back(decode_ooxml_escapes(current_));
      in_si_ = false;
    } else if (name == "rPh") {
      in_phonetic_ = false;
    } else if (name == "t") {
      in_t_ = false;
    }
  }
  void text(std::string_view s) override {
    if (in_t_)
      current_.append(s);
  }

 private:
  std::size_t max_strings_;
  bool in_si_ = false, in_t_ = false, in_phonetic_ = false;
  std::string current_;
};

struct MergeRange {
  SheetCellRef first, last;
};

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(const std::string& sheet, const std::vector<std::string>* shared,
               const XlsxOptions& options, std::size_t& cells_used,
               std::vector<LoadProblem>& problems)
      : sheet_(sheet),
        shared_(shared),
        options_(options),
        cells_used_(cells_used),
        problems_(problems) {}

  std::map<std::uint32_t, std::map<std::uint32_t, std::string>> cells;  // row → column → text
  std::vector<MergeRange> merges;

  void start(const std::string& name, const Attributes& a) override {
    if (name == "sheetData") {
      in_sheet_data_ = true;
    } else if (name == "row" && in_sheet_data_) {
      start_row(a);
    } else if (name == "c" && in_sheet_data_) {
      start_cell(a);
    } else if (in_cell_ && name == "v") {
      in_v_ = true;
      has_v_ = true;
    } else if (in_cell_ && name == "f") {
      has_f_ = true;
    } else if (in_cell_ && name == "is") {
      in_is_ = true;
      has_is_ = true;
    } else if (in_is_ && name == "rPh") {
      in_phonetic_ = true;
    } else if (in_is_ && name == "t" && !in_phonetic_) {
      in_t_ = true;
    } else if (name == "mergeCell") {
      const auto ref = a.find("ref");
      if (ref == a.end())
        return fail("a <mergeCell> without ref");
      const auto colon = ref->second.find(':');
      const auto first = parse_cell_ref(ref->second.substr(0, colon));
      const auto last =
          colon == std::string::npos ? first : parse_cell_ref(ref->second.substr(colon + 1));
      if (!first || !last || last->row < first->row || last->column < first->column)
        return fail("a merged range that cannot be read: \"" + ref->second + "\"");
      merges.push_back({*first, *last});
    }
  }

  void end(const std::string& name) override {
    if (name == "sheetData") {
      in_sheet_data_ = false;
    } else if (name == "c" && in_cell_) {
      finish_cell();
      in_cell_ = false;
    } else if (name == "v") {
      in_v_ = false;
    } else if (name == "is") {
      in_is_ = false;
    } else if (name == "rPh") {
      in_phonetic_ = false;
    } else if (name == "t") {
      in_t_ = false;
    }
  }

  void text(std::string_view s) override {
    if (in_v_)
      value_.append(s);
    else if (in_t_)
      inline_text_.append(s);
  }

 private:
  void start_row(const Attributes& a) {
    const auto r = a.find("r");
    if (r != a.end()) {
      std::uint32_t n = 0;
      for (char c : r->second) {
        if (c < '0' || c > '9' || n > 1048576)
          return fail("a row number that cannot be read: \"" + r->second + "\"");
        n = n * 10 + static_cast<std::uint32_t>(c - '0');
      }
      if (n == 0 || n > 1048576)
        return fail("a row number that cannot be read: \"" + r->second + "\"");
      row_ = n;
    } else {
      ++row_;  // rows may leave out r: then they follow one another
    }
    if (row_ > options_.max_rows)
      return fail("sheet " + sheet_ + " has more than " + std::to_string(options_.max_rows) +
                  " rows (limit)");
    column_ = 0;
  }

  void start_cell(const Attributes& a) {
    in_cell_ = true;
    has_v_ = has_f_ = has_is_ = false;
    value_.clear();
    inline_text_.clear();
    const auto t = a.find("t");
    type_ = t == a.end() ? "n" : t->second;
    const auto r = a.find("r");
    if (r != a.end()) {
      const auto ref = parse_cell_ref(r->second);
      if (!ref)
        return fail("a cell reference that cannot be read: \"" + r->second + "\"");
      if (row_ != 0 && ref->row != row_)
        return fail("cell " + r->second + " is inside row " + std::to_string(row_));
      row_ = ref->row;
      column_ = ref->column;
    } else {
      ++column_;  // cells may leave out r: then they follow one another
    }
    if (row_ == 0 || column_ > 16384)
      return fail("a cell outside the sheet's rows or columns");
  }

  void cell_problem(std::string message) {
    problems_.push_back(
        problem(std::move(message), cell_origin(sheet_, row_, column_), row_, column_));
  }

  void finish_cell() {
    std::string text;
    const std::string ref = column_letters(column_) + std::to_string(row_);
    if (type_ == "s") {
      std::size_t index = 0;
      bool digits = !value_.empty();
      for (char c : value_) {
        if (c < '0' || c > '9' || index > 100'000'000) {
          digits = false;
          break;
        }
        index = index * 10 + static_cast<std::size_t>(c - '0');
      }
      if (!digits || shared_ == nullptr || index >= shared_->size())
        return cell_problem("cell " + ref + " refers to shared string \"" + value_ +
                            "\", which the workbook does not have");
      text = (*shared_)[index];
    } else if (type_ == "inlineStr") {
      text = decode_ooxml_escapes(inline_text_);
    } else if (type_ == "str") {
      if (!has_v_ && has_f_)
        return cell_problem("cell " + ref +
                            " has a formula but no stored result; open and save the workbook "
                            "in a spreadsheet program to compute it");
      text = decode_ooxml_escapes(value_);
    } else if (type_ == "b") {
      if (value_ == "1")
        text = "TRUE";
      else if (value_ == "0")
        text = "FALSE";
      else if (has_v_)
        return cell_problem("cell " + ref + " is a boolean but holds \"" + value_ + "\"");
    } else if (type_ == "e") {
      return cell_problem("cell " + ref + " holds the error value " + value_ +
                          " (a formula that failed)");
    } else if (type_ == "n") {
      if (!has_v_ && has_f_)
        return cell_problem("cell " + ref +
                            " has a formula but no stored result; open and save the workbook "
                            "in a spreadsheet program to compute it");
      if (has_v_ && !value_.empty()) {
        auto number = xlsx_number_text(value_);
        if (!number)
          return cell_problem("cell " + ref + " is a number but holds \"" + value_ + "\"");
        text = std::move(*number);
      }
    } else if (type_ == "d") {
      text = value_;  // an ISO 8601 date as written (strict-mode workbooks only)
    } else {
      return cell_problem("cell " + ref + " has the unknown type \"" + type_ + "\"");
    }
    text = trim(text);
    if (text.empty())
      return;
    if (++cells_used_ > options_.max_cells)
      return fail("the workbook has more than " + std::to_string(options_.max_cells) +
                  " non-empty cells (limit)");
    cells[row_][column_] = std::move(text);
  }

  const std::string& sheet_;
  const std::vector<std::string>* shared_;
  const XlsxOptions& options_;
  std::size_t& cells_used_;
  std::vector<LoadProblem>& problems_;
  bool in_sheet_data_ = false, in_cell_ = false, in_v_ = false, in_is_ = false, in_t_ = false,
       in_phonetic_ = false;
  bool has_v_ = false, has_f_ = false, has_is_ = false;
  std::uint32_t row_ = 0, column_ = 0;
  std::string type_, value_, inline_text_;
};

// Fills every cell a merge covers with the top-left text (see the header comment), except
// where the top-left cell is alone in its row: a title, 单位 or 注 line merged across the
// table stays one cell, as the same line is in a text source.
std::optional<std::string> apply_merges(SheetHandler& sheet, const XlsxOptions& options,
                                        std::size_t& cells_used) {
  for (const auto& m : sheet.merges) {
    const auto row = sheet.cells.find(m.first.row);
    if (row == sheet.cells.end())
      continue;
    const auto cell = row->second.find(m.first.column);
    if (cell == row->second.end())
      continue;
    if (row->second.size() == 1)
      continue;
    const std::string text = cell->second;
    const std::uint64_t area = std::uint64_t{m.last.row - m.first.row + 1} *
                               std::uint64_t{m.last.column - m.first.column + 1};
    if (m.last.row > options.max_rows || cells_used + area > options.max_cells)
      return "the merged range " + column_letters(m.first.column) + std::to_string(m.first.row) +
             ":" + column_letters(m.last.column) + std::to_string(m.last.row) +
             " is larger than the limits allow";
    cells_used += area;
    for (std::uint32_t r = m.first.row; r <= m.last.row; ++r)
      for (std::uint32_t c = m.first.column; c <= m.last.column; ++c)
        sheet.cells[r][c] = text;
  }
  return std::nullopt;
}

Grid to_grid(const std::string& path, const std::string& sheet_name, const SheetHandler& sheet) {
  Grid grid;
  grid.source = path;
  grid.sheet = sheet_name;
  for (const auto& [row_number, columns] : sheet.cells) {
    if (columns.empty())
      continue;
    GridRow row;
    row.line = row_number;
    const std::uint32_t last = columns.rbegin()->first;
    for (std::uint32_t c = 1; c <= last; ++c) {
      GridCell cell;
      const auto found = columns.find(c);
      if (found != columns.end())
        cell.text = found->second;
      cell.line = row_number;
      cell.column = c;
      cell.origin = cell_origin(sheet_name, row_number, c);
      row.cells.push_back(std::move(cell));
    }
    grid.rows.push_back(std::move(row));
  }
  return grid;
}

constexpr std::string_view kOfficeDocument =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
constexpr std::string_view kStrictOfficeDocument =
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

bool type_is(const std::string& type, std::string_view suffix) {
  return type.ends_with(suffix);
}

}  // namespace

XlsxReadResult read_xlsx_bytes(std::string_view bytes, const std::string& path,
                               const XlsxOptions& options) {
  XlsxReadResult result;
  const auto archive_problem = [&](std::string message) {
    result.problems.push_back(problem(std::move(message), path));
    return result;
  };
  if (bytes.size() > options.max_file_bytes)
    return archive_problem(path + " is larger than the limit of " +
                           std::to_string(options.max_file_bytes) + " bytes");
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
    return archive_problem(path +
                           " is a legacy .xls workbook or a password-protected .xlsx (both are "
                           "OLE compound files); save it as .xlsx without a password");
  if (!bytes.starts_with("PK\x03\x04") && !bytes.starts_with("PK\x05\x06"))
    return archive_problem(path + " is not an XLSX workbook (not a zip archive)");

  Archive archive(bytes, options);
  if (!archive.opened())
    return archive_problem(path + " is a damaged zip archive: " + archive.open_error());

  // Which part is the workbook: the package relationships say; xl/workbook.xml by default.
  std::string workbook_part = "xl/workbook.xml";
  if (archive.has("_rels/.rels")) {
    RelationshipsHandler rels;
    if (auto error = archive.parse("_rels/.rels", rels))
      return archive_problem(*error);
    for (const auto& [id, r] : rels.by_id)
      if (r.type == kOfficeDocument || r.type == kStrictOfficeDocument)
        workbook_part = resolve_part("", r.target);
  }
  if (!archive.has(workbook_part)) {
    if (archive.has("mimetype") || archive.has("content.xml"))
      return archive_problem(path + " is an OpenDocument file (.ods), not XLSX; save it as .xlsx");
    if (archive.has("xl/workbook.bin"))
      return archive_problem(path + " is a binary workbook (.xlsb); save it as .xlsx");
    return archive_problem(path + " is a zip archive but not an XLSX workbook (no " +
                           workbook_part + ")");
  }
  if (workbook_part.ends_with(".bin"))
    return archive_problem(path + " is a binary workbook (.xlsb); save it as .xlsx");

  WorkbookHandler workbook;
  if (auto error = archive.parse(workbook_part, workbook))
    return archive_problem(*error);
  if (workbook.sheets.size() > options.max_sheets)
    return archive_problem(path + " has more than " + std::to_string(options.max_sheets) +
                           " sheets (limit)");

  const std::string base = directory_of(workbook_part);
  const std::string rels_part = base + "_rels/" + workbook_part.substr(base.size()) + ".rels";
  RelationshipsHandler rels;
  if (auto error = archive.parse(rels_part, rels))
    return archive_problem(*error);

  std::optional<SharedStringsHandler> shared;
  std::string shared_part;
  for (const auto& [id, r] : rels.by_id)
    if (type_is(r.type, "/sharedStrings"))
      shared_part = resolve_part(base, r.target);
  if (!shared_part.empty()) {
    shared.emplace(options.max_cells);
    if (auto error = archive.parse(shared_part, *shared))
      return archive_problem(*error);
  }

  std::size_t cells_used = 0;
  for (const auto& entry : workbook.sheets) {
    const auto r = rels.by_id.find(entry.relationship_id);
    if (r == rels.by_id.end())
      return archive_problem(workbook_part + ": sheet \"" + entry.name +
                             "\" refers to relationship " + entry.relationship_id + ", which " +
                             rels_part + " does not have");
    if (type_is(r->second.type, "/chartsheet") || type_is(r->second.type, "/dialogsheet"))
      continue;  // no cells
    if (!type_is(r->second.type, "/worksheet"))
      return archive_problem("sheet \"" + entry.name + "\" is not a worksheet (" + r->second.type +
                             ")");
    const std::string part = resolve_part(base, r->second.target);
    const std::size_t problems_before = result.problems.size();
    SheetHandler sheet(entry.name, shared ? &shared->strings : nullptr, options, cells_used,
                       result.problems);
    if (auto error = archive.parse(part, sheet)) {
      result.problems.push_back(problem("sheet \"" + entry.name + "\": " + *error, part));
      return result;
    }
    if (auto error = apply_merges(sheet, options, cells_used)) {
      result.problems.push_back(problem("sheet \"" + entry.name + "\": " + *error, part));
      return result;
    }
    if (result.problems.size() == problems_before)
      result.grids.push_back(to_grid(path, entry.name, sheet));
  }
  return result;
}

XlsxReadResult read_xlsx_file(const std::string& path, const XlsxOptions& options) {
  XlsxReadResult result;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    result.problems.push_back(problem("cannot read " + path + ": not a regular file", path));
    return result;
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > options.max_file_bytes) {
    result.problems.push_back(problem(
        path + " is larger than the limit of " + std::to_string(options.max_file_bytes) + " bytes",
        path));
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  if (!in && !in.eof()) {
    result.problems.push_back(problem("cannot read " + path, path));
    return result;
  }
  return read_xlsx_bytes(content.str(), path, options);
}

}  // namespace budgetcheck
