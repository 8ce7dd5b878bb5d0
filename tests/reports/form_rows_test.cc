#include "reports/form_rows.h"

#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "tests/reports/fixtures.h"

namespace jixiao {
namespace {

using testing::BeijingCarnival;
using testing::EdgeCases;
using testing::ShenzhenSheet;

std::vector<std::string> Titles(const std::vector<FormColumn>& columns) {
  std::vector<std::string> titles;
  for (const FormColumn& column : columns) titles.push_back(column.title);
  return titles;
}

std::vector<std::string> Texts(const std::vector<FormCell>& cells) {
  std::vector<std::string> texts;
  for (const FormCell& cell : cells) texts.push_back(cell.Display());
  return texts;
}

const FormRow& RowOf(const Form& form, const std::string& node_id) {
  for (const FormRow& row : form.rows)
    if (row.node_id == node_id) return row;
  BOOST_FAIL("no row for " + node_id);
  return form.rows.front();
}

size_t ColumnIndex(const Form& form, ColumnKind kind) {
  for (size_t i = 0; i < form.columns.size(); ++i)
    if (form.columns[i].kind == kind) return i;
  BOOST_FAIL("no such column");
  return 0;
}

bool HasNote(const Form& form, const std::string& note) {
  for (const std::string& n : form.notes)
    if (n == note) return true;
  return false;
}

BOOST_AUTO_TEST_SUITE(form_rows)

BOOST_AUTO_TEST_CASE(header_and_stamp_come_from_the_project_and_template) {
  Form form = BuildForm(BeijingCarnival());
  BOOST_TEST(form.title == "项目支出绩效自评表");
  BOOST_REQUIRE(form.header.size() == 3u);
  BOOST_TEST(form.header[0].label == "项目名称");
  BOOST_TEST(form.header[0].value == "第七届北京农业嘉年华举办“扶贫攻坚 决胜小康”项目");
  BOOST_TEST(form.header[1].label == "主管部门");
  BOOST_TEST(form.header[2].label == "实施单位");
  BOOST_TEST(form.header[2].value == "北京美好故事文化传播有限公司");
  BOOST_TEST(form.stamp == "模板 beijing_2020 版本 1（内容哈希 9f86d081884c7d65）");
}

BOOST_AUTO_TEST_CASE(funds_block_shows_budget_rate_and_budget_execution_score) {
  Form form = BuildForm(BeijingCarnival());
  BOOST_REQUIRE(form.funds.has_value());
  std::vector<std::string> titles{
      "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
  BOOST_TEST(Titles(form.funds->columns) == titles, boost::test_tools::per_element());
  BOOST_REQUIRE(form.funds->rows.size() == 1u);
  std::vector<std::string> cells{"年度资金总额", "160",    "160", "159.80445",
                                 "10.00",        "99.88%", "9.99"};
  BOOST_TEST(Texts(form.funds->rows[0]) == cells, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(budget_execution_is_a_budget_row_not_an_indicator_row) {
  Form form = BuildForm(BeijingCarnival());
  BOOST_TEST((form.rows.front().kind == RowKind::kBudget));
  BOOST_TEST(form.rows.front().node_id == "budget");
  std::vector<std::string> cells{"项目资金",
                                 "年度资金总额",
                                 "预算执行率",
                                 "全年预算数 160万元",
                                 "全年执行数 159.80445万元，执行率 99.88%",
                                 "10.00",
                                 "9.99",
                                 ""};
  BOOST_TEST(Texts(form.rows.front().cells) == cells, boost::test_tools::per_element());
  int budget_rows = 0;
  for (const FormRow& row : form.rows) budget_rows += row.node_id == "budget";
  BOOST_TEST(budget_rows == 1);
}

BOOST_AUTO_TEST_CASE(self_evaluation_columns) {
  Form form = BuildForm(BeijingCarnival());
  std::vector<std::string> titles{"一级指标",   "二级指标", "三级指标", "年度指标值",
                                  "实际完成值", "分值",     "得分",     "偏差原因分析及改进措施"};
  BOOST_TEST(Titles(form.columns) == titles, boost::test_tools::per_element());
  // budget + 9 indicators + 总分 + 等级
  BOOST_TEST(form.rows.size() == 12u);
}

BOOST_AUTO_TEST_CASE(group_names_print_on_their_first_row_and_span_the_rest) {
  Form form = BuildForm(BeijingCarnival());
  const FormRow& first = RowOf(form, "1.1.1");  // 产出指标/数量指标/指标1:展销天数
  BOOST_TEST(first.cells[0].text == "产出指标");
  BOOST_TEST(!first.cells[0].continuation);
  BOOST_TEST(first.cells[0].row_span == 6);
  BOOST_TEST(first.cells[1].text == "数量指标");
  BOOST_TEST(first.cells[1].row_span == 2);
  BOOST_TEST(first.cells[2].text == "指标1:展销天数");

  const FormRow& second = RowOf(form, "1.1.2");
  BOOST_TEST(second.cells[0].continuation);
  BOOST_TEST(second.cells[0].row_span == 0);
  BOOST_TEST(second.cells[0].text == "产出指标");  // kept for formats that repeat it
  BOOST_TEST(second.cells[1].continuation);
  BOOST_TEST(!second.cells[2].continuation);

  const FormRow& quality = RowOf(form, "1.2.1");
  BOOST_TEST(quality.cells[0].continuation);
  BOOST_TEST(!quality.cells[1].continuation);
  BOOST_TEST(quality.cells[1].text == "质量指标");
  BOOST_TEST(quality.cells[1].row_span == 1);
}

BOOST_AUTO_TEST_CASE(one_override_is_marked_with_a_star_and_explained) {
  ScoreTree tree = BeijingCarnival();
  tree.roots[1].children[2].children[1].overridden = false;  // 展销时间
  Form form = BuildForm(tree);
  const FormRow& row = RowOf(form, "1.1.1");
  const FormCell& score = row.cells[ColumnIndex(form, ColumnKind::kScore)];
  BOOST_TEST(score.text == "7.00");
  BOOST_TEST(score.mark == "*");
  BOOST_TEST(score.Display() == "7.00*");
  BOOST_TEST(score.numeric);
  BOOST_REQUIRE(!form.notes.empty());
  BOOST_TEST(form.notes[0] == "* 单位调整得分：计算得分 7.73，说明：农业嘉年华活动时间为58天");
  BOOST_TEST(row.remarks == std::vector<std::string>{form.notes[0]},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(several_overrides_are_numbered_in_row_order) {
  Form form = BuildForm(BeijingCarnival());
  size_t score = ColumnIndex(form, ColumnKind::kScore);
  BOOST_TEST(RowOf(form, "1.1.1").cells[score].Display() == "7.00*1");
  BOOST_TEST(RowOf(form, "1.3.2").cells[score].Display() == "4.00*2");
  std::vector<std::string> notes{"*1 单位调整得分：计算得分 7.73，说明：农业嘉年华活动时间为58天",
                                 "*2 单位调整得分：计算得分 4.83，说明：农业嘉年华活动时间为58天"};
  BOOST_TEST(form.notes == notes, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(total_and_grade_rows_close_the_table) {
  Form form = BuildForm(BeijingCarnival());
  const FormRow& total = form.rows[form.rows.size() - 2];
  const FormRow& grade = form.rows.back();
  BOOST_TEST((total.kind == RowKind::kTotal));
  BOOST_TEST((grade.kind == RowKind::kGrade));
  std::vector<std::string> total_cells{"总分", "", "", "", "", "100.00", "97.99", ""};
  BOOST_TEST(Texts(total.cells) == total_cells, boost::test_tools::per_element());
  std::vector<std::string> grade_cells{"等级", "", "", "", "", "", "优", ""};
  BOOST_TEST(Texts(grade.cells) == grade_cells, boost::test_tools::per_element());
  BOOST_TEST(!grade.cells[6].numeric);
}

BOOST_AUTO_TEST_CASE(rows_not_scored_show_their_outcome) {
  Form form = BuildForm(EdgeCases());
  size_t score = ColumnIndex(form, ColumnKind::kScore);
  BOOST_TEST(RowOf(form, "1.1.2").cells[score].text == "无法评分");
  BOOST_TEST(RowOf(form, "1.2.1").cells[score].text == "缺少数据");
  BOOST_TEST(RowOf(form, "1.3.1").cells[score].text == "不适用");
  BOOST_TEST(!RowOf(form, "1.3.1").cells[score].numeric);
  BOOST_TEST(RowOf(form, "1.1.1").cells[score].text == "9.60");
}

BOOST_AUTO_TEST_CASE(an_indicator_above_the_deepest_level_sits_in_the_last_level_column) {
  Form form = BuildForm(EdgeCases());
  const FormRow& row = RowOf(form, "3.1");  // 满意度指标/服务对象满意度, level 2 of 3
  BOOST_TEST(row.cells[0].text == "满意度指标");
  BOOST_TEST(row.cells[1].text == "");
  BOOST_TEST(row.cells[2].text == "服务对象满意度");
}

BOOST_AUTO_TEST_CASE(a_group_without_indicators_gets_a_row_of_its_own) {
  Form form = BuildForm(EdgeCases());
  const FormRow& row = RowOf(form, "2.2");  // 效益指标/生态效益指标, 0 points
  BOOST_TEST((row.kind == RowKind::kGroup));
  BOOST_TEST(row.cells[0].continuation);
  BOOST_TEST(row.cells[1].text == "生态效益指标");
  BOOST_TEST(row.cells[2].text == "");
  BOOST_TEST(row.cells[ColumnIndex(form, ColumnKind::kWeight)].text == "0.00");
}

BOOST_AUTO_TEST_CASE(differences_findings_and_rescaling_are_noted_under_the_table) {
  Form form = BuildForm(EdgeCases());
  std::vector<std::string> notes{
      "预算执行率：公布得分 10.00，按规则应为 8.00",
      "产出指标/数量指标/上门服务次数：目标值不是数值，无法按正向比例评分",
      "满意度指标/服务对象满意度：目标已完成但扣分，且未填写偏差原因",
      "2 项指标未能评分（缺少数据或无法评分）",
      "有 15 分的指标不适用：总分按适用指标折算，100 × 56.6 / 85 = 66.59",
      "公布总分 70.00，按规则计算为 66.59（相差 3.41）",
  };
  BOOST_TEST(form.notes == notes, boost::test_tools::per_element());
  BOOST_TEST(form.rows.front().remarks == std::vector<std::string>{notes[0]},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(goals_are_a_block_when_the_project_states_them) {
  Form form = BuildForm(EdgeCases());
  BOOST_REQUIRE(form.goals.has_value());
  BOOST_TEST(form.goals->title == "年度总体目标");
  BOOST_REQUIRE(form.goals->columns.size() == 2u);
  BOOST_TEST(form.goals->columns[0].label == "预期目标");
  BOOST_TEST(form.goals->columns[0].value == "为辖区困难老人提供居家养老服务");
  BOOST_TEST(form.goals->columns[1].label == "实际完成情况");
  BOOST_TEST(form.goals->columns[1].value == "服务覆盖 96.5% 的困难老人\n投诉率数据未报送");
  std::vector<FormField> lines = form.goals->Lines();
  BOOST_REQUIRE(lines.size() == 2u);
  BOOST_TEST(lines[0].label == "年度总体目标（预期目标）");
  BOOST_TEST(lines[1].label == "年度总体目标（实际完成情况）");
  BOOST_TEST(lines[1].value == form.goals->columns[1].value);
  BOOST_TEST(!BuildForm(BeijingCarnival()).goals.has_value());
}

BOOST_AUTO_TEST_CASE(a_goal_without_its_outcome_keeps_both_columns_and_one_line) {
  ScoreTree tree = EdgeCases();
  tree.project.achieved.clear();
  Form form = BuildForm(tree);
  BOOST_REQUIRE(form.goals.has_value());
  BOOST_REQUIRE(form.goals->columns.size() == 2u);
  BOOST_TEST(form.goals->columns[1].value.empty());
  std::vector<FormField> lines = form.goals->Lines();
  BOOST_REQUIRE(lines.size() == 1u);
  BOOST_TEST(lines[0].label == "年度总体目标（预期目标）");
  tree.project.goal.clear();
  tree.project.achieved = "已完成";
  form = BuildForm(tree);
  BOOST_REQUIRE(form.goals.has_value());
  BOOST_TEST(form.goals->columns[0].value.empty());
  BOOST_TEST(form.goals->Lines().size() == 1u);
}

BOOST_AUTO_TEST_CASE(scoring_sheet_columns_and_weighted_group_cells) {
  Form form = BuildForm(ShenzhenSheet());
  BOOST_TEST(form.title == "自评价评分表");
  std::vector<std::string> titles{"一级指标", "二级指标", "三级指标", "权重",
                                  "目标值",   "业绩值",   "评分结果", "评分标准"};
  BOOST_TEST(Titles(form.columns) == titles, boost::test_tools::per_element());
  std::vector<std::string> first{"投入和管理目标（25.00）",
                                 "成本（2.27）",
                                 "项目预算金额",
                                 "2.27",
                                 "8041万元",
                                 "8041万元",
                                 "2.27",
                                 "业绩值为4301万元得满分；每降低1%扣权重值的1%，扣完为止。"};
  BOOST_TEST(Texts(form.rows.front().cells) == first, boost::test_tools::per_element());
  // 38 indicators + 资产管理 + 信息共享 + 总分 + 等级; 预算执行率 stays an
  // indicator row
  BOOST_TEST(form.rows.size() == 42u);
  BOOST_TEST((RowOf(form, "1.2.3").kind == RowKind::kIndicator));
}

BOOST_AUTO_TEST_CASE(scoring_sheet_keeps_zero_point_groups_and_has_no_scored_funds_block) {
  Form form = BuildForm(ShenzhenSheet());
  const FormRow& assets = RowOf(form, "1.5");
  BOOST_TEST((assets.kind == RowKind::kGroup));
  BOOST_TEST(assets.cells[1].text == "资产管理（0.00）");
  BOOST_TEST(assets.cells[3].text == "");
  BOOST_REQUIRE(form.funds.has_value());
  std::vector<std::string> titles{"项目资金（万元）", "年初预算数", "全年预算数", "全年执行数",
                                  "执行率"};
  BOOST_TEST(Titles(form.funds->columns) == titles, boost::test_tools::per_element());
  std::vector<std::string> cells{"年度资金总额", "", "8376.8", "6611.51", "78.93%"};
  BOOST_TEST(Texts(form.funds->rows[0]) == cells, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(scoring_sheet_lists_notes_it_has_no_column_for) {
  ScoreTree tree = ShenzhenSheet();
  tree.roots[2].children[1].children[0].note = "未开展满意度调查";
  Form form = BuildForm(tree);
  BOOST_TEST(HasNote(form,
                     "效果目标/满意度/"
                     "派驻干部对我办服务保障工作评价（说明）：未开展满意度调查"));
}

BOOST_AUTO_TEST_CASE(unrounded_templates_print_up_to_four_decimals) {
  ScoreTree tree = BeijingCarnival();
  tree.rounding.mode = RoundingMode::kNone;
  tree.roots[1].children[0].children[0].overridden = false;
  tree.roots[1].children[0].children[0].score = 7.7333333333;
  Form form = BuildForm(tree);
  BOOST_TEST(RowOf(form, "1.1.1").cells[ColumnIndex(form, ColumnKind::kScore)].text == "7.7333");
  BOOST_TEST(RowOf(form, "1.1.1").cells[ColumnIndex(form, ColumnKind::kWeight)].text == "8");
  BOOST_TEST(RowOf(form, "1.1.1").cells[ColumnIndex(form, ColumnKind::kScore)].value.value_or(0) ==
             7.7333333333);
  BOOST_TEST(form.point_places == -1);
}

BOOST_AUTO_TEST_CASE(numeric_cells_carry_the_numbers_of_the_tree) {
  Form form = BuildForm(BeijingCarnival());
  const std::vector<FormCell>& funds = form.funds->rows[0];
  BOOST_TEST(!funds[0].value.has_value());
  BOOST_TEST(funds[3].value.value_or(0) == 159.80445);
  BOOST_TEST(funds[5].value.value_or(0) == 159.80445 / 160 * 100,
             boost::test_tools::tolerance(1e-12));  // 执行率 in percent, unrounded
  BOOST_TEST(funds[6].value.value_or(0) == 9.99);
  const FormRow& days = RowOf(form, "1.1.1");
  const FormCell& score = days.cells[ColumnIndex(form, ColumnKind::kScore)];
  BOOST_TEST(score.value.value_or(0) == 7);  // the override, marked
  BOOST_TEST(score.mark == "*1");
  BOOST_TEST(
      form.rows[form.rows.size() - 2].cells[ColumnIndex(form, ColumnKind::kScore)].value.value_or(
          0) == 97.99);
  BOOST_TEST(form.point_places == 2);
  // A figure that is missing is a blank without a number; text cells have none.
  Form sheet = BuildForm(ShenzhenSheet());
  BOOST_TEST(sheet.funds->rows[0][1].text == "");
  BOOST_TEST(!sheet.funds->rows[0][1].value.has_value());
  BOOST_TEST(!RowOf(sheet, "1.1.1").cells[0].value.has_value());
}

BOOST_AUTO_TEST_CASE(subtotals_list_each_top_level_node_with_its_rows) {
  Form form = BuildForm(BeijingCarnival());
  BOOST_REQUIRE(form.subtotals.size() == 4u);
  const FormSubtotal& budget = form.subtotals[0];
  BOOST_TEST(budget.name == "预算执行率");
  BOOST_TEST(budget.rows == std::vector<size_t>{0}, boost::test_tools::per_element());
  BOOST_TEST(budget.score.value.value_or(0) == 9.99);
  const FormSubtotal& output = form.subtotals[1];
  BOOST_TEST(output.name == "产出指标");
  BOOST_TEST(output.weight.text == "50.00");
  BOOST_TEST(output.score.value.value_or(0) == 48);
  BOOST_TEST(output.rows == (std::vector<size_t>{1, 2, 3, 4, 5, 6}),
             boost::test_tools::per_element());
  // The scoring sheet: a 0-point group's row belongs to its 一级指标 too.
  Form sheet = BuildForm(ShenzhenSheet());
  BOOST_REQUIRE(sheet.subtotals.size() == 4u);
  BOOST_TEST(sheet.subtotals[0].name == "投入和管理目标");
  bool has_group_row = false;
  for (size_t i : sheet.subtotals[0].rows) has_group_row |= sheet.rows[i].node_id == "1.5";
  BOOST_TEST(has_group_row);
}

BOOST_AUTO_TEST_CASE(a_form_of_top_level_indicators_has_no_subtotals) {
  ScoreTree tree = BeijingCarnival();
  tree.roots.resize(1);  // the budget component alone
  BOOST_TEST(BuildForm(tree).subtotals.empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
