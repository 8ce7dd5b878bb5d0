#include "engine/case_runner.h"

#include <string>

#include <boost/test/unit_test.hpp>

#include "indicators/template_loader.h"

namespace jixiao {
namespace {

// A template with a 正向 and a 反向 indicator, rounding to `places`, and its cases.
struct Fixture {
  explicit Fixture(const std::string& cases, const std::string& rounding = "half_up") {
    std::string yaml =
        "id: t\n"
        "rounding: {mode: " +
        rounding +
        ", places: 2}\n"
        "indicators:\n"
        "  - {id: quantity, name: 培训人次, points: 60, target: ≥300人次, method: 正向比例}\n"
        "  - {id: cost, name: 人均成本, points: 40, target: ≤800元, method: 反向}\n"
        "cases:\n" +
        cases;
    LoadResult loaded = LoadTemplateFromString(yaml, "t.yaml");
    BOOST_TEST_REQUIRE(loaded.value.has_value());
    CompileResult compiled = CompileScorecard(std::move(*loaded.value));
    BOOST_TEST_REQUIRE(compiled.value != nullptr);
    card = std::move(compiled.value);
    CasesLoadResult read = LoadTemplateCases(yaml, "t.yaml");
    BOOST_TEST_REQUIRE(read.diagnostics.empty());
    BOOST_TEST_REQUIRE(read.cases.size() == 1u);
    result = RunTemplateCase(*card, read.cases[0]);
  }

  std::string Mismatches() const {
    std::string out;
    for (const CaseMismatch& m : result.mismatches)
      out +=
          std::to_string(m.where.line) + " " + m.what + " " + m.expected + " / " + m.actual + "\n";
    return out;
  }

  std::unique_ptr<Scorecard> card;
  CaseResult result;
};

const char* kProject =
    "  - name: x\n"
    "    project:\n"
    "      indicators: [{id: quantity, actual: 240人次}, {id: cost, actual: 1000元}]\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(case_runner)

BOOST_AUTO_TEST_CASE(a_case_that_holds_has_no_mismatches) {
  Fixture f(std::string(kProject) +
            "    expect: {scores: {quantity: 48, 人均成本: 32}, total: 80, grade: 良好}\n");
  BOOST_TEST(f.result.diagnostics.empty());
  BOOST_TEST(f.result.tree.has_value());
  BOOST_TEST(f.Mismatches() == "");
}

BOOST_AUTO_TEST_CASE(every_unmet_expectation_is_listed_where_it_is_written) {
  Fixture f(std::string(kProject) +
            "    expect:\n"
            "      scores: {quantity: 48.01, cost: 不适用}\n"
            "      total: 81\n"
            "      grade: 优\n");
  BOOST_TEST(f.Mismatches() ==
             "11 培训人次 48.01 / 48.00\n"
             "11 人均成本 不适用 / 32.00\n"
             "12 总分 81.00 / 80.00\n"
             "13 等级 优 / 良\n");
}

BOOST_AUTO_TEST_CASE(figures_match_to_half_a_printed_unit) {
  Fixture f(std::string(kProject) + "    expect: {scores: {quantity: 48.004}}\n");
  BOOST_TEST(f.Mismatches() == "");
}

BOOST_AUTO_TEST_CASE(without_rounding_four_decimals_are_compared) {
  Fixture f(
      "  - name: x\n"
      "    project:\n"
      "      indicators: [{id: quantity, actual: 200人次}, {id: cost, actual: 800元}]\n"
      "    expect: {scores: {quantity: 40, cost: 40}, total: 80}\n",
      "none");
  BOOST_TEST(f.Mismatches() == "");
}

BOOST_AUTO_TEST_CASE(outcomes_are_expected_by_name) {
  Fixture f(
      "  - name: x\n"
      "    project:\n"
      "      indicators: [{id: quantity, not_applicable: true}]\n"
      "    expect: {scores: {quantity: 不适用, cost: missing_data}}\n");
  BOOST_TEST(f.Mismatches() == "");
}

BOOST_AUTO_TEST_CASE(an_unknown_indicator_or_outcome_is_a_located_error) {
  Fixture f(std::string(kProject) + "    expect: {scores: {培训人数: 48, cost: 及格}}\n");
  BOOST_TEST(!f.result.tree.has_value());
  BOOST_TEST_REQUIRE(f.result.diagnostics.size() == 2u);
  BOOST_TEST(FormatDiagnostic(f.result.diagnostics[0]) ==
             "t.yaml:10:23: error: 用例中的指标「培训人数」在评分结果中不存在 [x]\n"
             "  hint: 写模板或项目数据中的指标编号、路径或名称（jixiao explain 列出可用的指标）");
  BOOST_TEST(FormatDiagnostic(f.result.diagnostics[1]).find("预期「及格」既不是数字") !=
             std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
