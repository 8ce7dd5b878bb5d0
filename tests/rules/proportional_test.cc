#include "rules/proportional.h"

#include <optional>
#include <ostream>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "tests/rules/rule_testing.h"

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;
namespace tt = boost::test_tools;

struct Vector {
  double w, a, b, points;
};
std::ostream& operator<<(std::ostream& os, const Vector& v) {
  return os << "w=" << v.w << " A=" << v.a << " B=" << v.b << " → " << v.points;
}

const std::vector<Vector> kProportional = {
    {10, 100, 80, 8},            // DOMAIN §8 M2 shortfall
    {10, 100, 130, 10},          // DOMAIN §8 M2 over
    {10, 100, 100, 10},          // exactly met
    {8, 60, 58, 8.0 * 58 / 60},  // 7.733333
    {10, 100, 0, 0},             // B = 0
    {10, 100, -5, 0},            // never below 0
    {10, 0, 0, 10},              // A = 0, B ≥ 0
    {10, 0, 3, 10},
    {10, 0, -1, 0},
};

const std::vector<Vector> kFloor = {
    {2.73, 50, 26, 2.73 * 26 / 50},  // DOMAIN §8 Shenzhen 汕尾项目: 1.4196 → 1.42
    {2.73, 11, 5, 0},            // DOMAIN §8 Shenzhen 文化旅游项目: 5/11 < 50%, see below
    {2.73, 50, 25, 2.73 * 0.5},  // exactly 50% is not "低于50%"
    {2.73, 50, 24.99, 0},
    {2.73, 50, 60, 2.73},  // capped at w
    {2.73, 50, 0, 0},
    {2.73, 50, -1, 0},
};

const std::vector<Vector> kLinear = {
    {2.27, 100, 78.93, 1.791711},  // DOMAIN §8 Shenzhen 预算执行率 → 1.79
    {2.27, 100, 100, 2.27},       {2.27, 100, 120, 2.27}, {10, 100, 0, 0}, {10, 50, 40, 8},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(proportional)

BOOST_DATA_TEST_CASE(m2_scores_in_proportion_up_to_full_marks, bdata::make(kProportional), v) {
  const RuleResult r = ScoreProportional(Method(RuleKind::kProportional), Numbers(v.w, v.a, v.b));
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == v.points, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(m2_trace_substitutes_the_values) {
  const RuleResult r = ScoreProportional(Method(RuleKind::kProportional), Numbers(8, 60, 58));
  BOOST_TEST(r.formula == "w × B/A = 8 × 58/60 = 7.733333");
  BOOST_TEST(r.reason == "完成比例 96.67%");
}

BOOST_AUTO_TEST_CASE(m2_above_target_gives_full_marks_and_says_so) {
  const RuleResult r = ScoreProportional(Method(RuleKind::kProportional), Numbers(10, 100, 130));
  BOOST_TEST(r.formula == "B ≥ A (130 ≥ 100) → w = 10");
  BOOST_TEST(r.reason == "B ≥ A，得满分");
}

BOOST_AUTO_TEST_CASE(m2_negative_actual_is_floored_at_zero_visibly) {
  const RuleResult r = ScoreProportional(Method(RuleKind::kProportional), Numbers(10, 100, -5));
  BOOST_TEST(r.points == 0.0);
  BOOST_TEST(r.formula == "w × B/A = 10 × -5/100 = -0.5 → 0");
  BOOST_TEST(r.reason == "完成比例 -5%，最低 0 分");
}

BOOST_AUTO_TEST_CASE(m2_with_cap_above_one_rewards_over_achievement_up_to_the_cap) {
  MethodSpec spec = Method(RuleKind::kProportional);
  spec.cap_ratio = 1.2;
  BOOST_TEST(ScoreProportional(spec, Numbers(10, 100, 110)).points == 11.0, tt::tolerance(1e-9));
  const RuleResult r = ScoreProportional(spec, Numbers(10, 100, 150));
  BOOST_TEST(r.points == 12.0, tt::tolerance(1e-9));
  BOOST_TEST(r.formula == "min(w × B/A, 1.2 × w) = min(10 × 150/100, 12) = 12");
  BOOST_TEST(ScoreProportional(spec, Numbers(10, 100, 80)).points == 8.0, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(m2_target_zero_explains_the_full_marks) {
  const RuleResult r = ScoreProportional(Method(RuleKind::kProportional), Numbers(10, 0, 0));
  BOOST_TEST(r.reason == "目标值为 0，B ≥ 0，得满分");
}

BOOST_AUTO_TEST_CASE(m2_negative_target_cannot_be_scored) {
  const RuleResult r = ScoreProportional(Method(RuleKind::kProportional), Numbers(10, -5, 3));
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "目标值为负数（-5），无法按比例计分");
}

BOOST_AUTO_TEST_CASE(m2_missing_values_are_missing_data_naming_the_value) {
  const MethodSpec spec = Method(RuleKind::kProportional);
  const RuleResult no_actual = ScoreProportional(spec, Numbers(10, 100, std::nullopt));
  BOOST_TEST(no_actual.outcome == Outcome::kMissingData);
  BOOST_TEST(no_actual.reason == "缺少实际完成值");
  const RuleResult no_target = ScoreProportional(spec, Numbers(10, std::nullopt, 80));
  BOOST_TEST(no_target.outcome == Outcome::kMissingData);
  BOOST_TEST(no_target.reason == "缺少目标值");
}

BOOST_AUTO_TEST_CASE(m2_text_where_a_number_is_needed_cannot_be_scored) {
  RuleInput in = Numbers(10, 100, std::nullopt);
  in.actual_label = "基本完成";
  const RuleResult r = ScoreProportional(Method(RuleKind::kProportional), in);
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "实际完成值「基本完成」不是数值");
}

BOOST_DATA_TEST_CASE(m10_scores_nothing_below_the_floor_and_proportionally_above,
                     bdata::make(kFloor), v) {
  const RuleResult r =
      ScoreProportionalFloor(Method(RuleKind::kProportionalFloor), Numbers(v.w, v.a, v.b));
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == v.points, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(m10_shanwei_trace_shows_the_capped_proportion) {
  const RuleResult r =
      ScoreProportionalFloor(Method(RuleKind::kProportionalFloor), Numbers(2.73, 50, 26));
  BOOST_TEST(r.formula == "min(w × B/A, w) = min(2.73 × 26/50, 2.73) = 1.4196");
  BOOST_TEST(r.reason == "完成比例 52%");
}

// The published 1.24 for 文化旅游项目 is 2.73 × 5/11: the floor of its own rule
// text was not applied. The rule as written gives 0, and the trace says why, so
// a reviewer can flag the row.
BOOST_AUTO_TEST_CASE(m10_wenhua_lvyou_row_follows_its_rule_text_not_the_published_figure) {
  const RuleResult r =
      ScoreProportionalFloor(Method(RuleKind::kProportionalFloor), Numbers(2.73, 11, 5));
  BOOST_TEST(r.points == 0.0);
  BOOST_TEST(r.formula == "B/A = 5/11 = 0.454545 < 0.5 → 0");
  BOOST_TEST(r.reason == "完成比例 45.45%，低于 50%，不得分");
}

BOOST_AUTO_TEST_CASE(m10_without_a_floor_reproduces_the_published_1_24) {
  MethodSpec spec = Method(RuleKind::kProportionalFloor);
  spec.floor_ratio = 0;
  const RuleResult r = ScoreProportionalFloor(spec, Numbers(2.73, 11, 5));
  BOOST_TEST(r.points == 2.73 * 5 / 11, tt::tolerance(1e-9));
  BOOST_TEST(r.formula == "min(w × B/A, w) = min(2.73 × 5/11, 2.73) = 1.240909");
}

BOOST_AUTO_TEST_CASE(m10_over_target_says_the_maximum_applies) {
  const RuleResult r =
      ScoreProportionalFloor(Method(RuleKind::kProportionalFloor), Numbers(2.73, 50, 60));
  BOOST_TEST(r.reason == "完成比例 120%，按最高分计");
}

BOOST_AUTO_TEST_CASE(m10_target_zero_or_negative_cannot_be_scored) {
  const MethodSpec spec = Method(RuleKind::kProportionalFloor);
  const RuleResult zero = ScoreProportionalFloor(spec, Numbers(2.73, 0, 5));
  BOOST_TEST(zero.outcome == Outcome::kCannotScore);
  BOOST_TEST(zero.reason == "目标值为 0，无法计算比例");
  BOOST_TEST(ScoreProportionalFloor(spec, Numbers(2.73, -1, 5)).reason ==
             "目标值为负数（-1），无法计算比例");
}

BOOST_DATA_TEST_CASE(m11_deducts_one_percent_of_weight_per_percent_short, bdata::make(kLinear), v) {
  const RuleResult r =
      ScoreLinearDeduction(Method(RuleKind::kLinearDeduction), Numbers(v.w, v.a, v.b));
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == v.points, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(m11_shenzhen_trace_substitutes_the_values) {
  const RuleResult r =
      ScoreLinearDeduction(Method(RuleKind::kLinearDeduction), Numbers(2.27, 100, 78.93));
  BOOST_TEST(r.formula ==
             "max(0, w × (1 − k × (A − B)/A)) = max(0, 2.27 × (1 − 1 × (100 − "
             "78.93)/100)) = "
             "1.791711");
  BOOST_TEST(r.reason == "比目标低 21.07%，扣分值的 21.07%");
}

BOOST_AUTO_TEST_CASE(m11_steeper_rate_runs_out_at_zero) {
  MethodSpec spec = Method(RuleKind::kLinearDeduction);
  spec.deduction_rate = 2;
  BOOST_TEST(ScoreLinearDeduction(spec, Numbers(10, 100, 60)).points == 2.0, tt::tolerance(1e-9));
  const RuleResult r = ScoreLinearDeduction(spec, Numbers(10, 100, 40));
  BOOST_TEST(r.points == 0.0);
  BOOST_TEST(r.reason == "比目标低 60%，扣分值的 100%，扣完为止");
}

BOOST_AUTO_TEST_CASE(m11_target_zero_cannot_be_scored) {
  const RuleResult r =
      ScoreLinearDeduction(Method(RuleKind::kLinearDeduction), Numbers(2.27, 0, 5));
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "目标值为 0，无法计算比例");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
