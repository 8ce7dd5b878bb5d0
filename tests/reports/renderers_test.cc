// Renderer output is compared with golden files in tests/reports/golden/. To
// accept a deliberate change, run
//   JIXIAO_UPDATE_GOLDEN=1 build/tests/reports/reports_test
// which rewrites them, then read every changed file (git diff) before keeping
// it: box tables must stay aligned (text_table_columns_line_up_with_cjk_text).
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "indicators/utf8.h"
#include "reports/render.h"
#include "tests/reports/fixtures.h"
#include "tests/reports/golden.h"
#include "tests/reports/json_reader.h"

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;

using testing::BeijingCarnival;
using testing::CheckGolden;
using testing::EdgeCases;
using testing::FindNode;
using testing::JsonValue;
using testing::ParseJson;
using testing::ShenzhenSheet;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Every line of a box table (consecutive lines starting with '+' or '|') is as
// wide as its top border, counting CJK characters as two columns.
void CheckBoxesAligned(const std::string& text) {
  int width = -1;
  int line_number = 0;
  int tables = 0;
  for (const std::string& line : Lines(text)) {
    ++line_number;
    bool in_box = !line.empty() && (line[0] == '+' || line[0] == '|');
    if (!in_box) {
      width = -1;
      continue;
    }
    if (width < 0) {
      width = DisplayWidth(line);
      ++tables;
      BOOST_TEST(line[0] == '+');
      continue;
    }
    BOOST_TEST(DisplayWidth(line) == width, "line " << line_number << ": " << line);
  }
  BOOST_TEST(tables >= 1);
}

JsonValue ParsedJson(const std::string& text) {
  std::string error;
  std::optional<JsonValue> value = ParseJson(text, error);
  BOOST_REQUIRE_MESSAGE(value.has_value(), "invalid JSON: " << error);
  return *value;
}

BOOST_AUTO_TEST_SUITE(renderers)

BOOST_AUTO_TEST_CASE(text_tables_match_their_golden_files) {
  CheckGolden("beijing_carnival.txt", RenderTextTable({BeijingCarnival()}));
  CheckGolden("shenzhen_sheet.txt", RenderTextTable({ShenzhenSheet()}));
  CheckGolden("edge_cases.txt", RenderTextTable({EdgeCases()}));
}

BOOST_AUTO_TEST_CASE(text_table_columns_line_up_with_cjk_text) {
  CheckBoxesAligned(RenderTextTable({BeijingCarnival()}));
  CheckBoxesAligned(RenderTextTable({ShenzhenSheet()}));
  CheckBoxesAligned(RenderTextTable({EdgeCases()}));
}

BOOST_AUTO_TEST_CASE(text_table_wraps_long_cells_instead_of_cutting_them) {
  std::string text = RenderTextTable({EdgeCases()});
  for (const std::string& line : Lines(text)) BOOST_TEST(DisplayWidth(line) <= 200);
  // 困难老人居家养老服务覆盖率（含失能、半失能及高龄独居老人，按街道逐月统计）
  // is 78 columns wide: its pieces appear on consecutive lines of the 三级指标
  // column.
  BOOST_TEST(text.find("困难老人居家养老服务覆盖率") != std::string::npos);
  BOOST_TEST(text.find("按街道逐月统计）") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(text_table_prints_no_control_characters) {
  std::string text = RenderTextTable({EdgeCases()});
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    BOOST_TEST((u >= 0x20 || c == '\n'), "control character " << static_cast<int>(u));
  }
}

BOOST_AUTO_TEST_CASE(several_projects_print_one_after_another) {
  std::string both = RenderTextTable({BeijingCarnival(), EdgeCases()});
  BOOST_TEST(both == RenderTextTable({BeijingCarnival()}) + "\n" + RenderTextTable({EdgeCases()}));
  BOOST_TEST(RenderTextTable({}) == "");
}

BOOST_AUTO_TEST_CASE(markdown_matches_its_golden_files) {
  CheckGolden("beijing_carnival.md", RenderMarkdown({BeijingCarnival()}));
  CheckGolden("shenzhen_sheet.md", RenderMarkdown({ShenzhenSheet()}));
  CheckGolden("edge_cases.md", RenderMarkdown({EdgeCases()}));
}

BOOST_AUTO_TEST_CASE(markdown_escapes_pipes_and_line_breaks) {
  std::string md = RenderMarkdown({EdgeCases()});
  BOOST_TEST(md.find("见附件\\\\表2  \\| 备注") != std::string::npos);
  BOOST_TEST(md.find("已完成。<br>说明：") != std::string::npos);
  BOOST_TEST(md.find("| =SUM(A1) | +1 |") != std::string::npos);
  BOOST_TEST(RenderMarkdown({BeijingCarnival()}).find("| 7.00\\*1 |") != std::string::npos);
  // Every table row of a table has as many cells as its header.
  for (const std::string& line : Lines(md)) {
    if (line.empty() || line[0] != '|') continue;
    size_t pipes = 0;
    for (size_t i = 0; i < line.size(); ++i)
      pipes += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
    BOOST_TEST((pipes == 8 || pipes == 9), line);
  }
}

BOOST_AUTO_TEST_CASE(csv_matches_its_golden_files) {
  CheckGolden("beijing_carnival.csv", RenderCsv({BeijingCarnival()}));
  CheckGolden("shenzhen_sheet.csv", RenderCsv({ShenzhenSheet()}));
  CheckGolden("edge_cases.csv", RenderCsv({EdgeCases()}));
  CheckGolden("beijing_and_shenzhen.csv", RenderCsv({BeijingCarnival(), ShenzhenSheet()}));
}

BOOST_AUTO_TEST_CASE(csv_starts_with_a_bom_and_one_header_row) {
  std::string csv = RenderCsv({BeijingCarnival(), EdgeCases()});
  BOOST_TEST(csv.substr(0, 3) == "\xEF\xBB\xBF");
  BOOST_TEST(csv.substr(3).find("\xEF\xBB\xBF") == std::string::npos);
  BOOST_TEST(csv.find("项目名称,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,"
                      "偏差原因分析及改进措施,说明,评分模板\r\n") == 3u);
  BOOST_TEST(csv.find("项目名称", 10) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(csv_neutralises_formulas_and_writes_numbers_plainly) {
  std::string csv = RenderCsv({EdgeCases()});
  BOOST_TEST(csv.find(",'=SUM(A1),'+1,10.00,无法评分,") != std::string::npos);
  BOOST_TEST(csv.find(",≥90%,'@92%,10.00,9.00,") != std::string::npos);
  BOOST_TEST(csv.find(",=SUM") == std::string::npos);
  // budget row: numbers unquoted, the difference from the published score in
  // 说明, and the stamp of the rules that produced it
  BOOST_TEST(csv.find("社区居家养老服务补贴,项目资金,年度资金总额,预算执行率,"
                      "全年预算数 120万元,"
                      "全年执行数 96万元，执行率 80.00%,10.00,8.00,,"
                      "预算执行率：公布得分 10.00，按规则应为 8.00,"
                      "模板 central_2020 版本 2.0（内容哈希 0123456789abcdef）\r\n") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(csv_quotes_per_rfc_4180) {
  std::string csv = RenderCsv({EdgeCases()});
  BOOST_TEST(csv.find("\"已完成。\n说明：\"\"入户\"\"统计口径调整\t见附件\\表2"
                      "\x01 | 备注\"") != std::string::npos);
  ScoreTree tree = EdgeCases();
  tree.project.name = "-a,b";
  BOOST_TEST(RenderCsv({tree}).find("\r\n\"'-a,b\",项目资金,") != std::string::npos);
}

// Every text cell a spreadsheet would run as a formula gets a leading apostrophe, also when
// the cell needs quotes; other cells are left alone (OWASP "CSV injection").
struct InjectionCase {
  std::string name;
  std::string field;  // as the row's first field
};
std::ostream& operator<<(std::ostream& out, const InjectionCase& c) { return out << c.name; }
const InjectionCase kInjectionCases[] = {
    {"=1+1", "'=1+1"},
    {"+1", "'+1"},
    {"-1", "'-1"},
    {"@SUM(A1:A9)", "'@SUM(A1:A9)"},
    {"\t=1+1", "'\t=1+1"},
    {"\r=1+1", "\"'\r=1+1\""},
    {"=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
    {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
    {"-", "'-"},
    {"社区=养老", "社区=养老"},
    {" =1", " =1"},  // a leading space makes it text in Excel and LibreOffice
    {"＝1", "＝1"},  // a full-width ＝ is no operator
};

BOOST_DATA_TEST_CASE(csv_neutralises_every_formula_prefix, bdata::make(kInjectionCases), c) {
  ScoreTree tree = EdgeCases();
  tree.project.name = c.name;
  const std::string csv = RenderCsv({tree});
  BOOST_TEST(csv.find("\r\n" + c.field + ",项目资金,") != std::string::npos, csv.substr(0, 300));
}

BOOST_AUTO_TEST_CASE(markdown_escapes_html) {
  ScoreTree tree = EdgeCases();
  tree.project.name = "<script>alert(1)</script><img src=x onerror=alert(2)>&amp;";
  const std::string md = RenderMarkdown({tree});
  BOOST_TEST(md.find("\\<script\\>alert(1)\\</script\\>\\<img src=x onerror=alert(2)\\>\\&amp;") !=
             std::string::npos);
  for (size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1))
    BOOST_TEST((md[at - 1] == '\\' || md.compare(at, 4, "<br>") == 0), md.substr(at, 20));
}

BOOST_AUTO_TEST_CASE(json_matches_its_golden_files) {
  CheckGolden("beijing_carnival.json", RenderJson({BeijingCarnival()}));
  CheckGolden("shenzhen_sheet.json", RenderJson({ShenzhenSheet()}));
  CheckGolden("edge_cases.json", RenderJson({EdgeCases()}));
}

BOOST_AUTO_TEST_CASE(json_parses_and_holds_the_tree) {
  JsonValue doc = ParsedJson(RenderJson({BeijingCarnival(), ShenzhenSheet()}));
  BOOST_TEST((doc.type == JsonValue::Type::kArray));
  BOOST_REQUIRE(doc.items.size() == 2u);
  const JsonValue& beijing = doc[0];
  BOOST_TEST(beijing["stamp"]["hash"].string == "9f86d081884c7d65");
  BOOST_TEST(beijing["project"]["name"].string ==
             "第七届北京农业嘉年华举办“扶贫攻坚 决胜小康”项目");
  BOOST_TEST(beijing["budget"]["executed"].number == 159.80445);
  BOOST_TEST(beijing["total"].number == 97.99);
  BOOST_TEST(beijing["grade"].string == "优");
  const JsonValue& days = beijing["nodes"][1]["children"][0]["children"][0];
  BOOST_TEST(days["name"].string == "指标1:展销天数");
  BOOST_TEST(days["outcome"].string == "scored");
  BOOST_TEST(days["overridden"].boolean);
  BOOST_TEST(days["computed_score"].number == 7.73);
  BOOST_TEST(days["score"].number == 7.0);
  BOOST_TEST(days["raw_score"].number == 7.7333333333);
  BOOST_TEST(days["trace"].items.size() == 4u);
  BOOST_TEST(days["trace"][1]["detail"].string == "w × B/A = 8 × 58/60 = 7.733333");
  BOOST_TEST(doc[1]["layout"].string == "scoring_sheet");
  BOOST_TEST((doc[1]["project"]["published_total"].type == JsonValue::Type::kNumber));
  BOOST_TEST((doc[1]["budget"]["initial"].type == JsonValue::Type::kNull));
}

BOOST_AUTO_TEST_CASE(json_escapes_quotes_line_breaks_and_control_characters) {
  std::string json = RenderJson({EdgeCases()});
  BOOST_TEST(json.find(R"("已完成。\n说明：\"入户\"统计口径调整\t见附件\\表2\u0001 | 备注")") !=
             std::string::npos);
  JsonValue doc = ParsedJson(json);
  const JsonValue& coverage = doc[0]["nodes"][2]["children"][0]["children"][0];
  BOOST_TEST(coverage["note"].string == FindNode(EdgeCases(), "2.1.1")->note);
  BOOST_TEST(doc[0]["nodes"][1]["children"][1]["children"][0]["outcome"].string == "missing_data");
  BOOST_TEST((doc[0]["nodes"][1]["children"][1]["children"][0]["published_score"].type ==
              JsonValue::Type::kNull));
}

BOOST_AUTO_TEST_CASE(json_replaces_invalid_utf8_and_escapes_line_separators) {
  ScoreTree tree = EdgeCases();
  tree.project.name = "坏\xFF字节\xE2\x80\xA8行";
  tree.total = std::numeric_limits<double>::quiet_NaN();
  std::string json = RenderJson({tree});
  BOOST_TEST(json.find("\"坏\xEF\xBF\xBD字节\\u2028行\"") != std::string::npos);
  JsonValue doc = ParsedJson(json);
  BOOST_TEST((doc[0]["total"].type == JsonValue::Type::kNull));
}

BOOST_AUTO_TEST_CASE(json_strings_escape_only_what_they_must) {
  std::string out;
  AppendJsonString("a\x7F—…\xE2\x80\xA9\xE2z\"\\", out);
  BOOST_TEST(out == "\"a\\u007f—…\\u2029\xEF\xBF\xBDz\\\"\\\\\"");
}

BOOST_AUTO_TEST_CASE(explanations_match_their_golden_files) {
  ScoreTree beijing = BeijingCarnival();
  CheckGolden("explain_overridden.txt", RenderExplanation(beijing, *FindNode(beijing, "1.1.1")));
  CheckGolden("explain_group.txt", RenderExplanation(beijing, *FindNode(beijing, "1")));
  CheckGolden("explain_budget.txt", RenderExplanation(beijing, *FindNode(beijing, "budget")));
  ScoreTree edge = EdgeCases();
  CheckGolden("explain_missing_data.txt", RenderExplanation(edge, *FindNode(edge, "1.2.1")));
}

BOOST_AUTO_TEST_CASE(explanation_lists_every_trace_step_in_order) {
  ScoreTree beijing = BeijingCarnival();
  std::string text = RenderExplanation(beijing, *FindNode(beijing, "1.1.1"));
  size_t method = text.find("  1. 方法：M2 正向比例");
  size_t formula = text.find("  2. 公式：w × B/A = 8 × 58/60 = 7.733333");
  size_t rounding = text.find("  3. 舍入：");
  size_t adjust = text.find("  4. 单位调整：");
  BOOST_TEST(method != std::string::npos);
  BOOST_TEST(method < formula);
  BOOST_TEST(formula < rounding);
  BOOST_TEST(rounding < adjust);
  BOOST_TEST(adjust != std::string::npos);
  BOOST_TEST(text.find("原始得分：7.733333\n") != std::string::npos);
  BOOST_TEST(text.find("得分：7.00（单位调整得分）\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(formats_are_chosen_by_name) {
  BOOST_TEST((ParseReportFormat("table") == ReportFormat::kText));
  BOOST_TEST((ParseReportFormat("text") == ReportFormat::kText));
  BOOST_TEST((ParseReportFormat("md") == ReportFormat::kMarkdown));
  BOOST_TEST((ParseReportFormat("markdown") == ReportFormat::kMarkdown));
  BOOST_TEST((ParseReportFormat("csv") == ReportFormat::kCsv));
  BOOST_TEST((ParseReportFormat("json") == ReportFormat::kJson));
  BOOST_TEST((ParseReportFormat("html") == ReportFormat::kHtml));
  BOOST_TEST((ParseReportFormat("pdf") == ReportFormat::kPdf));
  BOOST_TEST(!ParseReportFormat("xml").has_value());
  BOOST_TEST(!ParseReportFormat("HTML").has_value());
  std::vector<ScoreTree> trees{BeijingCarnival()};
  BOOST_TEST(RenderReport(ReportFormat::kCsv, trees) == RenderCsv(trees));
  BOOST_TEST(RenderReport(ReportFormat::kJson, trees) == RenderJson(trees));
  BOOST_TEST(RenderReport(ReportFormat::kHtml, trees) == RenderHtml(trees));
  BOOST_TEST(RenderReport(ReportFormat::kPdf, trees) == RenderHtml(trees));  // printed from it
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
