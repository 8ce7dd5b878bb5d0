#include "reports/xlsx_writer.h"

#include <string>
#include <utility>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "indicators/csv.h"
#include "indicators/xlsx.h"
#include "tests/reports/temp_dir.h"

namespace jixiao {
namespace {

using testing::ReadFile;
using testing::TempDir;

BOOST_AUTO_TEST_SUITE(xlsx_writer)

BOOST_AUTO_TEST_CASE(sheets_added_to_a_workbook_get_unique_names) {
  XlsxWorkbook workbook;
  XlsxSheet& first = workbook.AddSheet("汇总");
  XlsxSheet& second = workbook.AddSheet("汇总");
  XlsxSheet& third = workbook.AddSheet("a/b");
  BOOST_TEST(first.name() == "汇总");
  BOOST_TEST(second.name() == "汇总(2)");
  BOOST_TEST(third.name() == "a_b");
  BOOST_TEST(&workbook.sheets().front() == &first);
}

BOOST_AUTO_TEST_CASE(equal_styles_are_one_style) {
  XlsxWorkbook workbook;
  XlsxStyle bold;
  bold.bold = true;
  XlsxStyleId a = workbook.AddStyle(bold);
  XlsxStyleId b = workbook.AddStyle(bold);
  XlsxStyleId plain = workbook.AddStyle(XlsxStyle{});
  BOOST_TEST(a.index == b.index);
  BOOST_TEST(plain.index == 0);
  BOOST_TEST(workbook.styles().size() == 2u);
}

BOOST_AUTO_TEST_CASE(writing_a_cell_again_replaces_it) {
  XlsxWorkbook workbook;
  XlsxSheet& sheet = workbook.AddSheet("表");
  sheet.WriteText(2, 3, "旧");
  sheet.WriteNumber(2, 3, 9.5);
  BOOST_TEST(sheet.cells().size() == 1u);
  BOOST_REQUIRE(sheet.Find(2, 3) != nullptr);
  BOOST_TEST((sheet.Find(2, 3)->kind == XlsxCellKind::kNumber));
  BOOST_TEST(sheet.Find(2, 3)->number == 9.5);
  BOOST_TEST(sheet.Find(3, 2) == nullptr);
}

BOOST_AUTO_TEST_CASE(cells_are_kept_in_row_order_whatever_the_writing_order) {
  XlsxWorkbook workbook;
  XlsxSheet& sheet = workbook.AddSheet("表");
  sheet.WriteNumber(2, 1, 1);
  sheet.WriteNumber(0, 3, 2);
  sheet.WriteNumber(2, 0, 3);
  sheet.WriteNumber(0, 3, 4);  // replaces
  sheet.WriteNumber(5, 0, 5);
  std::vector<std::pair<int, int>> order;
  std::vector<double> values;
  for (const XlsxCell& cell : sheet.cells()) {
    order.emplace_back(cell.row, cell.column);
    values.push_back(cell.number);
  }
  BOOST_TEST((order == std::vector<std::pair<int, int>>{{0, 3}, {2, 0}, {2, 1}, {5, 0}}));
  BOOST_TEST((values == std::vector<double>{4, 3, 1, 5}));
  BOOST_REQUIRE(sheet.Find(2, 0) != nullptr);
  BOOST_TEST(sheet.Find(2, 0)->number == 3);
  BOOST_TEST(sheet.Find(2, 2) == nullptr);
  BOOST_TEST(sheet.Find(6, 0) == nullptr);
}

// A workbook written out of row order, with row heights, a filter and panes, text that must
// keep its spaces and line breaks, numbers, a formula and a link.
XlsxWorkbook OutOfOrderWorkbook(bool constant_memory) {
  XlsxWorkbook workbook;
  workbook.SetConstantMemory(constant_memory);
  XlsxSheet& first = workbook.AddSheet("汇总");
  XlsxSheet& second = workbook.AddSheet("明细");
  second.WriteText(3, 0, "注：在表格之后");
  for (int row = 2; row >= 0; --row) {
    second.WriteNumber(row, 1, row + 0.25);
    second.WriteText(row, 0, row == 0 ? "  项目\n名称 " : "项目" + std::to_string(row));
  }
  second.SetRowHeight(0, 30);
  second.SetRowHeight(5, 40);  // a row without cells
  second.FreezePanes(1, 0);
  second.SetAutoFilter(0, 0, 2, 1);
  first.WriteLink(1, 0, "明细", second);
  first.WriteFormula(0, 1, "=SUM('明细'!B1:B3)", 3.75);
  XlsxStyle bold;
  bold.bold = true;
  first.WriteBlank(0, 0, workbook.AddStyle(bold));
  return workbook;
}

BOOST_AUTO_TEST_CASE(constant_memory_mode_writes_the_same_values_and_leaves_no_files) {
  TempDir dir;
  std::string error;
  std::string usual = (dir.path / "usual.xlsx").string();
  std::string streamed = (dir.path / "streamed.xlsx").string();
  XlsxWorkbook constant = OutOfOrderWorkbook(true);
  BOOST_TEST(constant.UsesConstantMemory());
  BOOST_TEST(!OutOfOrderWorkbook(false).UsesConstantMemory());
  BOOST_REQUIRE_MESSAGE(OutOfOrderWorkbook(false).Save(usual, error), error);
  BOOST_REQUIRE_MESSAGE(constant.Save(streamed, error), error);
  BOOST_TEST(dir.Entries() == (std::vector<std::string>{"streamed.xlsx", "usual.xlsx"}),
             boost::test_tools::per_element());
  for (const std::string sheet : {"汇总", "明细"}) {
    CsvTable expected, got;
    std::vector<Diagnostic> diagnostics;
    BOOST_REQUIRE(ReadXlsx(ReadFile(usual), usual, sheet, expected, diagnostics));
    BOOST_REQUIRE(ReadXlsx(ReadFile(streamed), streamed, sheet, got, diagnostics));
    BOOST_REQUIRE(got.rows.size() == expected.rows.size());
    for (size_t r = 0; r < got.rows.size(); ++r) {
      BOOST_REQUIRE(got.rows[r].size() == expected.rows[r].size());
      for (size_t c = 0; c < got.rows[r].size(); ++c)
        BOOST_TEST(got.rows[r][c].text == expected.rows[r][c].text);
    }
  }
  CsvTable table;
  std::vector<Diagnostic> diagnostics;
  BOOST_REQUIRE(ReadXlsx(ReadFile(streamed), streamed, "明细", table, diagnostics));
  BOOST_REQUIRE(table.rows.size() == 4u);
  BOOST_TEST(table.rows[0][0].text == "  项目\n名称 ");
  BOOST_TEST(table.rows[2][1].text == "2.25");
  BOOST_TEST(table.rows[3][0].text == "注：在表格之后");
}

BOOST_AUTO_TEST_CASE(a_workbook_with_merged_ranges_is_not_written_in_constant_memory) {
  XlsxWorkbook workbook;
  workbook.SetConstantMemory(true);
  workbook.AddSheet("表").Merge(0, 0, 1, 0, {});
  BOOST_TEST(!workbook.UsesConstantMemory());
}

BOOST_AUTO_TEST_CASE(columns_fit_their_widest_cell_and_wrapped_rows_grow) {
  XlsxWorkbook workbook;
  XlsxStyle wrap;
  wrap.wrap = true;
  XlsxStyleId wrapped = workbook.AddStyle(wrap);
  XlsxSheet& sheet = workbook.AddSheet("表");
  sheet.WriteText(0, 0, "服务老年人人次");                // 7 CJK: 14 columns, +2
  sheet.WriteText(0, 1, "x");                             // narrower than the minimum
  sheet.WriteText(1, 2, std::string(120, 'x'), wrapped);  // 120 columns, capped at 30
  sheet.WriteText(2, 0, std::string(40, 'x'));            // merged across: not measured
  sheet.Merge(2, 0, 2, 1, {});
  sheet.SetColumnWidth(3, 5);
  sheet.WriteText(0, 3, std::string(20, 'x'));  // a width set stays
  workbook.FitColumnWidths(sheet, 30);
  BOOST_TEST(sheet.ColumnWidth(0) == 16);
  BOOST_TEST(sheet.ColumnWidth(1) == 8);
  BOOST_TEST(sheet.ColumnWidth(2) == 30);
  BOOST_TEST(sheet.ColumnWidth(3) == 5);
  workbook.FitRowHeights(sheet);
  BOOST_TEST(sheet.RowHeight(0) == 0);       // one line: left to Excel
  BOOST_TEST(sheet.RowHeight(1) == 5 * 15);  // 120 columns in 29 per line
}

BOOST_AUTO_TEST_CASE(jixiaos_reader_reads_back_what_was_written) {
  TempDir dir;
  XlsxWorkbook workbook;
  XlsxSheet& summary = workbook.AddSheet("汇总");
  XlsxSheet& project = workbook.AddSheet("项目'一");
  XlsxStyle two_places;
  two_places.number_format = "0.00";
  XlsxStyleId points = workbook.AddStyle(two_places);
  summary.WriteText(0, 0, "=1+1");  // text, never a formula
  summary.WriteNumber(0, 1, 9.99, points);
  summary.WriteFormula(0, 2, "=" + QuotedSheetName(project.name()) + "!B2", 97.99, points);
  summary.WriteLink(1, 0, "项目'一", project);
  project.Merge(0, 0, 2, 0, {});
  project.WriteText(0, 0, "产出指标");
  project.WriteNumber(1, 1, 97.99);
  project.Merge(3, 0, 3, 2, {});  // no value: blank, not ""
  std::string error;
  std::string path = (dir.path / "book.xlsx").string();
  BOOST_REQUIRE_MESSAGE(workbook.Save(path, error), error);
  BOOST_TEST(dir.Entries() == std::vector<std::string>{"book.xlsx"},
             boost::test_tools::per_element());

  std::string bytes = ReadFile(path);
  CsvTable table;
  std::vector<Diagnostic> diagnostics;
  BOOST_REQUIRE(ReadXlsx(bytes, path, "", table, diagnostics));
  BOOST_REQUIRE(table.rows.size() == 2u);
  BOOST_TEST(table.rows[0][0].text == "=1+1");
  BOOST_TEST(table.rows[0][1].text == "9.99");
  BOOST_TEST(table.rows[0][2].text == "97.99");  // the cached result
  BOOST_TEST(table.rows[1][0].text == "项目'一");
  BOOST_REQUIRE(ReadXlsx(bytes, path, "项目'一", table, diagnostics));
  BOOST_REQUIRE(table.rows.size() == 2u);  // the blank merge A4:C4 holds no value
  BOOST_TEST(table.rows[0][0].text == "产出指标");
  BOOST_TEST(table.rows[1][0].text == "");  // inside the merged range
  BOOST_TEST(table.rows[1][1].text == "97.99");
}

BOOST_AUTO_TEST_CASE(the_same_workbook_gives_the_same_bytes) {
  TempDir dir;
  XlsxWorkbook workbook;
  workbook.properties().title = "项目支出绩效自评表";
  XlsxSheet& sheet = workbook.AddSheet("表");
  sheet.WriteText(0, 0, "总分");
  sheet.WriteFormula(0, 1, "=SUM(C1:C3)", 0);
  std::string error;
  BOOST_REQUIRE(workbook.Save((dir.path / "a.xlsx").string(), error));
  BOOST_REQUIRE(workbook.Save((dir.path / "b.xlsx").string(), error));
  BOOST_TEST(ReadFile(dir.path / "a.xlsx") == ReadFile(dir.path / "b.xlsx"));
}

BOOST_AUTO_TEST_CASE(text_longer_than_a_cell_holds_is_refused_and_nothing_written) {
  TempDir dir;
  XlsxWorkbook workbook;
  XlsxSheet& sheet = workbook.AddSheet("表");
  sheet.WriteText(11, 7, std::string(kXlsxMaxCellChars, 'x'));  // just fits
  BOOST_TEST(sheet.error().empty());
  sheet.WriteText(11, 7, std::string(kXlsxMaxCellChars + 1, 'x'));
  BOOST_TEST(sheet.error() ==
             "工作表「表」单元格 H12 的文字有 32768 个字符，超过 Excel 单元格的上限 32767 个字符");
  std::string error;
  BOOST_TEST(!workbook.Save((dir.path / "book.xlsx").string(), error));
  BOOST_TEST(error == sheet.error());
  BOOST_TEST(dir.Entries().empty());
}

BOOST_AUTO_TEST_CASE(an_unwritable_place_gives_an_error_and_leaves_nothing) {
  TempDir dir;
  testing::WriteFile(dir.path / "file", "keep");
  XlsxWorkbook workbook;
  workbook.AddSheet("表").WriteText(0, 0, "x");
  std::string error;
  BOOST_TEST(!workbook.Save((dir.path / "missing" / "book.xlsx").string(), error));
  BOOST_TEST(error.find("无法创建临时文件，目录") == 0u, error);
  BOOST_TEST(!workbook.Save((dir.path / "file" / "book.xlsx").string(), error));
  BOOST_TEST(!workbook.Save("-", error));
  BOOST_TEST(error == "「-」不是文件名");
  BOOST_TEST(dir.Entries() == std::vector<std::string>{"file"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
