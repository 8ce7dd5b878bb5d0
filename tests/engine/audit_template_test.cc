#include "engine/audit_template.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "tests/engine/audit_testing.h"

namespace jixiao {
namespace {

using Lines = std::vector<int>;
using Texts = std::vector<std::string>;

// 产出指标 has a fixed indicator (甲, 20 points, M9) and an open group whose rows default to
// M2; 效益指标 sets M9 on its open group for every row under it.
const char* const kTemplate = R"(
id: mini
name: 迷你
total: 100
defaults: {positive: 正向比例, negative: {method: 反向, variant: R1}, qualitative: 人工评分}
indicators:
  - {id: budget, name: 预算执行率, points: 10, method: 预算执行率}
  - id: output
    name: 产出指标
    points: 60
    children:
      - id: fixed
        name: 固定指标
        children: [{id: a, name: 甲, aliases: [指标甲], points: 20, method: 达标全得}]
      - {id: quantity, name: 数量指标, aliases: [数量], open: true}
  - id: benefit
    name: 效益指标
    points: 30
    children: [{id: social, name: 社会效益指标, open: true, method: 达标全得}]
)";

const char* const kHeader =
    "一级指标,二级指标,三级指标,全年预算数,全年执行数,分值,年度指标值,实际完成值,得分,评分标准,"
    "偏差原因\n";

struct Fixture {
  std::unique_ptr<Scorecard> card = CompileTemplate(kTemplate);
  AuditedTable Audit(const std::string& rows) { return AuditCsv(kHeader + rows, card.get()); }
  std::string Method(const AuditedTable& a, int line) {
    return a.result.rows[RowOnLine(a, line)].method;
  }
};

BOOST_FIXTURE_TEST_SUITE(audit_template, Fixture)

BOOST_AUTO_TEST_CASE(rows_are_found_by_path_name_and_alias_as_project_data_is) {
  AuditedTable a = Audit(
      "预算执行率,,,100,99,10,,,9.9,,\n"             // 2: the template's M1 indicator
      "产出指标,固定指标,指标甲,,,20,≥10,12,20,,\n"  // 3: a fixed indicator, by its alias
      ",数量,乙,,,40,10,8,32,,\n"                    // 4: an open group, by its alias
      "效益指标,社会效益指标,丙,,,30,≥5,5,30,,\n");  // 5
  BOOST_TEST(LinesWithFindings(a).empty());
  BOOST_TEST(Method(a, 2) == "M1 预算执行率（模板）");
  BOOST_TEST(Method(a, 3) == "M9 达标全得（模板）");
  BOOST_TEST(Method(a, 4) == "M2 正向比例（模板）");
  BOOST_TEST(Method(a, 5) == "M9 达标全得（模板）");
}

BOOST_AUTO_TEST_CASE(a_row_the_template_does_not_know_is_a_finding_that_names_it) {
  AuditedTable a = Audit(
      "预算执行率,,,100,100,10,,,10,,\n"
      "产出指标,固定指标,甲,,,20,≥10,12,20,,\n"
      ",质量指标,乙,,,40,10,8,32,,\n"  // 4: no 质量指标 in the template
      "效益指标,社会效益指标,丙,,,30,≥5,5,30,,\n");
  BOOST_TEST(LinesWithFindings(a) == (Lines{4}), boost::test_tools::per_element());
  BOOST_TEST(FindingsOn(a, 4) ==
                 (Texts{"模板中无此指标: "
                        "模板中没有「产出指标/质量指标」（可用的分组：数量指标、社会效益指标）；"
                        "按评分标准或默认规则复核"}),
             boost::test_tools::per_element());
  BOOST_TEST(Method(a, 4) == "M2 正向比例（默认）");  // still recomputed
  BOOST_TEST(a.result.has_errors);
}

// Published tables write 二级指标 such as "数量/质量指标": a template group of that name is
// found whole, with or without its 一级指标; the name is not split into two levels.
BOOST_AUTO_TEST_CASE(group_names_with_a_slash_are_kept_whole) {
  std::string yaml = kTemplate;
  for (auto [from, to] : {std::pair<std::string, std::string>{"name: 数量指标, aliases: [数量]",
                                                              "name: 数量/质量指标"},
                          {"name: 社会效益指标", "name: 社会效益/生态效益指标"}})
    yaml.replace(yaml.find(from), from.size(), to);
  std::unique_ptr<Scorecard> slashed = CompileTemplate(yaml);
  AuditedTable a = AuditCsv(std::string(kHeader) +
                                "预算执行率,,,100,100,10,,,10,,\n"
                                "产出指标,固定指标,甲,,,20,≥10,12,20,,\n"
                                ",数量/质量指标,乙,,,40,10,8,32,,\n"                  // 4
                                "效益指标,社会效益/生态效益指标,丙,,,15,≥5,5,15,,\n"  // 5
                                ",生态效益指标,丁,,,15,≥5,5,15,,\n",  // 6: half a name
                            slashed.get());
  BOOST_TEST(LinesWithFindings(a) == (Lines{6}), boost::test_tools::per_element());
  BOOST_TEST(Method(a, 4) == "M2 正向比例（模板）");
  BOOST_TEST(Method(a, 5) == "M9 达标全得（模板）");
  BOOST_TEST(FindingsOn(a, 6) ==
                 (Texts{"模板中无此指标: "
                        "模板中没有「效益指标/生态效益指标」（可用的分组：数量/质量指标、社会效益/"
                        "生态效益指标）；按评分标准或默认规则复核"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_fixed_indicator_not_in_its_group_is_a_finding) {
  AuditedTable a = Audit("产出指标,固定指标,丁,,,20,≥10,12,20,,\n");
  BOOST_TEST(
      FindingsOn(a, 2).front() ==
      "模板中无此指标: 分组「固定指标」不接受项目自己的指标「丁」（模板中该分组的指标是固定的；"
      "用模板中的指标名称，或改用开放分组）；按评分标准或默认规则复核");
}

BOOST_AUTO_TEST_CASE(a_fixed_indicator_keeps_the_template_points) {
  AuditedTable a = Audit(
      "预算执行率,,,100,100,10,,,10,,\n"
      "产出指标,固定指标,甲,,,25,≥10,12,25,,\n"  // 3: 20 in the template
      ",数量指标,乙,,,35,10,10,35,,\n"
      "效益指标,社会效益指标,丙,,,30,≥5,5,30,,\n");
  BOOST_TEST(FindingsOn(a, 3) == (Texts{"分值合计不符: 分值 25 与模板中「甲」的分值 20 不符"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_templates_own_method_wins_over_the_rows_criteria) {
  // 效益指标's rows are M9 by the template; the row's text says M2-like proportional scoring.
  AuditedTable a = Audit("效益指标,社会效益指标,丙,,,30,≥10,8,24,按业绩值/目标值*权重得分,\n");
  BOOST_TEST(Method(a, 2) == "M9 达标全得（模板）");
  BOOST_TEST(FindingsOn(a, 2).front().starts_with("得分与规则不符: 得分 24.00 与规则不符，M9"));
}

BOOST_AUTO_TEST_CASE(the_rows_criteria_win_over_the_templates_defaults) {
  AuditedTable a = Audit(
      "预算执行率,,,100,100,10,,,10,,\n"
      "产出指标,固定指标,甲,,,20,≥10,12,20,,\n"
      ",数量指标,乙,,,40,≥200篇,150篇,0,业绩值≥200篇得满分，＜200篇得0分,\n"  // 4
      "效益指标,社会效益指标,丙,,,30,≥5,5,30,,\n");
  BOOST_TEST(Method(a, 4) == "M9 达标全得（评分标准）");
  BOOST_TEST(LinesWithFindings(a).empty());
  // Unreadable criteria fall back to the template, not to the central defaults.
  AuditedTable b = Audit("产出指标,数量指标,乙,,,40,10,8,32,每个月看情况,\n");
  BOOST_TEST(Method(b, 2) == "M2 正向比例（模板）");
  BOOST_TEST(FindingsOn(b, 2).front().ends_with("改按模板规则复核"));
}

BOOST_AUTO_TEST_CASE(the_templates_qualitative_default_judges_text_rows) {
  AuditedTable a = Audit(
      "产出指标,数量指标,乙,,,40,顺利完成,顺利完成,38,,\n"        // 2: M14, no note
      ",数量指标,丙,,,20,顺利完成,基本完成,18,,部分任务延期\n");  // 3: M14 with a note
  BOOST_TEST(Method(a, 2) == "M14 人工评分（模板）");
  BOOST_TEST(FindingsOn(a, 2).front() ==
             "扣分未填偏差原因: 扣 2 分（得 38.00/40.00），但未填写偏差原因");
  BOOST_TEST(FindingsOn(a, 3).size() == 1u);  // the points only
}

BOOST_AUTO_TEST_CASE(a_budget_row_needs_an_m1_indicator_in_the_template) {
  std::unique_ptr<Scorecard> no_budget = CompileTemplate(R"(
id: nb
name: 无预算
total: 100
defaults: {positive: 正向比例}
indicators:
  - {id: output, name: 产出指标, points: 100, children: [{id: q, name: 数量指标, open: true}]}
)");
  AuditedTable a = AuditCsv(std::string(kHeader) + "预算执行率,,,100,100,10,,,10,,\n" +
                                "产出指标,数量指标,乙,,,90,10,10,90,,\n",
                            no_budget.get());
  BOOST_TEST(FindingsOn(a, 2) == (Texts{"模板中无此指标: 模板中没有预算执行率指标（方法为 M1 "
                                        "预算执行率的指标）；按评分标准或默认规则复核"}),
             boost::test_tools::per_element());
  BOOST_TEST(Method(a, 2) == "M1 预算执行率（默认）");
}

BOOST_AUTO_TEST_CASE(template_methods_are_told_apart_from_its_defaults) {
  const Template& t = card->tmpl;
  BOOST_TEST(IsTemplateDefault(t, &*t.defaults.positive));
  BOOST_TEST(IsTemplateDefault(t, &*t.defaults.qualitative));
  BOOST_TEST(!IsTemplateDefault(t, &*t.roots[0].method));
  BOOST_TEST(!IsTemplateDefault(t, nullptr));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
