#include "indicators/lint.h"

#include <string>

#include <boost/test/unit_test.hpp>

#include "indicators/template_loader.h"
#include "indicators/validate.h"

namespace jixiao {
namespace {

// Lints `indicators` (YAML lines under `indicators:`) in a template with the central defaults;
// returns the warnings, one formatted diagnostic per line.
std::string Lint(const std::string& indicators) {
  std::string yaml =
      "id: t\n"
      "scales:\n"
      "  三档:\n"
      "    - {label: 达成, min: 0.8, max: 1}\n"
      "    - {label: 未达成, min: 0, max: 0.8}\n"
      "defaults:\n"
      "  positive: 正向比例\n"
      "  negative: 反向\n"
      "  qualitative: {method: 定性三档, scale: 三档}\n"
      "indicators:\n" +
      indicators;
  LoadResult loaded = LoadTemplateFromString(yaml, "t.yaml");
  BOOST_TEST_REQUIRE(loaded.value.has_value());
  BOOST_TEST_REQUIRE(!HasErrors(ValidateTemplate(*loaded.value)));
  std::string out;
  for (const Diagnostic& d : LintTemplate(*loaded.value)) out += FormatDiagnostic(d) + "\n";
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(lint)

BOOST_AUTO_TEST_CASE(a_sound_template_has_no_warnings) {
  BOOST_TEST(Lint("  - {name: 培训人次, points: 60, target: ≥200人次}\n"
                  "  - {name: 人均成本, points: 30, target: ≤150元}\n"
                  "  - {name: 服务质量, points: 10, target: 良好}\n") == "");
}

BOOST_AUTO_TEST_CASE(reverse_method_on_an_at_least_target) {
  BOOST_TEST(
      Lint("  - {name: 覆盖率, points: 100, target: ≥90%, method: 反向}\n") ==
      "t.yaml:11:5: warning: 反向方法（M3 反向）用在「≥」目标上：实际值越高得分越低 "
      "[覆盖率]\n"
      "  hint: ≥ 目标越高越好，用正向方法（如 M2 正向比例）；若确是越低越好，把目标写成 ≤\n");
}

BOOST_AUTO_TEST_CASE(reverse_direction_on_an_at_least_target) {
  BOOST_TEST(Lint("  - {name: 覆盖率, points: 100, target: ≥90%, direction: 反向}\n")
                 .find("反向方法（M3 反向）用在「≥」目标上") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(qualitative_target_scored_by_a_numeric_method) {
  BOOST_TEST(Lint("  - {name: 服务质量, points: 100, target: 良好, method: 正向比例}\n") ==
             "t.yaml:11:5: warning: 定性目标「良好」用数值方法 M2 正向比例 评分，无法计算 "
             "[服务质量]\n"
             "  hint: 定性指标用 定性三档（scale: …）、定性匹配 或 人工评分，写在 "
             "qualitative_method 中\n");
}

BOOST_AUTO_TEST_CASE(three_tier_without_a_scale) {
  BOOST_TEST(
      Lint("  - {name: 服务质量, points: 100, target: 良好, method: 定性三档}\n") ==
      "t.yaml:11:51: warning: 定性三档没有指定量表，使用内置的 达成/部分达成/未达成 三档 "
      "[服务质量]\n"
      "  hint: 在模板 scales 中写出量表，并在方法中写 scale: 量表名，让档次和比例写在模板里\n");
}

BOOST_AUTO_TEST_CASE(points_with_more_than_two_decimals) {
  BOOST_TEST(
      Lint("  - {name: 甲, points: 33.333, target: ≥1个}\n"
           "  - {name: 乙, points: 66.667, target: ≥1个}\n") ==
      "t.yaml:11:5: warning: 分值 33.333 超过两位小数 [甲]\n"
      "  hint: 表上的分值保留两位小数，打印出来的分值相加会与总分不符；把分值调到两位小数\n"
      "t.yaml:12:5: warning: 分值 66.667 超过两位小数 [乙]\n"
      "  hint: 表上的分值保留两位小数，打印出来的分值相加会与总分不符；把分值调到两位小数\n");
}

BOOST_AUTO_TEST_CASE(two_decimals_are_fine) {
  BOOST_TEST(Lint("  - {name: 甲, points: 2.27, target: ≥1个}\n"
                  "  - {name: 乙, points: 97.73, target: ≥1个}\n") == "");
}

BOOST_AUTO_TEST_CASE(positive_target_of_zero) {
  BOOST_TEST(Lint("  - {name: 投诉件数, points: 100, target: 0件}\n") ==
             "t.yaml:11:5: warning: 正向指标的目标值为 0：任何实际值都达到目标，得满分 "
             "[投诉件数]\n"
             "  hint: 写出真正的目标值；若是越少越好（如投诉件数），把目标写成 ≤0 或设 direction: "
             "反向\n");
}

BOOST_AUTO_TEST_CASE(reverse_target_of_zero_is_fine) {
  BOOST_TEST(Lint("  - {name: 投诉件数, points: 100, target: ≤0件}\n") == "");
}

BOOST_AUTO_TEST_CASE(default_full_marks) {
  BOOST_TEST(Lint("  - {name: 政府采购, points: 100, method: 默认满分}\n") ==
             "t.yaml:11:5: warning: 默认满分（M13）：该指标不论实际值如何都得满分 [政府采购]\n"
             "  hint: 确认这是有意的（如“无政府采购默认得满分”），并在 criteria 中写明理由\n");
}

BOOST_AUTO_TEST_CASE(band_from_the_bottom_with_full_marks) {
  BOOST_TEST(Lint("  - name: 完成比例\n"
                  "    points: 10\n"
                  "    target: 100%\n"
                  "    method: {method: 分档, bands: [{from: 0, to: 50, points: 10}, "
                  "{from: 50, points: 5}]}\n"
                  "  - {name: 其他, points: 90, target: ≥1个}\n") ==
             "t.yaml:14:13: warning: 分档 [0, 50) 从最低处起就给满分：实际值再低也得满分 "
             "[完成比例]\n"
             "  hint: 检查这一档的下限和得分（分档按顺序匹配，满分档通常在最上面）\n");
}

BOOST_AUTO_TEST_CASE(band_fraction_one_from_an_open_end) {
  BOOST_TEST(Lint("  - name: 完成比例\n"
                  "    points: 100\n"
                  "    method: {method: 分档, bands: [{to: 50, fraction: 1}]}\n")
                 .find("分档 [-∞, 50) 从最低处起就给满分") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(cost_target_without_a_money_unit) {
  BOOST_TEST(Lint("  - name: 成本指标\n"
                  "    points: 100\n"
                  "    children:\n"
                  "      - {name: 单位造价, points: 100, target: ≤2000}\n") ==
             "t.yaml:14:9: warning: 成本指标的目标值「≤2000」没有货币单位 [成本指标/单位造价]\n"
             "  hint: 写明 元 或 万元（如 ≤150元）：金额不带单位时，项目数据的单位无法换算\n");
}

BOOST_AUTO_TEST_CASE(cost_target_in_money_or_percent_is_fine) {
  BOOST_TEST(Lint("  - name: 成本指标\n"
                  "    points: 100\n"
                  "    children:\n"
                  "      - {name: 单位造价, points: 50, target: ≤2000元}\n"
                  "      - {name: 成本节约率, points: 50, target: ≥5%}\n") == "");
}

BOOST_AUTO_TEST_CASE(unused_scale) {
  LoadResult loaded = LoadTemplateFromString(
      "id: t\nscales:\n  五档: [{label: 优, score: 1}, {label: 差, score: 0}]\n"
      "indicators:\n  - {name: 培训人次, points: 100, target: ≥200人次, method: 正向比例}\n",
      "t.yaml");
  BOOST_TEST_REQUIRE(loaded.value.has_value());
  std::vector<Diagnostic> warnings = LintTemplate(*loaded.value);
  BOOST_TEST_REQUIRE(warnings.size() == 1u);
  BOOST_TEST(FormatDiagnostic(warnings[0]) ==
             "t.yaml:3:3: warning: 量表「五档」没有被任何评分方法使用\n"
             "  hint: 删去它，或在方法中写 scale: 五档（项目数据中的方法也可以引用它）");
}

BOOST_AUTO_TEST_CASE(scales_inherited_from_a_parent_are_not_reported) {
  LoadResult loaded =
      LoadTemplateFromString("id: child\nextends: parent.yaml\ndefaults: {qualitative: 人工评分}\n",
                             "child.yaml", [](const std::string&) -> std::optional<std::string> {
                               return std::string(
                                   "id: parent\nscales:\n  三档: [{label: 达成, score: 1}]\n"
                                   "defaults: {qualitative: {method: 定性三档, scale: 三档}}\n"
                                   "indicators:\n  - {name: 质量, points: 100, target: 良好}\n");
                             });
  BOOST_TEST_REQUIRE(loaded.value.has_value());
  BOOST_TEST(LintTemplate(*loaded.value).empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
