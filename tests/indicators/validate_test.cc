#include "indicators/validate.h"

#include <boost/test/unit_test.hpp>

#include "indicators/template_loader.h"

namespace jixiao {
namespace {

std::string Validate(const std::string& yaml) {
  LoadResult r = LoadTemplateFromString(yaml, "v.yaml");
  std::string out;
  for (const auto& d : r.diagnostics) out += FormatDiagnostic(d) + "\n";
  if (!r.value) return "LOAD FAILED\n" + out;
  for (const auto& d : ValidateTemplate(*r.value)) out += FormatDiagnostic(d) + "\n";
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(validate)

BOOST_AUTO_TEST_CASE(a_consistent_template_has_no_problems) {
  BOOST_TEST(Validate("id: v\ndefaults: {positive: M2}\nindicators:\n"
                      "  - {name: 甲, points: 60, children: [{name: 甲1, points: 60}]}\n"
                      "  - {name: 乙, points: 40, open: true}\n") == "");
}

BOOST_AUTO_TEST_CASE(children_that_do_not_add_up_to_their_parent) {
  BOOST_TEST(Validate("id: v\ndefaults: {positive: M2}\nindicators:\n"
                      "  - name: 产出指标\n    points: 50\n    children:\n"
                      "      - {name: 数量, points: 30}\n      - {name: 质量, points: 18}\n"
                      "  - {name: 效益指标, points: 50, open: true}\n") ==
             "v.yaml:5:5: error: 下级指标分值之和为 48，不等于本级分值 50 [产出指标]\n"
             "  hint: 调整下级指标的 points，或本级的 points\n");
}

BOOST_AUTO_TEST_CASE(roots_that_do_not_add_up_to_the_total) {
  BOOST_TEST(Validate("id: v\ndefaults: {positive: M2}\nindicators:\n  - {name: 甲, points: 2.27}\n"
                      "  - {name: 乙, points: 97.72}\n") ==
             "v.yaml:3:1: error: 一级指标分值之和为 99.99，不等于总分 100\n"
             "  hint: 调整各一级指标的 points，使之和等于 total\n");
}

BOOST_AUTO_TEST_CASE(roots_that_do_not_add_up_are_located_at_total_when_it_is_written) {
  BOOST_TEST(Validate("id: v\ndefaults: {positive: M2}\ntotal: 95\nindicators:\n"
                      "  - {name: 甲, points: 90}\n") ==
             "v.yaml:3:1: error: 一级指标分值之和为 90，不等于总分 95\n"
             "  hint: 调整各一级指标的 points，使之和等于 total\n");
}

// With `extends`, the sums are fixed in the file that changed them: its overrides (or total).
BOOST_AUTO_TEST_CASE(inherited_roots_that_do_not_add_up_are_located_in_the_extending_file) {
  const FileReader reader = [](const std::string& path) -> std::optional<std::string> {
    if (path != "parent.yaml") return std::nullopt;
    return "id: p\ndefaults: {positive: M2}\nindicators:\n"
           "  - {id: a, name: 甲, points: 60}\n  - {id: b, name: 乙, points: 40}\n";
  };
  LoadResult r = LoadTemplateFromString(
      "id: c\nextends: parent.yaml\noverrides:\n  - {id: b, points: 30}\n", "c.yaml", reader);
  BOOST_TEST_REQUIRE(r.value.has_value());
  std::vector<Diagnostic> d = ValidateTemplate(*r.value);
  BOOST_TEST_REQUIRE(d.size() == 1u);
  BOOST_TEST(FormatDiagnostic(d[0]) ==
             "c.yaml:3:1: error: 一级指标分值之和为 90，不等于总分 100\n"
             "  hint: 调整各一级指标的 points，使之和等于 total");
}

BOOST_AUTO_TEST_CASE(an_inherited_group_is_located_at_the_override_that_broke_it) {
  const FileReader reader = [](const std::string& path) -> std::optional<std::string> {
    if (path != "parent.yaml") return std::nullopt;
    return "id: p\ndefaults: {positive: M2}\nindicators:\n"
           "  - {id: a, name: 甲, points: 100, children: [{id: a1, name: 甲1, points: 100}]}\n";
  };
  LoadResult r = LoadTemplateFromString(
      "id: c\nextends: parent.yaml\noverrides:\n  - {id: a1, points: 90}\n", "c.yaml", reader);
  BOOST_TEST_REQUIRE(r.value.has_value());
  std::vector<Diagnostic> d = ValidateTemplate(*r.value);
  BOOST_TEST_REQUIRE(d.size() == 1u);
  BOOST_TEST(FormatDiagnostic(d[0]) ==
             "c.yaml:4:14: error: 下级指标分值之和为 90，不等于本级分值 100 [甲]\n"
             "  hint: 调整下级指标的 points，或本级的 points");
}

BOOST_AUTO_TEST_CASE(a_group_whose_children_do_not_add_up_is_located_at_its_points) {
  BOOST_TEST(Validate("id: v\ndefaults: {positive: M2}\nindicators:\n"
                      "  - {name: 甲, points: 100, children: [{name: 甲1, points: 60}]}\n") ==
             "v.yaml:4:15: error: 下级指标分值之和为 60，不等于本级分值 100 [甲]\n"
             "  hint: 调整下级指标的 points，或本级的 points\n");
}

BOOST_AUTO_TEST_CASE(two_decimal_weights_add_up_exactly) {
  std::string yaml =
      "id: v\ndefaults: {positive: M9}\nindicators:\n  - name: 产出目标\n    points: 30\n"
      "    children:\n";
  for (int i = 0; i < 14; ++i)
    yaml += "      - {name: 数量" + std::to_string(i) + ", points: 1.76}\n";
  yaml +=
      "      - {name: 质量1, points: 1.76}\n      - {name: 质量2, points: 1.76}\n"
      "      - {name: 时效, points: 1.84}\n  - {name: 其他, points: 70}\n";
  BOOST_TEST(Validate(yaml) == "");
}

BOOST_AUTO_TEST_CASE(duplicate_ids_and_missing_points_and_methods) {
  std::string out = Validate(
      "id: v\nindicators:\n  - {id: x, name: 甲, points: 50, method: M2}\n"
      "  - {id: x, name: 乙, method: M2}\n  - {name: 丙, points: 50}\n");
  BOOST_TEST(
      out.find("v.yaml:4:5: error: 指标编号「x」重复（第一次出现在第 3 行）") != std::string::npos,
      out);
  BOOST_TEST(out.find("v.yaml:4:5: error: 指标缺少分值 [乙]") != std::string::npos, out);
  BOOST_TEST(out.find("v.yaml:5:5: error: 指标没有评分方法 [丙]") != std::string::npos, out);
}

BOOST_AUTO_TEST_CASE(unknown_scale_and_overlapping_bands) {
  std::string out = Validate(
      "id: v\nindicators:\n  - {name: 甲, points: 50, method: {method: 定性匹配, scale: 五档}}\n"
      "  - name: 乙\n    points: 50\n    method:\n      method: 分档\n      bands:\n"
      "        - {from: 80, to: 90, to_inclusive: true, points: 40}\n"
      "        - {from: 90, to: 100, points: 50}\n");
  BOOST_TEST(out.find("v.yaml:3:50: error: 未定义的量表「五档」 [甲]") != std::string::npos, out);
  BOOST_TEST(
      out.find("v.yaml:10:11: error: 分档 [80, 90] 与 [90, 100) 重叠 [乙]") != std::string::npos,
      out);
}

BOOST_AUTO_TEST_CASE(a_band_whose_bounds_are_reversed_is_located_at_the_band) {
  std::string out = Validate(
      "id: v\ndefaults: {positive: M2}\nindicators:\n  - name: 乙\n    points: 100\n"
      "    method:\n      method: 分档\n      bands:\n"
      "        - {from: 90, to: 100, points: 100}\n        - {from: 80, to: 70, points: 0}\n");
  BOOST_TEST(out == "v.yaml:10:11: error: 分档 [80, 70) 的下限大于上限 [乙]\n", out);
}

BOOST_AUTO_TEST_CASE(grade_bands_must_reach_zero) {
  std::string out = Validate(
      "id: v\ngrades: [{label: 合格, min: 60}]\ndefaults: {positive: M2}\n"
      "indicators: [{name: 甲, points: 100}]\n");
  BOOST_TEST(out.find("最低等级「合格」的下限是 60，低于它的总分没有等级") != std::string::npos,
             out);
}

BOOST_AUTO_TEST_CASE(grade_problems_are_located_at_the_grades) {
  BOOST_TEST(Validate("id: v\ndefaults: {positive: M2}\nindicators: [{name: 甲, points: 100}]\n"
                      "grades:\n  - {label: 优, min: 90}\n  - {label: 优, min: 60}\n") ==
             "v.yaml:6:5: error: 等级「优」重复\n"
             "v.yaml:6:5: error: 最低等级「优」的下限是 60，低于它的总分没有等级\n"
             "  hint: 把最低一档的 min 设为 0\n");
  BOOST_TEST(Validate("id: v\ndefaults: {positive: M2}\nindicators: [{name: 甲, points: 100}]\n"
                      "grades: []\n") ==
             "v.yaml:4:1: error: 没有等级\n"
             "  hint: 写出 grades，或删去它以使用默认的 优/良/中/差\n");
}

BOOST_AUTO_TEST_CASE(an_open_group_with_a_target_is_located_at_the_target) {
  BOOST_TEST(Validate("id: v\ndefaults: {positive: M2}\nindicators:\n"
                      "  - {name: 甲, points: 100, open: true, target: ≥90%}\n") ==
             "v.yaml:4:40: error: 开放分组不能有目标值 [甲]\n"
             "  hint: 目标值写在项目数据的各个三级指标上\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
