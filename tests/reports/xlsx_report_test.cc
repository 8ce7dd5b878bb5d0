#include "reports/xlsx_report.h"

#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "indicators/csv.h"
#include "indicators/decimal.h"
#include "indicators/value.h"
#include "indicators/xlsx.h"
#include "reports/form_rows.h"
#include "tests/reports/fixtures.h"
#include "tests/reports/temp_dir.h"

namespace jixiao {
namespace {

using testing::BeijingCarnival;
using testing::EdgeCases;
using testing::ReadFile;
using testing::ShenzhenSheet;
using testing::TempDir;

// Three projects whose names make awkward sheet names: the summary's own name, a name with
// characters Excel forbids and over 31 characters, and the same name twice.
std::vector<ScoreTree> AwkwardlyNamed() {
  std::vector<ScoreTree> trees = {BeijingCarnival(), ShenzhenSheet(), EdgeCases(), EdgeCases()};
  trees[0].project.name = "汇总";
  trees[1].project.name = "扶贫协作/合作交流[行政]经费：2019年度第一批项目资金绩效自评价评分表";
  return trees;
}

BOOST_AUTO_TEST_SUITE(xlsx_report)

BOOST_AUTO_TEST_CASE(the_summary_comes_first_and_lists_every_project) {
  XlsxWorkbook workbook = XlsxReport({BeijingCarnival(), ShenzhenSheet()});
  BOOST_REQUIRE(workbook.sheets().size() == 3u);
  const XlsxSheet& summary = workbook.sheets()[0];
  BOOST_TEST(summary.name() == "汇总");
  std::vector<std::string> titles;
  for (int c = 0; c < 8; ++c) titles.push_back(summary.Find(0, c)->text);
  BOOST_TEST(titles == (std::vector<std::string>{"项目名称", "主管部门", "实施单位", "全年预算数",
                                                 "全年执行数", "执行率", "总分", "等级"}),
             boost::test_tools::per_element());
  const XlsxCell* budget = summary.Find(1, 3);
  BOOST_REQUIRE(budget != nullptr);
  BOOST_TEST(budget->number == 160);
  BOOST_TEST(workbook.styles()[static_cast<size_t>(budget->style.index)].number_format ==
             "General\"万元\"");
  BOOST_TEST(summary.Find(1, 5)->number == 159.80445 / 160, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(summary.Find(2, 7)->text == "优");  // the fixture's grade
  BOOST_TEST(workbook.properties().title == "项目支出绩效自评表");
}

BOOST_AUTO_TEST_CASE(links_and_totals_point_at_each_projects_own_sheet) {
  XlsxWorkbook workbook = XlsxReport(AwkwardlyNamed());
  const auto& sheets = workbook.sheets();
  BOOST_REQUIRE(sheets.size() == 5u);
  BOOST_TEST(sheets[1].name() == "汇总(2)");
  BOOST_TEST(sheets[2].name() == "扶贫协作_合作交流_行政_经费：2019年度第一批项目资金绩效");
  BOOST_TEST(sheets[3].name() == "社区居家养老服务补贴");
  BOOST_TEST(sheets[4].name() == "社区居家养老服务补贴(2)");
  const XlsxSheet& summary = sheets[0];
  const double totals[] = {97.99, 94.52, 66.59, 66.59};
  for (int i = 0; i < 4; ++i) {
    const XlsxSheet& project = sheets[static_cast<size_t>(i + 1)];
    const XlsxCell* link = summary.Find(i + 1, 0);
    BOOST_REQUIRE(link != nullptr);
    BOOST_TEST((link->kind == XlsxCellKind::kLink));
    BOOST_TEST(link->target == QuotedSheetName(project.name()) + "!A1");
    const XlsxCell* total = summary.Find(i + 1, 6);
    BOOST_REQUIRE(total != nullptr);
    BOOST_TEST((total->kind == XlsxCellKind::kFormula));
    BOOST_TEST(total->number == totals[i]);
    // The formula names the project sheet's 总分 cell, which holds the same figure.
    std::string prefix = "=" + QuotedSheetName(project.name()) + "!";
    BOOST_REQUIRE(total->text.rfind(prefix, 0) == 0u);
    bool found = false;
    for (const XlsxCell& cell : project.cells())
      if (XlsxCellName(cell.row, cell.column) == total->text.substr(prefix.size()))
        found = cell.number == totals[i];
    BOOST_TEST(found, total->text);
  }
}

BOOST_AUTO_TEST_CASE(jixiaos_own_reader_reads_the_report_back) {
  TempDir dir;
  std::string path = (dir.path / "report.xlsx").string();
  std::string error;
  BOOST_REQUIRE_MESSAGE(WriteXlsxReport(path, {BeijingCarnival(), EdgeCases()}, error), error);
  std::string bytes = ReadFile(path);
  CsvTable table;
  std::vector<Diagnostic> diagnostics;
  BOOST_REQUIRE(ReadXlsx(bytes, path, "汇总", table, diagnostics));
  BOOST_REQUIRE(table.rows.size() == 3u);
  BOOST_TEST(table.rows[1][6].text == "97.99");  // formulas read as their cached results
  BOOST_TEST(table.rows[2][6].text == "66.59");
  BOOST_TEST(table.rows[2][7].text == "中");
  BOOST_REQUIRE(ReadXlsx(bytes, path, "社区居家养老服务补贴", table, diagnostics));
  bool total_row = false;
  for (const std::vector<CsvField>& row : table.rows)
    if (row[0].text == "总分") total_row = row[5].text == "100" && row[6].text == "66.59";
  BOOST_TEST(total_row);
}

// The form's 执行率 is written as a fraction in a 0.00% cell (159.80445/160 as 0.9987778125);
// the reader gives back the form's rate, every digit of it, in the summary and in the project's
// 项目资金 block, and the form's 99.88% is that rate at its two decimals.
BOOST_AUTO_TEST_CASE(the_execution_rate_reads_back_as_the_forms_rate) {
  const ScoreTree tree = BeijingCarnival();
  BOOST_REQUIRE(tree.execution_rate_percent.has_value());
  const Form form = BuildForm(tree);
  BOOST_REQUIRE(form.funds.has_value());
  const FormCell* form_rate = nullptr;
  for (const CellRow* row : FundsRows(form))
    for (size_t i = 0; i < row->size(); ++i)
      if (form.funds->columns[i].kind == ColumnKind::kRate && (*row)[i].value)
        form_rate = &(*row)[i];
  BOOST_REQUIRE(form_rate != nullptr);
  BOOST_TEST(form_rate->Display() == "99.88%");

  TempDir dir;
  const std::string path = (dir.path / "report.xlsx").string();
  std::string error;
  BOOST_REQUIRE_MESSAGE(WriteXlsxReport(path, {tree}, error), error);
  const std::string bytes = ReadFile(path);
  const XlsxWorkbook workbook = XlsxReport({tree});
  BOOST_REQUIRE(workbook.sheets().size() == 2u);
  for (const XlsxSheet& written : workbook.sheets()) {
    const std::string sheet = written.name();
    CsvTable table;
    std::vector<Diagnostic> diagnostics;
    BOOST_REQUIRE(ReadXlsx(bytes, path, sheet, table, diagnostics));
    std::vector<std::string> rates;  // what the reader gives for the numbers written as 0.00%
    for (const XlsxCell& cell : written.cells())
      if (cell.kind == XlsxCellKind::kNumber &&
          workbook.styles()[static_cast<size_t>(cell.style.index)].number_format == "0.00%")
        rates.push_back(
            table.rows.at(static_cast<size_t>(cell.row)).at(static_cast<size_t>(cell.column)).text);
    BOOST_TEST_CONTEXT(sheet) {
      BOOST_TEST_REQUIRE(rates == std::vector<std::string>{"99.87778125%"},
                         boost::test_tools::per_element());
      const Value read = ParseValue(rates.at(0));
      BOOST_TEST(read.number == *form_rate->value, boost::test_tools::tolerance(1e-13));
      BOOST_TEST(read.number == *tree.execution_rate_percent, boost::test_tools::tolerance(1e-13));
      BOOST_TEST(MatchesAtPrintedPlaces(99.88, 2, read.number));
    }
  }
}

BOOST_AUTO_TEST_CASE(a_report_that_cannot_be_written_leaves_nothing) {
  TempDir dir;
  std::string error;
  BOOST_TEST(!WriteXlsxReport((dir.path / "missing" / "report.xlsx").string(), {BeijingCarnival()},
                              error));
  BOOST_TEST(error.find("无法创建临时文件") == 0u, error);
  BOOST_TEST(dir.Entries().empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
