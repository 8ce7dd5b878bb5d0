#include "indicators/xlsx.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
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

// Number formats (indicators/xlsx_number_format.h): a percentage or date format changes what
// the stored number means; the others only how it looks.
BOOST_AUTO_TEST_CASE(numbers_read_as_what_their_number_formats_say_they_mean) {
  std::vector<Diagnostic> diagnostics;
  CsvTable table;
  BOOST_TEST_REQUIRE(ReadXlsx(Workbook("number_formats.xlsx"), "f.xlsx", "", table, diagnostics));
  std::vector<std::string> expected = {
      "0.00%|99.87778125%",  // 0.9987778125 in built-in format 10: full precision, no noise
      "0%|98%",              // built-in 9
      "0.0%|99.87778125%",   // a custom percentage: still the whole stored value
      "0.00%;[Red]-0.00%|-12.5%",
      "yyyy-mm-dd|2020年12月31日",  // 44196, as deadlines are written
      "yyyy年m月d日|2020年11月30日",
      "mm-dd-yy|2020年6月30日",  // built-in 14
      "yyyy-mm-dd h:mm:ss|2020年12月31日 8:30",
      "h:mm|8:30",
      "General|9.987",
      "0.00|9.987",  // shown 9.99; the audit rounds scores to 2 places itself
      "#,##0.00|3718.81",
      "@ number|0.9988",  // a number in a text format stays the number
      "@ text|0.9988",
      "\"¥\"#,##0.00|1234.5",
      "0.00\"%\"|99.88",  // a quoted % is text: the number is not a fraction
  };
  BOOST_TEST(Texts(table) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(dates_read_the_same_in_the_1904_date_system_and_as_iso_text) {
  for (const char* name : {"dates_1904.xlsx", "iso_dates.xlsx"}) {
    std::vector<Diagnostic> diagnostics;
    CsvTable table;
    BOOST_TEST_REQUIRE(ReadXlsx(Workbook(name), name, "", table, diagnostics));
    BOOST_TEST(
        Texts(table) == std::vector<std::string>{"2020年12月31日|2020年12月31日 8:30|99.88%"},
        boost::test_tools::per_element());
  }
}

// tests/xlsx/number_formats.csv as a workbook: percentages as fractions, dates as dates, each
// 执行率 as =全年执行数/全年预算数 caches it. Every cell reads as the CSV's, but the 执行率 keeps
// the digits the workbook holds.
BOOST_AUTO_TEST_CASE(a_table_with_formatted_percentages_and_dates_reads_as_its_csv) {
  std::vector<Diagnostic> diagnostics;
  CsvTable csv, xlsx;
  BOOST_TEST_REQUIRE(ReadCsv(Slurp(JIXIAO_SOURCE_DIR "/tests/xlsx/number_formats.csv"), "t.csv",
                             csv, diagnostics));
  BOOST_TEST_REQUIRE(
      ReadXlsx(Workbook("number_formats_table.xlsx"), "t.xlsx", "", xlsx, diagnostics));
  BOOST_TEST_REQUIRE(diagnostics.empty());
  std::vector<std::string> from_csv = Texts(csv), from_xlsx = Texts(xlsx);
  BOOST_TEST_REQUIRE(from_xlsx.size() == from_csv.size());
  for (const auto& [row, csv_rate, xlsx_rate] :
       {std::tuple{1, "99.88%", "99.87778125%"}, std::tuple{7, "98%", "98.3705882352941%"}}) {
    std::string& line = from_csv[static_cast<size_t>(row)];
    BOOST_TEST_REQUIRE(line.find(csv_rate) != std::string::npos);
    line.replace(line.find(csv_rate), std::string(csv_rate).size(), xlsx_rate);
  }
  BOOST_TEST(from_xlsx == from_csv, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
