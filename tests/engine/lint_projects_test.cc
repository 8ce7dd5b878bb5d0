#include "engine/lint_projects.h"

#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "indicators/project_loader.h"
#include "indicators/template_loader.h"

namespace jixiao {
namespace {

// Open groups only, but for one fixed indicator with odd points (the template's own lint, not
// the projects'); 成本 is 反向 and 质量 sets M3 on its projects' indicators.
const char* const kTemplate = R"(id: open
total: 100
defaults: {positive: 正向比例, negative: {method: 反向, variant: R1}, qualitative: 人工评分}
indicators:
  - {id: fixed, name: 固定, points: 10.125, target: ≥1次, method: 达标全得}
  - id: output
    name: 产出
    points: 89.875
    children:
      - {id: quantity, name: 数量, open: true}
      - {id: quality, name: 质量, open: true, method: {method: 反向, variant: R1}}
      - {id: cost, name: 成本, open: true, direction: 反向}
)";

std::string Lint(const std::string& indicators) {
  LoadResult loaded = LoadTemplateFromString(kTemplate, "t.yaml");
  BOOST_TEST_REQUIRE(loaded.value.has_value());
  CompileResult card = CompileScorecard(std::move(*loaded.value));
  BOOST_TEST_REQUIRE(card.value != nullptr);
  ProjectLoadResult projects =
      LoadProjectsFromYaml("name: 甲\nindicators:\n" + indicators, "p.yaml");
  BOOST_TEST_REQUIRE(projects.diagnostics.empty());
  std::string out;
  for (const Diagnostic& d : LintProjects(*card.value, projects.projects))
    out += FormatDiagnostic(d) + "\n";
  return out;
}

BOOST_AUTO_TEST_SUITE(lint_projects)

BOOST_AUTO_TEST_CASE(clean_declared_indicators_and_fixed_ones_give_nothing) {
  BOOST_TEST(Lint("  - {ref: fixed, actual: 1次}\n"
                  "  - {group: 数量, name: x, points: 50, target: ≥10人, actual: 9人}\n"
                  "  - {group: 成本, name: y, points: 20, target: 150万元, actual: 140万元}\n"
                  "  - {group: 质量, name: z, points: 19.87, target: ≤3次, actual: 1次}\n") == "");
}

BOOST_AUTO_TEST_CASE(the_method_is_resolved_as_scoring_resolves_it) {
  // 质量's own M3 applies to a ≥ target; a 成本 target without a unit; the project's own
  // method overrides the group's (no warning on w).
  BOOST_TEST(Lint("  - {group: 质量, name: v, points: 10, target: ≥95%, actual: 96%}\n"
                  "  - {group: 质量, name: w, points: 10, target: ≥95%, actual: 96%, method: "
                  "正向比例}\n"
                  "  - {group: 产出/成本, name: 单价, points: 10, target: 150, actual: 140}\n") ==
             "p.yaml:3:5: warning: 反向方法（M3 反向）用在「≥」目标上：实际值越高得分越低 "
             "[甲/产出/质量/v]\n"
             "  hint: ≥ 目标越高越好，用正向方法（如 M2 正向比例）；若确是越低越好，把目标写成 ≤\n"
             "p.yaml:5:5: warning: 成本指标的目标值「150」没有货币单位 [甲/产出/成本/单价]\n"
             "  hint: 写明 元 或 万元（如 ≤150元）：金额不带单位时，项目数据的单位无法换算\n");
}

BOOST_AUTO_TEST_CASE(hints_say_what_to_write_in_project_data) {
  std::string out = Lint(
      "  - {group: 数量, name: a, points: 10, target: 0, actual: 1}\n"
      "  - {group: 数量, name: b, points: 10, target: 有所提升, actual: 提升, method: 正向比例}\n");
  BOOST_TEST(out.find("正向指标的目标值为 0：任何实际值都达到目标，得满分 [甲/产出/数量/a]\n"
                      "  hint: 写出真正的目标值；若是越少越好（如投诉件数），把目标写成 ≤0\n") !=
                 std::string::npos,
             out);
  BOOST_TEST(out.find("改写 method，或删去它用模板的定性方法") != std::string::npos, out);
  BOOST_TEST(out.find("direction") == std::string::npos, out);
  BOOST_TEST(out.find("qualitative_method") == std::string::npos, out);
}

BOOST_AUTO_TEST_CASE(own_methods_bands_and_points_are_checked) {
  std::string out = Lint(
      "  - {group: 数量, name: c, points: 10.005, target: ≥1次, actual: 1次}\n"
      "  - {group: 数量, name: d, points: 10, target: ≥10次, actual: 1次, method: {method: 分档, "
      "bands: [{from: 0, to: 50, points: 10}]}}\n"
      "  - {group: 数量, name: e, points: 10, target: 无, actual: 无, method: 默认满分}\n");
  BOOST_TEST(out.find("p.yaml:3:5: warning: 分值 10.005 超过两位小数 [甲/产出/数量/c]") !=
                 std::string::npos,
             out);
  BOOST_TEST(out.find("分档 [0, 50) 从最低处起就给满分：实际值再低也得满分 [甲/产出/数量/d]") !=
                 std::string::npos,
             out);
  BOOST_TEST(out.find("p.yaml:5:5: warning: 默认满分（M13）") != std::string::npos, out);
}

BOOST_AUTO_TEST_CASE(data_the_template_cannot_place_gives_the_binders_errors) {
  std::string out = Lint("  - {group: 效益, name: f, points: 10, target: ≥1次, actual: 1次}\n");
  BOOST_TEST(out.find("p.yaml:3:5: error: 模板中没有「效益」 [甲]") == 0u, out);
  BOOST_TEST(out.find("warning") == std::string::npos, out);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
