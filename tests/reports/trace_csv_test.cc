// The trace CSV's line writer: every outcome, units, comparators, reverse and formula methods,
// overrides and findings, quoting, the 总分 line; the same lines with or without trace steps.
#include "reports/trace_csv.h"

#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "engine/evaluate.h"
#include "indicators/project_loader.h"
#include "indicators/template_loader.h"

namespace jixiao {
namespace {

// Every kind of row: a ratio, a reverse one, a threshold with its comparator, a band with a
// floor, a formula, a judged score; rescaled when an indicator does not apply.
const char* kTemplate = R"(id: trace
version: "1"
rounding: {mode: half_up, places: 2}
not_applicable: rescale
indicators:
  - id: output
    name: 产出指标
    points: 60
    children:
      - {id: count, name: 人次, points: 15, method: 正向比例}
      - {id: cost, name: 成本, points: 15, method: {method: 反向, variant: R1}}
      - {id: limit, name: 达标, points: 10, method: 达标全得, comparator: "≤"}
      - {id: floor, name: 底线, points: 10, method: {method: 比例带下限, floor: 0.6}}
      - {id: formula, name: 公式, points: 10, formula: "min(B/A, 1) * w"}
  - id: benefit
    name: 效益指标
    points: 40
    children:
      - {id: judged, name: 评价, points: 20, method: 人工评分}
      - {id: na, name: 不适用项, points: 10, method: 正向比例}
      - {id: missing, name: 缺数项, points: 10, method: 正向比例}
)";

const char* kProject = R"(name: 示例项目
indicators:
  - {id: count, target: ≥12000人次, actual: 1.26万人次}
  - {id: cost, target: 150元, actual: 165元}
  - {id: limit, target: "48", actual: "36"}
  - {id: floor, target: "100", actual: "55"}
  - {id: formula, target: "60", actual: "58", override: 9, note: 复核后调整}
  - {id: judged, target: 有所提升, actual: 明显提升, score: 17, published: 18}
  - {id: na, target: "30", not_applicable: true}
  - {id: missing, target: "30"}
)";

std::string Lines(const char* yaml, const char* project, bool trace_steps) {
  LoadResult loaded = LoadTemplateFromString(yaml, "t.yaml");
  BOOST_TEST_REQUIRE(loaded.value.has_value());
  CompileResult card = CompileScorecard(std::move(*loaded.value));
  BOOST_TEST_REQUIRE(card.value != nullptr);
  ProjectLoadResult projects = LoadProjectsFromYaml(project, "p.yaml");
  BOOST_TEST_REQUIRE(projects.projects.size() == 1u);
  EvaluateResult result = Evaluate(*card.value, projects.projects[0], {trace_steps});
  BOOST_TEST_REQUIRE(result.tree.has_value());
  std::string out;
  AppendTraceCsvLines(*result.tree, out);
  return out;
}

BOOST_AUTO_TEST_SUITE(trace_csv)

BOOST_AUTO_TEST_CASE(a_line_per_indicator_then_the_total) {
  const std::string expected =
      "示例项目,产出指标/人次,M2 正向比例（cap 1）,15.00,≥12000人次,1.26万人次,15,15.00,已评分\n"
      "示例项目,产出指标/成本,M3 反向（variant R1）,15.00,150元,165元,13.636364,13.64,已评分\n"
      "示例项目,产出指标/达标,M9 达标全得（tolerance 0，comparator ≤）,10.00,48,36,10,10.00,"
      "已评分\n"
      "示例项目,产出指标/底线,M10 比例带下限（floor 0.6，cap 1）,10.00,100,55,0,0.00,已评分\n"
      "示例项目,产出指标/公式,\"F 公式（formula min(B/A, 1) * w）\",10.00,60,58,9.666667,9.00,"
      "已评分（单位调整得分：计算得分 9.67，说明：复核后调整）\n"
      "示例项目,效益指标/评价,M14 人工评分,20.00,有所提升,明显提升,17,17.00,"
      "已评分（公布得分 18.00，按规则应为 17.00；评价人扣分，但未填写偏差原因分析）\n"
      "示例项目,效益指标/不适用项,M2 正向比例（cap 1）,10.00,30,,,,不适用\n"
      "示例项目,效益指标/缺数项,M2 正向比例（cap 1）,10.00,30,,,,缺少数据（缺少实际完成值）\n"
      "示例项目,总分,,100.00,,,,71.82,中（有 10 分的指标不适用：总分按适用指标折算，100 × 64.64 / "
      "90 = 71.82）\n";
  BOOST_TEST(Lines(kTemplate, kProject, false) == expected);
}

BOOST_AUTO_TEST_CASE(lines_do_not_depend_on_the_trace_steps) {
  BOOST_TEST(Lines(kTemplate, kProject, true) == Lines(kTemplate, kProject, false));
}

BOOST_AUTO_TEST_CASE(values_that_cannot_be_scored_say_why) {
  const std::string out = Lines(kTemplate, R"(name: P
indicators:
  - {id: count, target: 100人, actual: 80元}
  - {id: floor, target: "0", actual: "5"}
)",
                                false);
  BOOST_TEST(
      out.find("P,产出指标/人次,M2 正向比例（cap 1）,15.00,100人,80元,,,无法评分（实际完成值单位"
               "「元」与目标值单位「人」不一致）\n") != std::string::npos);
  BOOST_TEST(
      out.find("P,产出指标/底线,M10 比例带下限（floor 0.6，cap 1）,10.00,0,5,,,无法评分（") !=
      std::string::npos);
}

BOOST_AUTO_TEST_CASE(unrounded_templates_print_the_form_s_places) {
  const std::string out = Lines(R"(id: u
version: "1"
rounding: none
indicators:
  - {id: a, name: 甲, points: 70, method: 正向比例}
  - {id: b, name: 乙, points: 30, method: 达标全得}
)",
                                R"(name: P
indicators:
  - {id: a, target: "3", actual: "2"}
  - {id: b, target: "1", actual: "1"}
)",
                                false);
  BOOST_TEST(out ==
             "P,甲,M2 正向比例（cap 1）,70,3,2,46.666667,46.6667,已评分\n"
             "P,乙,M9 达标全得（tolerance 0）,30,1,1,30,30,已评分\n"
             "P,总分,,100,,,,76.6667,中\n");
}

BOOST_AUTO_TEST_CASE(fields_are_quoted_and_formula_starts_neutralised) {
  std::string out;
  AppendTraceCsvRow("甲,乙",
                    TraceCsvIndicator("组/\"指标\"", MethodSpec{}, Comparator::kNone, 5, {}),
                    TraceRow{"=1+1", "-3", Outcome::kScored, 0, 0, {}}, {}, out);
  BOOST_TEST(out ==
             "\"甲,乙\",\"组/\"\"指标\"\"\",M2 正向比例（cap 1）,5.00,'=1+1,'-3,0,0.00,已评分\n");
}

BOOST_AUTO_TEST_CASE(the_total_line_carries_total_and_grade) {
  std::string out;
  AppendTraceCsvTotal("P", 100, 89.5, "良", "", {RoundingMode::kHalfUp, 1}, out);
  BOOST_TEST(out == "P,总分,,100.0,,,,89.5,良\n");
  BOOST_TEST(TraceCsvHeader() == "项目名称,指标,方法,分值,目标值,业绩值,原始得分,得分,结果\n");
}

BOOST_AUTO_TEST_CASE(the_renderer_for_numbers_is_the_same_functions) {
  const TraceRenderer& renderer = TraceCsvRenderer();
  BOOST_TEST(renderer.indicator == &TraceCsvIndicator);
  BOOST_TEST(renderer.row == &AppendTraceCsvRow);
  BOOST_TEST(renderer.total == &AppendTraceCsvTotal);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
