#include "indicators/xlsx.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "indicators/filled_table.h"
#include "indicators/limits.h"

namespace jixiao {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A workbook written by tests/xlsx/make_workbooks.py (the ctest fixture xlsx_workbooks). Without
// python3-openpyxl there are none, and the test skips itself (exit code 77, SKIP_RETURN_CODE).
std::string Workbook(const std::string& name) {
  const std::string dir = JIXIAO_XLSX_DIR;
  if (!std::ifstream(dir + "/ready")) {
    std::printf("skipped: no workbooks in %s (needs python3-openpyxl; tools/setup-deps)\n",
                dir.c_str());
    std::fflush(stdout);
    std::exit(77);
  }
  return Slurp(dir + "/" + name);
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

std::vector<std::string> Messages(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(d.message);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xlsx)

BOOST_AUTO_TEST_CASE(cell_references_name_column_letters_then_row) {
  const struct {
    int row, column;
    const char* reference;
  } kReferences[] = {{1, 1, "A1"},   {7, 2, "B7"},   {1, 26, "Z1"},
                     {1, 27, "AA1"}, {9, 52, "AZ9"}, {1048576, 16384, "XFD1048576"}};
  for (const auto& r : kReferences) BOOST_TEST(CellReference(r.row, r.column) == r.reference);
}

BOOST_AUTO_TEST_CASE(bytes_that_are_not_a_zip_are_not_a_workbook) {
  std::vector<Diagnostic> diagnostics;
  CsvTable table;
  BOOST_TEST(!ReadXlsx("项目名称,分值\n", "t.xlsx", "", table, diagnostics));
  std::vector<std::string> expected = {"不是 XLSX 文件（无法按 ZIP 压缩包读取）"};
  BOOST_TEST(Messages(diagnostics) == expected, boost::test_tools::per_element());
  BOOST_TEST(diagnostics[0].where.file == "t.xlsx");
  BOOST_TEST(table.rows.empty());
}

BOOST_AUTO_TEST_CASE(a_file_over_the_size_limit_is_refused_unread) {
  std::vector<Diagnostic> diagnostics;
  CsvTable table;
  std::string bytes(kMaxXlsxBytes + 1, 'P');
  BOOST_TEST(!ReadXlsx(bytes, "t.xlsx", "", table, diagnostics));
  std::vector<std::string> expected = {"文件过大（超过上限 67108864 字节）"};
  BOOST_TEST(Messages(diagnostics) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

// Workbooks from python3-openpyxl, read cell by cell.
BOOST_AUTO_TEST_SUITE(xlsx_workbooks)

BOOST_AUTO_TEST_CASE(reads_the_first_sheet_cell_by_cell) {
  std::vector<Diagnostic> diagnostics;
  CsvTable table;
  BOOST_TEST(ReadXlsx(Workbook("basic.xlsx"), "basic.xlsx", "", table, diagnostics));
  BOOST_TEST(diagnostics.empty());
  // A1 shared string, B1–D1 numbers as written (H1 is 0.30000000000000004 in the file), E1 a
  // boolean, F1 an inline string, G1 rich text runs; A2:A4 merged (A3 holds 7, dropped); row 5
  // blank; every row as wide as the widest.
  std::vector<std::string> expected = {"项目名称|10|9.98|0.3|TRUE|内联|富文本 |0.3",
                                       "产出指标|||||||",
                                       "|数量指标||||||",
                                       "||-1.5e-07|||||",
                                       "",
                                       "||||||远处|"};
  BOOST_TEST(Texts(table) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(locates_cells_by_row_and_column_number) {
  std::vector<Diagnostic> diagnostics;
  CsvTable table;
  BOOST_TEST_REQUIRE(ReadXlsx(Workbook("basic.xlsx"), "basic.xlsx", "", table, diagnostics));
  BOOST_TEST_REQUIRE(table.rows.size() == 6u);
  BOOST_TEST(table.rows[5][6].text == "远处");
  BOOST_TEST(table.rows[5][6].line == 6);
  BOOST_TEST(table.rows[5][6].column == 7);
  BOOST_TEST(table.rows[4][0].line == 5);
}

BOOST_AUTO_TEST_CASE(reads_a_sheet_by_name) {
  std::vector<Diagnostic> diagnostics;
  CsvTable table;
  BOOST_TEST(ReadXlsx(Workbook("basic.xlsx"), "basic.xlsx", "第二页", table, diagnostics));
  std::vector<std::string> expected = {"第二个工作表|", "|42"};
  BOOST_TEST(Texts(table) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_unknown_sheet_lists_the_sheets) {
  std::vector<Diagnostic> diagnostics;
  CsvTable table;
  BOOST_TEST(!ReadXlsx(Workbook("basic.xlsx"), "basic.xlsx", "第三页", table, diagnostics));
  std::vector<std::string> expected = {"没有名为「第三页」的工作表（有：数据、第二页）"};
  BOOST_TEST(Messages(diagnostics) == expected, boost::test_tools::per_element());
  BOOST_TEST(diagnostics[0].hint == "用 --sheet 指定其中一个");
}

BOOST_AUTO_TEST_CASE(a_zip_bomb_is_refused_before_inflating) {
  std::vector<Diagnostic> diagnostics;
  CsvTable table;
  BOOST_TEST(!ReadXlsx(Workbook("bomb.xlsx"), "bomb.xlsx", "", table, diagnostics));
  std::vector<std::string> expected = {"XLSX 文件解压后过大（超过上限 268435456 字节）"};
  BOOST_TEST(Messages(diagnostics) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(bad_cells_are_located_and_named) {
  std::vector<Diagnostic> diagnostics;
  CsvTable table;
  BOOST_TEST(!ReadXlsx(Workbook("bad_cells.xlsx"), "b.xlsx", "", table, diagnostics));
  std::vector<std::string> expected = {
      "b.xlsx:2:1: error: 数据!A2: 共享字符串序号「99」无效（共有 5 个）\n"
      "  hint: 文件可能已损坏；请用 Excel 或 WPS 打开后另存为 .xlsx，或另存为 CSV（UTF-8）",
      "b.xlsx:3:2: error: 数据!B3: 单元格引用「3B」无效\n"
      "  hint: 文件可能已损坏；请用 Excel 或 WPS 打开后另存为 .xlsx，或另存为 CSV（UTF-8）"};
  std::vector<std::string> formatted;
  for (const Diagnostic& d : diagnostics) formatted.push_back(FormatDiagnostic(d));
  BOOST_TEST(formatted == expected, boost::test_tools::per_element());
  BOOST_TEST(table.rows.empty());
}

BOOST_AUTO_TEST_CASE(a_text_file_named_xlsx_is_not_a_workbook) {
  std::vector<Diagnostic> diagnostics;
  CsvTable table;
  BOOST_TEST(!ReadXlsx(Workbook("not_a_zip.xlsx"), "n.xlsx", "", table, diagnostics));
  std::vector<std::string> expected = {"不是 XLSX 文件（无法按 ZIP 压缩包读取）"};
  BOOST_TEST(Messages(diagnostics) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_sample_reads_as_the_same_filled_table_as_its_csv) {
  std::vector<Diagnostic> csv_diagnostics, xlsx_diagnostics;
  FilledTable from_csv, from_xlsx;
  BOOST_TEST_REQUIRE(ReadFilledTableCsv(Slurp(JIXIAO_SOURCE_DIR "/examples/audit/sample.csv"),
                                        "sample", from_csv, csv_diagnostics));
  BOOST_TEST_REQUIRE(
      ReadFilledTableXlsx(Workbook("sample.xlsx"), "sample", "", from_xlsx, xlsx_diagnostics));
  BOOST_TEST(xlsx_diagnostics.size() == csv_diagnostics.size());
  BOOST_TEST(from_xlsx.header == from_csv.header, boost::test_tools::per_element());
  BOOST_TEST(from_xlsx.budget_unit == from_csv.budget_unit);
  BOOST_TEST_REQUIRE(from_xlsx.rows.size() == from_csv.rows.size());
  for (size_t i = 0; i < from_csv.rows.size(); ++i) {
    const FilledRow& x = from_xlsx.rows[i];
    const FilledRow& c = from_csv.rows[i];
    BOOST_TEST_CONTEXT("row " << c.line) {
      BOOST_TEST(x.line == c.line);
      BOOST_TEST((x.kind == c.kind));
      BOOST_TEST(x.cells == c.cells, boost::test_tools::per_element());
      BOOST_TEST(x.project == c.project);
      BOOST_TEST(x.level1 == c.level1);
      BOOST_TEST(x.level2 == c.level2);
      BOOST_TEST(x.level3 == c.level3);
      BOOST_TEST(x.points == c.points);
      BOOST_TEST(x.target == c.target);
      BOOST_TEST(x.actual == c.actual);
      BOOST_TEST(x.score == c.score);
      BOOST_TEST(x.criteria == c.criteria);
      BOOST_TEST(x.note == c.note);
      BOOST_TEST(x.budget_initial == c.budget_initial);
      BOOST_TEST(x.budget_full_year == c.budget_full_year);
      BOOST_TEST(x.budget_executed == c.budget_executed);
      BOOST_TEST(x.execution_rate == c.execution_rate);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
