#pragma once
// Test fixtures: XLSX workbooks written part by part with minizip, so every test states
// exactly the XML it feeds the reader. Header-only (inline) so that tests/CMakeLists.txt
// needs no new source; minizip comes with budgetcheck_lib (static: its PRIVATE link
// libraries are linked into the test executable too, and <minizip/zip.h> is in
// /usr/include).

#include <minizip/zip.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace budgetcheck::test {

using ZipEntries = std::vector<std::pair<std::string, std::string>>;  // name → content

// The bytes of a zip archive holding `entries` (deflated), in order.
inline std::string zip_bytes(const ZipEntries& entries) {
  static std::mt19937_64 random{std::random_device{}()};
  const auto path = std::filesystem::temp_directory_path() /
                    ("budgetcheck-xlsx-" + std::to_string(random()) + ".zip");
  zipFile archive = zipOpen(path.c_str(), APPEND_STATUS_CREATE);
  if (archive == nullptr)
    throw std::runtime_error("zipOpen failed");
  for (const auto& [name, content] : entries) {
    if (zipOpenNewFileInZip(archive, name.c_str(), nullptr, nullptr, 0, nullptr, 0, nullptr,
                            Z_DEFLATED, Z_DEFAULT_COMPRESSION) != ZIP_OK ||
        zipWriteInFileInZip(archive, content.data(), static_cast<unsigned>(content.size())) !=
            ZIP_OK ||
        zipCloseFileInZip(archive) != ZIP_OK) {
      zipClose(archive, nullptr);
      throw std::runtime_error("cannot add " + name + " to the zip");
    }
  }
  if (zipClose(archive, nullptr) != ZIP_OK)
    throw std::runtime_error("zipClose failed");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  in.close();
  std::filesystem::remove(path);
  return bytes.str();
}

constexpr const char* kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRelNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

struct SheetXml {
  std::string name;
  std::string sheet_data;  // inner XML of <sheetData>
  std::string after_data;  // XML after </sheetData>, e.g. "<mergeCells>…</mergeCells>"
  std::string part;        // part name under xl/; "worksheets/sheetN.xml" when empty
};

// A minimal, valid workbook: [Content_Types].xml, _rels/.rels, xl/workbook.xml and its
// rels, xl/sharedStrings.xml (each entry is the inner XML of one <si>, e.g. "<t>a</t>"
// or "<r><t>a</t></r><r><t>b</t></r>"; no part when `shared` is empty), one part per sheet.
inline ZipEntries workbook_parts(const std::vector<SheetXml>& sheets,
                                 const std::vector<std::string>& shared = {}) {
  ZipEntries parts;
  std::string types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/xl/workbook.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      "</Types>";
  parts.emplace_back("[Content_Types].xml", types);
  parts.emplace_back("_rels/.rels",
                     std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<Relationships "
                                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                 "relationships\"><Relationship Id=\"rId1\" Type=\"") +
                         kRelNs + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
  std::string workbook =
      std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"") + kMainNs +
      "\" xmlns:r=\"" + kRelNs + "\"><sheets>";
  std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::string id = "rId" + std::to_string(i + 1);
    const std::string part = sheets[i].part.empty()
                                 ? "worksheets/sheet" + std::to_string(i + 1) + ".xml"
                                 : sheets[i].part;
    workbook += "<sheet name=\"" + sheets[i].name + "\" sheetId=\"" + std::to_string(i + 1) +
                "\" r:id=\"" + id + "\"/>";
    rels += "<Relationship Id=\"" + id + "\" Type=\"" + kRelNs + "/worksheet\" Target=\"" + part +
            "\"/>";
    parts.emplace_back(
        "xl/" + part,
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"") + kMainNs +
            "\" xmlns:r=\"" + kRelNs + "\"><sheetData>" + sheets[i].sheet_data + "</sheetData>" +
            sheets[i].after_data + "</worksheet>");
  }
  workbook += "</sheets></workbook>";
  if (!shared.empty()) {
    rels += std::string("<Relationship Id=\"rIdS\" Type=\"") + kRelNs +
            "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    std::string sst = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"") +
                      kMainNs + "\" count=\"" + std::to_string(shared.size()) + "\">";
    for (const auto& si : shared)
      sst += "<si>" + si + "</si>";
    parts.emplace_back("xl/sharedStrings.xml", sst + "</sst>");
  }
  rels += "</Relationships>";
  parts.emplace_back("xl/workbook.xml", workbook);
  parts.emplace_back("xl/_rels/workbook.xml.rels", rels);
  return parts;
}

inline std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '"')
      out += "&quot;";
    else
      out.push_back(c);
  }
  return out;
}

inline std::string column_name(std::size_t column) {  // 1 → "A"
  std::string out;
  for (; column > 0; column = (column - 1) / 26)
    out.insert(out.begin(), static_cast<char>('A' + (column - 1) % 26));
  return out;
}

// A sheet as finance staff type it: rows of cell texts ("" = no cell). Texts that look
// like plain numbers ("-12.5", "14348853.34") become number cells, everything else a
// shared string added to `shared`. `merges`: ranges such as "A1:F1".
inline SheetXml simple_sheet(const std::string& name,
                             const std::vector<std::vector<std::string>>& rows,
                             std::vector<std::string>& shared,
                             const std::vector<std::string>& merges = {}) {
  const auto is_number = [](const std::string& s) {
    std::size_t i = s.starts_with("-") ? 1 : 0, digits = 0, points = 0;
    for (; i < s.size(); ++i) {
      if (s[i] >= '0' && s[i] <= '9')
        ++digits;
      else if (s[i] == '.')
        ++points;
      else
        return false;
    }
    // Codes such as "2010101" stay text, as finance staff type them ('2010101).
    const std::size_t start = s.starts_with("-") ? 1 : 0;
    const bool leading_zero = s.size() > start + 1 && s[start] == '0' && s[start + 1] != '.';
    return digits > 0 && points <= 1 && (points == 1 || s.size() < 7) && !leading_zero;
  };
  SheetXml sheet;
  sheet.name = name;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::string row_xml;
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      const std::string& text = rows[r][c];
      if (text.empty())
        continue;
      const std::string ref = column_name(c + 1) + std::to_string(r + 1);
      if (is_number(text)) {
        row_xml += "<c r=\"" + ref + "\"><v>" + text + "</v></c>";
      } else {
        shared.push_back("<t>" + xml_escape(text) + "</t>");
        row_xml +=
            "<c r=\"" + ref + "\" t=\"s\"><v>" + std::to_string(shared.size() - 1) + "</v></c>";
      }
    }
    if (!row_xml.empty())
      sheet.sheet_data += "<row r=\"" + std::to_string(r + 1) + "\">" + row_xml + "</row>";
  }
  if (!merges.empty()) {
    sheet.after_data = "<mergeCells count=\"" + std::to_string(merges.size()) + "\">";
    for (const auto& m : merges)
      sheet.after_data += "<mergeCell ref=\"" + m + "\"/>";
    sheet.after_data += "</mergeCells>";
  }
  return sheet;
}

}  // namespace budgetcheck::test
