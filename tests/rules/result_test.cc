#include "rules/result.h"

#include <limits>
#include <optional>

#include <boost/test/unit_test.hpp>

#include "tests/rules/rule_testing.h"

namespace jixiao {

BOOST_AUTO_TEST_SUITE(result)

BOOST_AUTO_TEST_CASE(scored_inside_the_range_is_kept_as_is) {
  const RuleResult r = Scored(7.5, 10, "f", "r");
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == 7.5);
  BOOST_TEST(r.formula == "f");
  BOOST_TEST(r.reason == "r");
}

BOOST_AUTO_TEST_CASE(scored_below_zero_is_clamped_and_says_so) {
  const RuleResult r = Scored(-2, 10, "w × B/A = -2", "完成比例 -20%");
  BOOST_TEST(r.points == 0.0);
  BOOST_TEST(r.formula == "w × B/A = -2 → 0");
  BOOST_TEST(r.reason == "完成比例 -20%，最低 0 分");
}

BOOST_AUTO_TEST_CASE(scored_above_the_maximum_is_clamped_and_says_so) {
  const RuleResult r = Scored(12.5, 10, "x = 12.5", "按公式计分");
  BOOST_TEST(r.points == 10.0);
  BOOST_TEST(r.formula == "x = 12.5 → 10");
  BOOST_TEST(r.reason == "按公式计分，最高 10 分");
}

BOOST_AUTO_TEST_CASE(non_finite_points_cannot_be_scored) {
  const RuleResult r = Scored(std::numeric_limits<double>::infinity(), 10, "f", "r");
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.points == 0.0);
  BOOST_TEST(r.reason == "计算结果不是有限数值");
  BOOST_TEST(Scored(std::numeric_limits<double>::quiet_NaN(), 10, "f", "r").outcome ==
             Outcome::kCannotScore);
}

BOOST_AUTO_TEST_CASE(cap_points_exceed_the_weight_only_with_a_cap_above_one) {
  MethodSpec spec;
  BOOST_TEST(CapPoints(spec, 10) == 10.0);
  spec.cap_ratio = 1.2;
  BOOST_TEST(CapPoints(spec, 10) == 12.0);
  spec.cap_ratio = 0.8;
  BOOST_TEST(CapPoints(spec, 10) == 10.0);
}

BOOST_AUTO_TEST_CASE(percent_text_rounds_to_two_decimals_and_trims) {
  BOOST_TEST(PercentText(159.80445 / 160) == "99.88%");
  BOOST_TEST(PercentText(58.0 / 60) == "96.67%");
  BOOST_TEST(PercentText(0.8) == "80%");
  BOOST_TEST(PercentText(0.525) == "52.5%");
  BOOST_TEST(PercentText(1.2) == "120%");
  // Half-up on the decimal value, as the form prints the rate (FormatPercent).
  BOOST_TEST(PercentText(210.7 / 400) == "52.68%");
  BOOST_TEST(PercentText(16.31 / 56) == "29.13%");
  BOOST_TEST(PercentText(0.00125) == "0.13%");
  BOOST_TEST(PercentText(41692.74 / 29520.12) == "141.23%");
}

BOOST_AUTO_TEST_CASE(points_text_has_two_decimals) {
  BOOST_TEST(PointsText(9) == "9.00");
  BOOST_TEST(PointsText(7.999) == "8.00");
  BOOST_TEST(PointsText(-1) == "-1.00");
}

BOOST_AUTO_TEST_CASE(require_distinguishes_absent_from_text) {
  RuleInput in = Numbers(10, std::nullopt, std::nullopt);
  BOOST_TEST(RequireTarget(in)->outcome == Outcome::kMissingData);
  BOOST_TEST(RequireTarget(in)->reason == "缺少目标值");
  in.target_label = "合理";
  BOOST_TEST(RequireTarget(in)->outcome == Outcome::kCannotScore);
  BOOST_TEST(RequireTarget(in)->reason == "目标值「合理」不是数值");
  in.target = 5;
  BOOST_TEST(!RequireTarget(in).has_value());
  BOOST_TEST(RequireTargetAndActual(in)->reason == "缺少实际完成值");
  in.actual = std::numeric_limits<double>::infinity();
  BOOST_TEST(RequireActual(in)->reason == "实际完成值不是有限数值");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
