#include "reports/xlsx_form.h"

#include <string>
#include <string_view>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "reports/form_rows.h"
#include "tests/reports/fixtures.h"

namespace jixiao {
namespace {

using testing::BeijingCarnival;
using testing::EdgeCases;
using testing::ShenzhenSheet;

// The cell at "G17" (which must have been written).
const XlsxCell& At(const XlsxSheet& sheet, std::string_view name) {
  int column = 0;
  size_t i = 0;
  for (; i < name.size() && name[i] >= 'A' && name[i] <= 'Z'; ++i)
    column = column * 26 + (name[i] - 'A' + 1);
  int row = std::stoi(std::string(name.substr(i)));
  const XlsxCell* cell = sheet.Find(row - 1, column - 1);
  BOOST_REQUIRE_MESSAGE(cell != nullptr, "nothing written at " << name);
  return *cell;
}

std::vector<std::string> Merges(const XlsxSheet& sheet) {
  std::vector<std::string> names;
  for (const XlsxMerge& m : sheet.merges())
    names.push_back(XlsxRangeName(m.first_row, m.first_column, m.last_row, m.last_column));
  return names;
}

bool Contains(const std::vector<std::string>& names, const std::string& name) {
  for (const std::string& n : names)
    if (n == name) return true;
  return false;
}

const std::string& FormatOf(const XlsxWorkbook& workbook, const XlsxCell& cell) {
  return workbook.styles()[static_cast<size_t>(cell.style.index)].number_format;
}

BOOST_AUTO_TEST_SUITE(xlsx_form)

BOOST_AUTO_TEST_CASE(the_self_evaluation_form_keeps_the_official_layout) {
  XlsxWorkbook workbook;
  XlsxFormSheet form = AddFormSheet(workbook, BuildForm(BeijingCarnival()));
  const XlsxSheet& sheet = *form.sheet;
  BOOST_TEST(sheet.name() == "第七届北京农业嘉年华举办“扶贫攻坚 决胜小康”项目");
  BOOST_TEST(At(sheet, "A1").text == "项目支出绩效自评表");
  BOOST_TEST(At(sheet, "A2").text == "项目名称");
  BOOST_TEST(At(sheet, "A5").text == "项目资金（万元）");
  BOOST_TEST(At(sheet, "C5").text == "年初预算数");
  BOOST_TEST(At(sheet, "H5").text == "得分");
  // 项目资金: numbers, 执行率 as a fraction shown as a percentage.
  BOOST_TEST(At(sheet, "E6").number == 159.80445);
  BOOST_TEST(At(sheet, "G6").number == 159.80445 / 160, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(FormatOf(workbook, At(sheet, "G6")) == "0.00%");
  BOOST_TEST(At(sheet, "H6").number == 9.99);
  BOOST_TEST(FormatOf(workbook, At(sheet, "H6")) == "0.00");
  std::vector<std::string> merges = Merges(sheet);
  BOOST_TEST(Contains(merges, "A1:H1"));
  BOOST_TEST(Contains(merges, "B2:H2"));
  BOOST_TEST(Contains(merges, "A5:B5"));
  BOOST_TEST(Contains(merges, "A8:A13"));   // 产出指标 over its six rows
  BOOST_TEST(Contains(merges, "B8:B9"));    // 数量指标
  BOOST_TEST(Contains(merges, "A17:E17"));  // 总分
  BOOST_TEST(At(sheet, "A8").text == "产出指标");
  BOOST_TEST(sheet.Find(8, 0) == nullptr);  // A9, inside the merge
  // An overridden score keeps its footnote mark in its number format.
  BOOST_TEST(At(sheet, "G8").number == 7);
  BOOST_TEST(FormatOf(workbook, At(sheet, "G8")) == "0.00\"*1\"");
  // 总分: the sum of the budget score and the rows, cached with the engine's total.
  const XlsxCell& total = At(sheet, "G17");
  BOOST_TEST((total.kind == XlsxCellKind::kFormula));
  BOOST_TEST(total.text == "=SUM(H6,G8:G16)");
  BOOST_TEST(total.number == 97.99);
  BOOST_TEST(form.total_row == 16);
  BOOST_TEST(form.total_column == 6);
  BOOST_TEST(At(sheet, "G18").text == "优");
}

BOOST_AUTO_TEST_CASE(goals_are_two_columns_under_their_merged_title) {
  XlsxWorkbook workbook;
  const XlsxSheet& sheet = *AddFormSheet(workbook, BuildForm(EdgeCases())).sheet;
  // Rows 1–6: title, three header fields, the 项目资金 block; then 年度总体目标 over two rows,
  // 预期目标 over the columns up to 年度指标值 and 实际完成情况 from 实际完成值 on.
  BOOST_TEST(At(sheet, "A7").text == "年度总体目标");
  BOOST_TEST(At(sheet, "B7").text == "预期目标");
  BOOST_TEST(At(sheet, "E7").text == "实际完成情况");
  BOOST_TEST(At(sheet, "B8").text == "为辖区困难老人提供居家养老服务");
  BOOST_TEST(At(sheet, "E8").text == "服务覆盖 96.5% 的困难老人\n投诉率数据未报送");
  std::vector<std::string> merges = Merges(sheet);
  BOOST_TEST(Contains(merges, "A7:A8"));
  BOOST_TEST(Contains(merges, "B7:D7"));
  BOOST_TEST(Contains(merges, "E7:H7"));
  BOOST_TEST(Contains(merges, "B8:D8"));
  BOOST_TEST(Contains(merges, "E8:H8"));
  BOOST_TEST(At(sheet, "A9").text == "一级指标");
  BOOST_TEST(sheet.RowHeight(7) > 15);  // the two-line outcome wraps
}

BOOST_AUTO_TEST_CASE(subtotals_add_the_rows_of_each_top_level_node) {
  XlsxWorkbook workbook;
  const XlsxSheet& sheet = *AddFormSheet(workbook, BuildForm(BeijingCarnival())).sheet;
  BOOST_TEST(At(sheet, "A20").text == "一级指标");
  BOOST_TEST(At(sheet, "F20").text == "分值");
  BOOST_TEST(At(sheet, "G20").text == "得分");
  BOOST_TEST(At(sheet, "A21").text == "预算执行率");
  BOOST_TEST(At(sheet, "G21").text == "=SUM(H6)");
  BOOST_TEST(At(sheet, "G21").number == 9.99);
  BOOST_TEST(At(sheet, "A22").text == "产出指标");
  BOOST_TEST(At(sheet, "F22").number == 50);
  BOOST_TEST(At(sheet, "G22").text == "=SUM(G8:G13)");
  BOOST_TEST(At(sheet, "G22").number == 48);
  BOOST_TEST(At(sheet, "G24").text == "=SUM(G16)");
  BOOST_TEST(At(sheet, "A26").text == "注：");
  BOOST_TEST(At(sheet, "A27").text ==
             "*1 单位调整得分：计算得分 7.73，说明：农业嘉年华活动时间为58天");
}

BOOST_AUTO_TEST_CASE(a_total_that_is_not_the_sum_of_the_rows_is_written_as_the_figure) {
  // 15 points not applicable: the total is rescaled (100 × 56.6 / 85), which no SUM gives.
  XlsxWorkbook workbook;
  Form form = BuildForm(EdgeCases());
  XlsxFormSheet written = AddFormSheet(workbook, form);
  const XlsxSheet& sheet = *written.sheet;
  const XlsxCell* total = sheet.Find(written.total_row, written.total_column);
  BOOST_REQUIRE(total != nullptr);
  BOOST_TEST((total->kind == XlsxCellKind::kNumber));
  BOOST_TEST(total->number == 66.59);
  // Rows that are not scored show why, as text; SUM passes over them.
  std::vector<std::string> texts;
  for (const XlsxCell& cell : sheet.cells())
    if (cell.column == written.total_column && cell.kind == XlsxCellKind::kText)
      texts.push_back(cell.text);
  BOOST_TEST(Contains(texts, "无法评分"));
  BOOST_TEST(Contains(texts, "缺少数据"));
  BOOST_TEST(Contains(texts, "不适用"));
  // The subtotal of 产出指标 is still the sum of its rows (9.60 and three unscored).
  bool found = false;
  for (const XlsxCell& cell : sheet.cells())
    if (cell.kind == XlsxCellKind::kFormula && cell.number == 9.6) found = true;
  BOOST_TEST(found);
  // A target that looks like a formula stays text.
  bool formula_text = false;
  for (const XlsxCell& cell : sheet.cells())
    formula_text |= cell.kind == XlsxCellKind::kText && cell.text == "=SUM(A1)";
  BOOST_TEST(formula_text);
}

BOOST_AUTO_TEST_CASE(the_scoring_sheet_has_its_own_columns_and_no_budget_score) {
  XlsxWorkbook workbook;
  XlsxFormSheet written = AddFormSheet(workbook, BuildForm(ShenzhenSheet()));
  const XlsxSheet& sheet = *written.sheet;
  BOOST_TEST(At(sheet, "A1").text == "自评价评分表");
  BOOST_TEST(At(sheet, "D7").text == "权重");
  BOOST_TEST(At(sheet, "G7").text == "评分结果");
  BOOST_TEST(At(sheet, "H7").text == "评分标准");
  BOOST_TEST(Contains(Merges(sheet), "A5:D5"));  // 项目资金 widened to the table's width
  const XlsxCell* total = sheet.Find(written.total_row, written.total_column);
  BOOST_REQUIRE(total != nullptr);
  BOOST_TEST((total->kind == XlsxCellKind::kFormula));
  BOOST_TEST(total->number == 94.52);
  BOOST_TEST(total->text.find("H6") == std::string::npos);  // no score in 项目资金 here
}

BOOST_AUTO_TEST_CASE(points_formats_follow_the_decimal_places) {
  BOOST_TEST(XlsxPointsFormat(2) == "0.00");
  BOOST_TEST(XlsxPointsFormat(0) == "0");
  BOOST_TEST(XlsxPointsFormat(1, "*") == "0.0\"*\"");
  BOOST_TEST(XlsxPointsFormat(-1) == "");
  BOOST_TEST(XlsxPointsFormat(-1, "*2") == "General\"*2\"");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
