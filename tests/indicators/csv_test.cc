#include "indicators/csv.h"

#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

CsvTable Read(std::string_view text, std::vector<Diagnostic>& diagnostics) {
  CsvTable table;
  ReadCsv(text, "p.csv", table, diagnostics);
  return table;
}

// The texts of a table, row by row, joined with "|".
std::vector<std::string> Texts(const CsvTable& table) {
  std::vector<std::string> rows;
  for (const auto& row : table.rows) {
    std::string joined;
    for (size_t i = 0; i < row.size(); ++i) joined += (i ? "|" : "") + row[i].text;
    rows.push_back(joined);
  }
  return rows;
}

std::vector<std::string> Formatted(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(FormatDiagnostic(d));
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(csv)

BOOST_AUTO_TEST_CASE(reads_plain_records_with_lf) {
  std::vector<Diagnostic> diagnostics;
  CsvTable t = Read("项目名称,分值\n扶贫经费,10\n", diagnostics);
  BOOST_TEST(diagnostics.empty());
  std::vector<std::string> expected = {"项目名称|分值", "扶贫经费|10"};
  BOOST_TEST(Texts(t) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(locates_fields_in_characters_not_bytes) {
  std::vector<Diagnostic> diagnostics;
  CsvTable t = Read("项目名称,分值,得分\n扶贫经费,10,9.5", diagnostics);
  BOOST_TEST_REQUIRE(t.rows.size() == 2u);
  BOOST_TEST(t.rows[0][1].line == 1);
  BOOST_TEST(t.rows[0][1].column == 6);
  BOOST_TEST(t.rows[1][2].line == 2);
  BOOST_TEST(t.rows[1][2].column == 9);
}

BOOST_AUTO_TEST_CASE(strips_a_utf8_bom) {
  std::vector<Diagnostic> diagnostics;
  CsvTable t = Read("\xEF\xBB\xBF项目名称,分值\r\n", diagnostics);
  BOOST_TEST_REQUIRE(t.rows.size() == 1u);
  BOOST_TEST(t.rows[0][0].text == "项目名称");
  BOOST_TEST(t.rows[0][0].column == 1);
}

BOOST_AUTO_TEST_CASE(reads_crlf_and_cr_line_ends) {
  std::vector<Diagnostic> diagnostics;
  CsvTable t = Read("a,b\r\nc,d\re,f", diagnostics);
  std::vector<std::string> expected = {"a|b", "c|d", "e|f"};
  BOOST_TEST(Texts(t) == expected, boost::test_tools::per_element());
  BOOST_TEST(t.rows[2][1].line == 3);
  BOOST_TEST(t.rows[2][1].column == 3);
}

BOOST_AUTO_TEST_CASE(unquotes_fields_with_commas_quotes_and_line_breaks) {
  std::vector<Diagnostic> diagnostics;
  CsvTable t =
      Read("\"完成3个考评,提供报告\",\"他说\"\"好\"\"\",\"第一行\r\n第二行\",x\ny", diagnostics);
  BOOST_TEST(diagnostics.empty());
  BOOST_TEST_REQUIRE(t.rows.size() == 2u);
  BOOST_TEST_REQUIRE(t.rows[0].size() == 4u);
  BOOST_TEST(t.rows[0][0].text == "完成3个考评,提供报告");
  BOOST_TEST(t.rows[0][1].text == "他说\"好\"");
  BOOST_TEST(t.rows[0][2].text == "第一行\n第二行");
  BOOST_TEST(t.rows[0][2].column == 25);
  BOOST_TEST(t.rows[0][3].line == 2);
  BOOST_TEST(t.rows[0][3].column == 6);
  BOOST_TEST(t.rows[1][0].line == 3);
}

BOOST_AUTO_TEST_CASE(keeps_empty_fields_and_blank_lines) {
  std::vector<Diagnostic> diagnostics;
  CsvTable t = Read("a,,\n\n,b\n\"\"", diagnostics);
  std::vector<std::string> expected = {"a||", "", "|b", ""};
  BOOST_TEST(Texts(t) == expected, boost::test_tools::per_element());
  BOOST_TEST(t.rows[0].size() == 3u);
  BOOST_TEST(t.rows[1].size() == 1u);
  BOOST_TEST(t.rows[0][2].column == 4);
}

BOOST_AUTO_TEST_CASE(reads_nothing_from_an_empty_text) {
  std::vector<Diagnostic> diagnostics;
  BOOST_TEST(Read("", diagnostics).rows.empty());
  BOOST_TEST(Read("\xEF\xBB\xBF", diagnostics).rows.empty());
  BOOST_TEST(diagnostics.empty());
}

BOOST_AUTO_TEST_CASE(reports_an_unterminated_quote_where_it_opens) {
  std::vector<Diagnostic> diagnostics;
  CsvTable t = Read("a,b\n项目,\"未闭合,c\nd\n", diagnostics);
  std::vector<std::string> expected = {
      "p.csv:2:4: error: 引号没有闭合：从这里开始的引号字段一直到文件结尾\n"
      "  hint: 检查这个字段的引号是否成对；字段内的引号要写成两个（\"\"）"};
  BOOST_TEST(Formatted(diagnostics) == expected, boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(t.rows.size() == 2u);
  BOOST_TEST(t.rows[1][1].text == "未闭合,c\nd\n");
}

BOOST_AUTO_TEST_CASE(reports_a_quote_inside_an_unquoted_field) {
  std::vector<Diagnostic> diagnostics;
  CsvTable t = Read("名称,目标\n他说\"好\",90%\n", diagnostics);
  std::vector<std::string> expected = {
      "p.csv:2:3: error: 未加引号的字段中间出现了引号\n"
      "  hint: 把整个字段用英文双引号括起来，并把其中的每个引号写成两个，例如 "
      "\"他说\"\"好\"\"\""};
  BOOST_TEST(Formatted(diagnostics) == expected, boost::test_tools::per_element());
  BOOST_TEST(t.rows[1][0].text == "他说\"好\"");
  BOOST_TEST(t.rows[1][1].text == "90%");
}

BOOST_AUTO_TEST_CASE(reports_text_after_a_closing_quote) {
  std::vector<Diagnostic> diagnostics;
  CsvTable t = Read("\"优\"良,x\n", diagnostics);
  std::vector<std::string> expected = {
      "p.csv:1:4: error: 引号字段的结束引号后面还有字符\n"
      "  hint: 字段内的引号要写成两个（\"\"）；或者这里少了一个逗号"};
  BOOST_TEST(Formatted(diagnostics) == expected, boost::test_tools::per_element());
  BOOST_TEST(t.rows[0][0].text == "优良");
  BOOST_TEST(t.rows[0][1].text == "x");
}

BOOST_AUTO_TEST_CASE(reports_every_problem_not_only_the_first) {
  std::vector<Diagnostic> diagnostics;
  CsvTable table;
  BOOST_TEST(!ReadCsv("a\"b,c\nd\"e\n", "p.csv", table, diagnostics));
  BOOST_TEST(diagnostics.size() == 2u);
}

BOOST_AUTO_TEST_CASE(rejects_gbk_with_the_place_of_the_first_bad_byte) {
  std::vector<Diagnostic> diagnostics;
  // "项目名称,分值\n扶贫,10\n" with 扶贫 in GBK (B7 F6 C6 B6).
  CsvTable t = Read("项目名称,分值\n\xB7\xF6\xC6\xB6,10\n", diagnostics);
  std::vector<std::string> expected = {
      "p.csv:2:1: error: 文件不是 UTF-8 编码（可能是 GBK）：请另存为 UTF-8\n"
      "  hint: Excel：另存为 →「CSV "
      "UTF-8（逗号分隔）」；WPS：另存为时把编码选为 UTF-8"};
  BOOST_TEST(Formatted(diagnostics) == expected, boost::test_tools::per_element());
  BOOST_TEST(t.rows.empty());
}

BOOST_AUTO_TEST_CASE(locates_bad_bytes_after_multibyte_characters) {
  std::vector<Diagnostic> diagnostics;
  Read(
      "\xEF\xBB\xBF"
      "a,b\r\n项目,\xFF\n",
      diagnostics);
  BOOST_TEST_REQUIRE(diagnostics.size() == 1u);
  BOOST_TEST(diagnostics[0].where.line == 2);
  BOOST_TEST(diagnostics[0].where.column == 4);
}

BOOST_AUTO_TEST_CASE(reuses_the_row_storage_record_by_record) {
  std::vector<Diagnostic> diagnostics;
  CsvReader reader("a,b,c\nd\n", "p.csv");
  std::vector<CsvField> row;
  BOOST_TEST(reader.Next(row, diagnostics));
  BOOST_TEST(row.size() == 3u);
  BOOST_TEST(reader.Next(row, diagnostics));
  BOOST_TEST_REQUIRE(row.size() == 1u);
  BOOST_TEST(row[0].text == "d");
  BOOST_TEST(!reader.Next(row, diagnostics));
  BOOST_TEST(reader.file() == "p.csv");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
