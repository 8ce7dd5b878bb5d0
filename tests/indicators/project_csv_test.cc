#include "indicators/project_csv.h"

#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

namespace tt = boost::test_tools;

std::vector<std::string> Formatted(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(FormatDiagnostic(d));
  return out;
}

// The first line of each diagnostic: the message without its hint.
std::vector<std::string> Messages(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) {
    std::string text = FormatDiagnostic(d);
    out.push_back(text.substr(0, text.find('\n')));
  }
  return out;
}

// Beijing 2020, project 1, as a user would export it: merged 一级/二级 cells
// left blank.
constexpr std::string_view kBeijing =
    "项目名称,主管部门,实施单位,年初预算数（万元）,全年预算数（万元）,"
    "全年执行数（万元）,"
    "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,"
    "偏差原因分析及改进措施\n"
    "扶贫协作和支援合作工作经费,北京市扶贫协作和支援合作工作领导小组办公室,"
    "综合处,52,52,52,"
    "产出指标,数量指标,指标1:印刷《北京市扶贫协作工作手册》,1,1,5,5,\n"
    "扶贫协作和支援合作工作经费,,,,,,,,指标2:购买打印纸、硒鼓墨盒等办公用品,1,"
    "1,5,5,\n"
    "扶贫协作和支援合作工作经费,,,,,,,质量指标,指标1:顺利完成全年各项工作安排,"
    "顺利完成,"
    "顺利完成,10,10,\n"
    "扶贫协作和支援合作工作经费,,,,,,,时效指标,指标1:本年完成,12月底前完成,"
    "12月底前完成,10,10,\n"
    "扶贫协作和支援合作工作经费,,,,,,,成本指标,指标1:项目预算控制数,52万元,"
    "52万元,10,10,\n"
    "扶贫协作和支援合作工作经费,,,,,,效益指标,社会效益指标,指标1:"
    "保证工作的顺利开展,"
    "得到保证,得到保证,20,20,\n"
    "扶贫协作和支援合作工作经费,,,,,,,可持续影响指标,指标1:"
    "开展扶贫协作和对口支援工作,"
    "有所提升,得到提升,20,19,\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(project_csv)

BOOST_AUTO_TEST_CASE(reads_a_beijing_self_evaluation_with_merged_cells) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects = LoadProjectsFromCsv(kBeijing, "bj.csv", diagnostics);
  BOOST_TEST(Formatted(diagnostics) == std::vector<std::string>{}, tt::per_element());
  BOOST_TEST_REQUIRE(projects.size() == 1u);
  const Project& p = projects[0];
  BOOST_TEST(p.name == "扶贫协作和支援合作工作经费");
  BOOST_TEST(p.department == "北京市扶贫协作和支援合作工作领导小组办公室");
  BOOST_TEST(p.unit == "综合处");
  BOOST_TEST(p.budget.initial.value() == 52);
  BOOST_TEST(p.budget.full_year.value() == 52);
  BOOST_TEST(p.budget.executed.value() == 52);
  BOOST_TEST(p.budget.unit == "万元");
  BOOST_TEST_REQUIRE(p.entries.size() == 7u);
  std::vector<std::string> groups;
  for (const auto& e : p.entries) groups.push_back(e.group);
  std::vector<std::string> expected = {
      "产出指标/数量指标", "产出指标/数量指标",     "产出指标/质量指标",      "产出指标/时效指标",
      "产出指标/成本指标", "效益指标/社会效益指标", "效益指标/可持续影响指标"};
  BOOST_TEST(groups == expected, tt::per_element());
  const IndicatorEntry& time = p.entries[3];
  BOOST_TEST(time.name == "指标1:本年完成");
  BOOST_TEST(time.ref == "");
  BOOST_TEST(static_cast<int>(time.target->kind) == static_cast<int>(ValueKind::kDeadline));
  BOOST_TEST(time.actual.number == 365);
  BOOST_TEST(time.points.value() == 10);
  BOOST_TEST(time.score.value() == 10);
  const IndicatorEntry& cost = p.entries[4];
  BOOST_TEST(cost.target->number == 52);
  BOOST_TEST(cost.target->unit == "万元");
  BOOST_TEST(p.entries[6].score.value() == 19);
  BOOST_TEST(p.entries[6].target->text == "有所提升");
  BOOST_TEST(p.entries[6].actual.text == "得到提升");
}

BOOST_AUTO_TEST_CASE(locates_projects_entries_and_budgets) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects = LoadProjectsFromCsv(kBeijing, "bj.csv", diagnostics);
  BOOST_TEST_REQUIRE(projects.size() == 1u);
  const Project& p = projects[0];
  BOOST_TEST(p.where.file == "bj.csv");
  BOOST_TEST(p.where.line == 2);
  BOOST_TEST(p.where.column == 1);
  BOOST_TEST(p.budget.where.line == 2);
  BOOST_TEST(p.budget.where.column == 41);
  BOOST_TEST(p.entries[1].where.line == 3);
  BOOST_TEST(p.entries[1].where.column == 22);
}

BOOST_AUTO_TEST_CASE(finds_columns_in_any_order_by_their_other_names) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects = LoadProjectsFromCsv(
      " 业绩值 "
      ",评分方法,指标ID,权重,项目名称,目标值,评分标准,评价档次,调整得分,"
      "公布得分,公布总分\n"
      "78.93%,M11,1.3,2.27,扶贫协作和合作交流行政经费,100%,每降低1%扣权重值的1%"
      ",达成,2,1.79,94.52\n"
      "合理,定性匹配,预算编制合理性,2.27,扶贫协作和合作交流行政经费,合理,,,,,"
      "94.52\n",
      "sz.csv", diagnostics);
  BOOST_TEST(Formatted(diagnostics) == std::vector<std::string>{}, tt::per_element());
  BOOST_TEST_REQUIRE(projects.size() == 1u);
  const Project& p = projects[0];
  BOOST_TEST(p.published_total.value() == 94.52);
  BOOST_TEST_REQUIRE(p.entries.size() == 2u);
  const IndicatorEntry& e = p.entries[0];
  BOOST_TEST(e.ref == "1.3");
  BOOST_TEST(e.group == "");
  BOOST_TEST(e.name == "");
  BOOST_TEST(e.points.value() == 2.27);
  BOOST_TEST(e.actual.number == 78.93);
  BOOST_TEST(e.target->unit == "%");
  BOOST_TEST(static_cast<int>(e.method->kind) == static_cast<int>(RuleKind::kLinearDeduction));
  BOOST_TEST(e.method->where.column == 8);
  BOOST_TEST(e.criteria == "每降低1%扣权重值的1%");
  BOOST_TEST(e.band == "达成");
  BOOST_TEST(e.override_score.value() == 2);
  BOOST_TEST(e.published_score.value() == 1.79);
  BOOST_TEST(static_cast<int>(p.entries[1].method->kind) ==
             static_cast<int>(RuleKind::kQualitativeMatch));
  BOOST_TEST(!p.entries[1].score.has_value());
}

BOOST_AUTO_TEST_CASE(groups_rows_by_project_in_order_of_first_appearance) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects = LoadProjectsFromCsv(
      "项目名称,一级指标,二级指标,三级指标,分值\n"
      "乙,产出指标,数量指标,a,10\n"
      "甲,效益指标,社会效益指标,b,10\n"
      "乙,,,c,10\n"
      "甲,,,d,10\n"
      "乙,效益指标,,e,10\n"
      "乙,,经济效益指标,f,10\n",
      "p.csv", diagnostics);
  BOOST_TEST(diagnostics.empty());
  BOOST_TEST_REQUIRE(projects.size() == 2u);
  BOOST_TEST(projects[0].name == "乙");
  BOOST_TEST(projects[1].name == "甲");
  std::vector<std::string> paths;
  for (const auto& p : projects)
    for (const auto& e : p.entries) paths.push_back(p.name + ":" + e.group + "/" + e.name);
  std::vector<std::string> expected = {
      "乙:产出指标/数量指标/a",     "乙:产出指标/数量指标/c",     "乙:效益指标/e",
      "乙:效益指标/经济效益指标/f", "甲:效益指标/社会效益指标/b", "甲:效益指标/社会效益指标/d"};
  BOOST_TEST(paths == expected, tt::per_element());
}

BOOST_AUTO_TEST_CASE(reads_group_points_from_a_row_without_an_indicator) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects = LoadProjectsFromCsv(
      "项目名称,一级指标,二级指标,三级指标,分值\n"
      "甲,效益指标,,,40\n"
      "甲,,社会效益指标,b,20\n"
      "甲,,,,\n",
      "p.csv", diagnostics);
  BOOST_TEST(diagnostics.empty());
  BOOST_TEST_REQUIRE(projects.size() == 1u);
  BOOST_TEST_REQUIRE(projects[0].group_points.size() == 1u);
  BOOST_TEST(projects[0].group_points[0].group == "效益指标");
  BOOST_TEST(projects[0].group_points[0].points == 40);
  BOOST_TEST(projects[0].group_points[0].where.line == 2);
  BOOST_TEST(projects[0].entries.size() == 1u);
}

// A points row names its group by its own cells: 一级指标 without 二级指标 is the level-1 group
// even after rows of a level-2 group under it (whose merged cell an indicator row continues).
BOOST_AUTO_TEST_CASE(group_points_rows_name_their_group_by_their_own_cells) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects = LoadProjectsFromCsv(
      "项目名称,一级指标,二级指标,三级指标,分值\n"
      "甲,效益指标,社会效益指标,b,20\n"
      "甲,,,c,20\n"
      "甲,效益指标,,,40\n"
      "甲,,生态效益指标,,0\n"
      "甲,,,,5\n"
      "甲,满意度指标,,,0\n",
      "p.csv", diagnostics);
  BOOST_TEST(diagnostics.empty());
  BOOST_TEST_REQUIRE(projects.size() == 1u);
  std::vector<std::string> groups;
  for (const GroupPoints& gp : projects[0].group_points)
    groups.push_back(gp.group + " " + std::to_string(static_cast<int>(gp.points)));
  BOOST_TEST(groups == (std::vector<std::string>{"效益指标 40", "效益指标/生态效益指标 0",
                                                 "效益指标/生态效益指标 5", "满意度指标 0"}),
             tt::per_element());
  BOOST_TEST_REQUIRE(projects[0].entries.size() == 2u);
  BOOST_TEST(projects[0].entries[1].group == "效益指标/社会效益指标");
}

BOOST_AUTO_TEST_CASE(reads_judgements_counts_checklists_and_notes) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects = LoadProjectsFromCsv(
      "项目名称,指标,不适用,扣分次数,满足条款,偏差原因,备注\n"
      "甲,政府采购,是,,,,专项资金无政府采购\n"
      "甲,制度执行,否,2,,未按时报送,已整改\n"
      "甲,资料完整性,,,\"制度健全、执行有效; 资料齐全；\",,\n"
      "甲,满意度,√,,,,\n",
      "p.csv", diagnostics);
  BOOST_TEST(Formatted(diagnostics) == std::vector<std::string>{}, tt::per_element());
  BOOST_TEST_REQUIRE(projects.size() == 1u);
  const auto& e = projects[0].entries;
  BOOST_TEST_REQUIRE(e.size() == 4u);
  BOOST_TEST(e[0].not_applicable);
  BOOST_TEST(e[0].note == "专项资金无政府采购");
  BOOST_TEST(!e[1].not_applicable);
  BOOST_TEST(e[1].count.value() == 2);
  BOOST_TEST(e[1].note == "未按时报送；已整改");
  std::vector<std::string> satisfied = {"制度健全", "执行有效", "资料齐全"};
  BOOST_TEST(e[2].satisfied == satisfied, tt::per_element());
  BOOST_TEST(!e[2].not_applicable);
  BOOST_TEST(e[3].not_applicable);
  BOOST_TEST(static_cast<int>(e[0].actual.kind) == static_cast<int>(ValueKind::kEmpty));
  BOOST_TEST(!e[0].target.has_value());
}

BOOST_AUTO_TEST_CASE(converts_budgets_to_the_unit_of_the_first_budget_column) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects = LoadProjectsFromCsv(
      "项目名称,全年预算数(元),全年执行数（万元）,年初预算数\n"
      "部门整体支出,\"6,119,581.88\",600,6119581.88\n"
      "工作经费,819200,81.92万元,81.92万元\n",
      "p.csv", diagnostics);
  BOOST_TEST(Formatted(diagnostics) == std::vector<std::string>{}, tt::per_element());
  BOOST_TEST_REQUIRE(projects.size() == 2u);
  BOOST_TEST(projects[0].budget.unit == "元");
  BOOST_TEST(projects[0].budget.full_year.value() == 6119581.88);
  BOOST_TEST(projects[0].budget.executed.value() == 6000000);
  BOOST_TEST(projects[0].budget.initial.value() == 6119581.88);
  BOOST_TEST(projects[1].budget.executed.value() == 819200, tt::tolerance(1e-9));
  BOOST_TEST(projects[1].budget.initial.value() == 819200, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(skips_blank_rows_and_blank_columns) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects = LoadProjectsFromCsv(
      "\xEF\xBB\xBF\r\n,,\r\n项目名称,三级指标,,\r\n甲,a,,\r\n , "
      ",,\r\n\r\n甲,b\r\n",
      "p.csv", diagnostics);
  BOOST_TEST(Formatted(diagnostics) == std::vector<std::string>{}, tt::per_element());
  BOOST_TEST_REQUIRE(projects.size() == 1u);
  BOOST_TEST(projects[0].entries.size() == 2u);
  BOOST_TEST(projects[0].entries[1].where.line == 7);
}

BOOST_AUTO_TEST_CASE(reports_every_problem_with_its_cell) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects = LoadProjectsFromCsv(
      "项目名称,一级指标,三级指标,分值,年度指标值,实际完成值,评分方法,不适用,"
      "全年预算数\n"
      "甲,产出指标,a,abc,\"1,5\",≥,比例法,也许,52\n"
      "甲,,b,5,1.2.3,1,M2,否,50\n"
      ",,c,5,1,1,M2,,\n"
      "甲,,,,90%,,,,\n",
      "p.csv", diagnostics);
  std::vector<std::string> expected = {
      "p.csv:2:10: error: 第 2 行「分值」列的「abc」不是数值 [产出指标/a]\n"
      "  hint: 填写数字，如 5 或 2.27",
      "p.csv:2:14: error: 第 2 "
      "行「年度指标值」列：数值「1,5」的逗号不是千分位：千分位逗号后应有"
      "三位数字，小数请用小数点 [产出指标/a]",
      "p.csv:2:20: error: 第 2 行「实际完成值」列：「≥」的比较符后缺少数值 "
      "[产出指标/a]",
      "p.csv:2:22: error: 第 2 行「评分方法」列的「比例法」不是已知的评分方法 "
      "[产出指标/a]\n"
      "  hint: 可用的评分方法：M1 预算执行率、M2 正向比例、M3 反向、M4 "
      "等于、M5 定性三档、"
      "M6 分档、M7 扣分、M8 条款累加、M9 达标全得、M10 比例带下限、M11 "
      "每降1%扣1%、M12 定性匹配、"
      "M13 默认满分、M14 人工评分、F 公式（也可写英文名，如 proportional）",
      "p.csv:2:26: error: 第 2 行「不适用」列的「也许」不是 是/否 "
      "[产出指标/a]\n"
      "  hint: 填 是 或 否（也可写 1/0、true/false、√）；空着表示适用",
      "p.csv:3:8: error: 第 3 行「年度指标值」列：数值「1.2.3」有 2 个小数点 "
      "[产出指标/b]",
      "p.csv:3:21: error: 第 3 行「全年预算数」为 50，与第 2 行的 52 不一致\n"
      "  hint: 同一项目各行的这一列要相同，或只在一行填写",
      "p.csv:4:1: error: 第 4 行没有填写「项目名称」\n"
      "  hint: "
      "每一行都要写项目名称；从合并单元格导出的表请先取消合并并向下填充",
      "p.csv:5:1: error: 第 5 行有指标数据，但没有指标名称\n"
      "  hint: "
      "填写「三级指标」列（自定义指标），或「指标」列（模板中的指标编号或名称"
      "）",
  };
  BOOST_TEST(Formatted(diagnostics) == expected, tt::per_element());
  BOOST_TEST_REQUIRE(projects.size() == 1u);
  BOOST_TEST(projects[0].entries.size() == 2u);
  BOOST_TEST(projects[0].budget.full_year.value() == 52);
}

BOOST_AUTO_TEST_CASE(reports_unknown_headers_with_a_suggestion_when_one_is_close) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects = LoadProjectsFromCsv(
      "项目名称,三级指标,实际完成,单位,经办人\n甲,a,1,综合处,张三\n", "p.csv", diagnostics);
  std::vector<std::string> expected = {
      "p.csv:1:11: error: 未知的列名「实际完成」",
      "p.csv:1:16: error: 未知的列名「单位」",
      "p.csv:1:19: error: 未知的列名「经办人」",
  };
  BOOST_TEST(Messages(diagnostics) == expected, tt::per_element());
  BOOST_TEST_REQUIRE(diagnostics.size() == 3u);
  BOOST_TEST(diagnostics[0].hint == "是否想写「实际完成值」？");
  BOOST_TEST(diagnostics[1].hint == "是否想写「实施单位」？");
  BOOST_TEST(diagnostics[2].hint.starts_with("可用的列名：项目名称、主管部门、实施单位、"));
  BOOST_TEST(diagnostics[2].hint.find("、指标ID、") != std::string::npos);
  BOOST_TEST(projects.size() == 1u);
}

BOOST_AUTO_TEST_CASE(reports_duplicate_and_unnamed_columns_and_bad_units) {
  std::vector<Diagnostic> diagnostics;
  LoadProjectsFromCsv(
      "项目名称,三级指标,目标值,年度指标值,全年预算数（人）,\n"
      "甲,a,1,1,5,多出来的\n"
      "甲,b,1,1,5,又一个,还有\n",
      "p.csv", diagnostics);
  std::vector<std::string> expected = {
      "p.csv:1:15: error: 列名「年度指标值」与第 3 列「目标值」是同一列\n"
      "  hint: 删掉其中一列",
      "p.csv:1:21: error: 列名「全年预算数（人）」里的单位「人」不是金额单位\n"
      "  hint: 预算数的单位用 元、千元、万元 或 亿元",
      "p.csv:2:11: error: 第 2 行第 6 列有内容「多出来的」，但这一列没有列名\n"
      "  hint: 给这一列加上列名，或删掉这一列",
      "p.csv:3:15: error: 第 3 行第 7 列有内容「还有」，但这一列没有列名\n"
      "  hint: 这一行的字段比列名多：检查是否有未加引号的逗号",
  };
  BOOST_TEST(Formatted(diagnostics) == expected, tt::per_element());
}

BOOST_AUTO_TEST_CASE(requires_a_project_name_column) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects =
      LoadProjectsFromCsv("项目,三级指标\n甲,a\n", "p.csv", diagnostics);
  std::vector<std::string> expected = {
      "p.csv:1:1: error: 未知的列名「项目」",
      "p.csv:1: error: 缺少「项目名称」列",
  };
  BOOST_TEST(Messages(diagnostics) == expected, tt::per_element());
  BOOST_TEST(diagnostics[0].hint == "是否想写「项目名称」？");
  BOOST_TEST(projects.empty());
}

BOOST_AUTO_TEST_CASE(reports_an_empty_file_and_a_gbk_file) {
  std::vector<Diagnostic> diagnostics;
  BOOST_TEST(LoadProjectsFromCsv("\r\n", "p.csv", diagnostics).empty());
  BOOST_TEST(Messages(diagnostics) == std::vector<std::string>{"p.csv: error: 项目数据表是空的"},
             tt::per_element());
  diagnostics.clear();
  BOOST_TEST(
      LoadProjectsFromCsv("\xCF\xEE\xC4\xBF\xC3\xFB\xB3\xC6\n", "p.csv", diagnostics).empty());
  BOOST_TEST(
      Messages(diagnostics) == std::vector<std::string>{"p.csv:1:1: error: 文件不是 UTF-8 "
                                                        "编码（可能是 GBK）：请另存为 UTF-8"},
      tt::per_element());
}

BOOST_AUTO_TEST_CASE(normalises_header_names_and_cells_before_matching) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects = LoadProjectsFromCsv(
      "项目名称,指标ＩＤ, 全年预算数 （ 万元 ） ,分值（分）,方法,不适用\n"
      "甲,2.1,８１.９２,5分,proportional,Yes\n"
      "甲,2.2,81.92,2.5,Ｍ１２,FALSE\n",
      "p.csv", diagnostics);
  BOOST_TEST(Formatted(diagnostics) == std::vector<std::string>{}, tt::per_element());
  BOOST_TEST_REQUIRE(projects.size() == 1u);
  const Project& p = projects[0];
  BOOST_TEST(p.budget.full_year.value() == 81.92);
  BOOST_TEST_REQUIRE(p.entries.size() == 2u);
  BOOST_TEST(p.entries[0].ref == "2.1");
  BOOST_TEST(p.entries[0].points.value() == 5);
  BOOST_TEST(static_cast<int>(p.entries[0].method->kind) ==
             static_cast<int>(RuleKind::kProportional));
  BOOST_TEST(p.entries[0].not_applicable);
  BOOST_TEST(static_cast<int>(p.entries[1].method->kind) ==
             static_cast<int>(RuleKind::kQualitativeMatch));
  BOOST_TEST(!p.entries[1].not_applicable);
}

BOOST_AUTO_TEST_CASE(requires_a_name_column_when_rows_carry_indicator_data) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects =
      LoadProjectsFromCsv("项目名称,年度指标值,实际完成值\n甲,1,1\n", "p.csv", diagnostics);
  std::vector<std::string> expected = {
      "p.csv:1: error: 有指标数据的列，却没有「三级指标」或「指标」列\n"
      "  hint: 用「三级指标」列写项目自定义的指标，或用「指标」列写模板中指标的"
      "编号或名称"};
  BOOST_TEST(Formatted(diagnostics) == expected, tt::per_element());
  BOOST_TEST(projects.empty());
}

BOOST_AUTO_TEST_CASE(reads_projects_with_budget_columns_only) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Project> projects = LoadProjectsFromCsv(
      "项目名称,主管部门,全年预算数,全年执行数,公布总分\n"
      "农业嘉年华,北京市扶贫支援办,160,159.80445,97.99\n",
      "p.csv", diagnostics);
  BOOST_TEST(diagnostics.empty());
  BOOST_TEST_REQUIRE(projects.size() == 1u);
  BOOST_TEST(projects[0].budget.executed.value() == 159.80445);
  BOOST_TEST(projects[0].budget.unit == "万元");
  BOOST_TEST(projects[0].published_total.value() == 97.99);
  BOOST_TEST(projects[0].entries.empty());
}

BOOST_AUTO_TEST_CASE(reports_conflicting_project_texts) {
  std::vector<Diagnostic> diagnostics;
  LoadProjectsFromCsv("项目名称,实施单位,三级指标\n甲,综合处,a\n甲,,b\n甲,财务处,c\n", "p.csv",
                      diagnostics);
  std::vector<std::string> expected = {
      "p.csv:4:3: error: 第 4 行「实施单位」为「财务处」，与第 2 行的「综合处」"
      "不一致\n"
      "  hint: 同一项目各行的这一列要相同，或只在一行填写"};
  BOOST_TEST(Formatted(diagnostics) == expected, tt::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
