#include "budgetcheck/report/report_writer.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "budgetcheck/report/json_report.hpp"
#include "budgetcheck/report/sarif_report.hpp"
#include "budgetcheck/report/text_report.hpp"
#include "report/sample_results.hpp"

using namespace budgetcheck;

TEST_CASE("report writer: every format dispatches, unknown ones are refused", "[report][writer]") {
  const std::vector<FileReport> files = {test::sample_checked_file()};
  REQUIRE(report_formats().size() == 7);
  for (const std::string_view format : report_formats()) {
    CHECK(is_report_format(format));
    std::ostringstream out;
    CHECK(write_report(out, format, files));
    CHECK_FALSE(out.str().empty());
  }
  std::ostringstream json_out, direct_json;
  write_report(json_out, "json", files);
  write_json_report(direct_json, files);
  CHECK(json_out.str() == direct_json.str());
  std::ostringstream text_out, direct_text;
  write_report(text_out, "text", files, ReportOptions{true, Language::Zh, {}});
  write_text_report(direct_text, files, TextOptions{true});
  CHECK(text_out.str() == direct_text.str());
  std::ostringstream sarif_out;
  write_report(sarif_out, "sarif", files);
  CHECK(nlohmann::json::parse(sarif_out.str()) == sarif_report(files));

  std::ostringstream none;
  CHECK_FALSE(is_report_format("xml"));
  CHECK_FALSE(write_report(none, "xml", files));
  CHECK(none.str().empty());
  CHECK(is_human_format("text"));
  CHECK(is_human_format("markdown"));
  CHECK_FALSE(is_human_format("sarif"));
}

TEST_CASE("report writer: the finding sentence follows the language, Chinese as fallback",
          "[report][writer]") {
  Finding f;
  f.message = "合计不等于各项之和。";
  ReportOptions options;
  CHECK(finding_message(f, options) == "合计不等于各项之和。");
  options.language = Language::En;
  CHECK(finding_message(f, options) == "合计不等于各项之和。");  // no English written
  f.message_en = "The total is not the sum of its parts.";
  CHECK(finding_message(f, options) == "The total is not the sum of its parts.");

  FileReport file = test::sample_checked_file();
  file.result->rules[1].findings[0].message_en = "Basic is not the sum of the sub-items.";
  std::ostringstream out;
  write_report(out, "github", {file}, options);
  CHECK(out.str().find("基本支出：Basic is not the sum of the sub-items.") != std::string::npos);
}

TEST_CASE("report stream: file by file, each format writes what the whole report says",
          "[report][writer]") {
  const std::vector<FileReport> files = {test::sample_checked_file(),
                                         test::sample_unreadable_file(), test::sample_clean_file()};
  // JSON and SARIF also exist as trees, built from all the files at once: the streams,
  // which learn the totals (and whether a file was unreadable) only at the end, agree.
  std::ostringstream json_out;
  write_all(*make_report_stream(json_out, "json"), files);
  CHECK(nlohmann::json::parse(json_out.str()) == json_report(files));
  ReportOptions options;
  for (const auto& r : files.front().result->rules)
    options.rules.push_back(r.rule);
  std::ostringstream sarif_out;
  write_all(*make_report_stream(sarif_out, "sarif", options), files);
  CHECK(nlohmann::json::parse(sarif_out.str()) == sarif_report(files, options));
  CHECK(sarif_out.str().find("\"id\": \"load-problem\"") != std::string::npos);
  // The totals that JUnit and Markdown put first are those of every file.
  std::ostringstream junit_out, markdown_out;
  write_all(*make_report_stream(junit_out, "junit"), files);
  write_all(*make_report_stream(markdown_out, "markdown"), files);
  CHECK(junit_out.str().rfind("<?xml", 0) == 0);
  CHECK(markdown_out.str().find("共 3 个文件：通过 1，未通过 1，无法读取 1") != std::string::npos);
  CHECK(make_report_stream(json_out, "xml") == nullptr);
}
