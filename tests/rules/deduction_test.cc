#include "rules/deduction.h"

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

MethodSpec Deduction(DeductionMeasure measure, double step_points, double step_size = 1,
                     bool whole_steps = false) {
  MethodSpec spec = Method(RuleKind::kDeduction);
  spec.measure = measure;
  spec.step_points = step_points;
  spec.step_size = step_size;
  spec.whole_steps = whole_steps;
  return spec;
}

RuleInput Count(double w, std::optional<double> n) {
  RuleInput in;
  in.weight = w;
  in.count = n;
  return in;
}

struct StepCase {
  double n;
  bool whole_steps;
  double points;
};
std::ostream& operator<<(std::ostream& os, const StepCase& c) {
  return os << "n=" << c.n << (c.whole_steps ? " whole" : " fractional") << " → " << c.points;
}

// w = 10, one point per step of 5.
const std::vector<StepCase> kSteps = {
    {0, true, 10}, {1, true, 9},    {5, true, 9},  {6, true, 8},    {10, true, 8},
    {11, true, 7}, {1, false, 9.8}, {5, false, 9}, {6, false, 8.8}, {60, true, 0},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(deduction)

BOOST_AUTO_TEST_CASE(count_deducts_k_per_failure) {
  const RuleResult r = ScoreDeduction(Deduction(DeductionMeasure::kCount, 2), Count(10, 3));
  BOOST_TEST(r.points == 4.0, tt::tolerance(1e-9));
  BOOST_TEST(r.formula == "max(0, w − k × n) = max(0, 10 − 2 × 3) = 4");
  BOOST_TEST(r.reason == "n = 3，扣 6 分");
}

BOOST_AUTO_TEST_CASE(deduction_stops_at_zero) {
  const RuleResult r = ScoreDeduction(Deduction(DeductionMeasure::kCount, 2), Count(10, 6));
  BOOST_TEST(r.points == 0.0);
  BOOST_TEST(r.formula == "max(0, w − k × n) = max(0, 10 − 2 × 6) = 0");
  BOOST_TEST(r.reason == "n = 6，扣 12 分，扣完为止");
}

BOOST_AUTO_TEST_CASE(no_failures_no_deduction) {
  const RuleResult r = ScoreDeduction(Deduction(DeductionMeasure::kCount, 2), Count(10, 0));
  BOOST_TEST(r.points == 10.0);
  BOOST_TEST(r.reason == "n = 0，未扣分");
}

BOOST_AUTO_TEST_CASE(missing_count_is_missing_data) {
  const RuleResult r =
      ScoreDeduction(Deduction(DeductionMeasure::kCount, 2), Count(10, std::nullopt));
  BOOST_TEST(r.outcome == Outcome::kMissingData);
  BOOST_TEST(r.reason == "缺少扣分次数");
}

BOOST_AUTO_TEST_CASE(negative_count_cannot_be_scored) {
  const RuleResult r = ScoreDeduction(Deduction(DeductionMeasure::kCount, 2), Count(10, -1));
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "扣分次数无效（-1）");
}

BOOST_DATA_TEST_CASE(whole_steps_count_a_started_step, bdata::make(kSteps), c) {
  const RuleResult r =
      ScoreDeduction(Deduction(DeductionMeasure::kCount, 1, 5, c.whole_steps), Count(10, c.n));
  BOOST_TEST(r.points == c.points, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(whole_steps_ignore_floating_point_noise) {
  // 0.1 + 0.2 = 0.30000000000000004: three steps of 0.1, not four.
  const RuleResult r =
      ScoreDeduction(Deduction(DeductionMeasure::kCount, 1, 0.1, true), Count(10, 0.1 + 0.2));
  BOOST_TEST(r.points == 7.0, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(shortfall_measures_how_far_below_target) {
  const RuleResult r =
      ScoreDeduction(Deduction(DeductionMeasure::kShortfall, 1), Numbers(10, 100, 95));
  BOOST_TEST(r.points == 5.0, tt::tolerance(1e-9));
  BOOST_TEST(r.formula == "max(0, w − k × max(0, A − B)) = max(0, 10 − 1 × max(0, 100 − 95)) = 5");
  BOOST_TEST(r.reason == "低于目标 5，扣 5 分");
}

BOOST_AUTO_TEST_CASE(shortfall_above_target_deducts_nothing) {
  const RuleResult r =
      ScoreDeduction(Deduction(DeductionMeasure::kShortfall, 1), Numbers(10, 100, 120));
  BOOST_TEST(r.points == 10.0);
  BOOST_TEST(r.reason == "未低于目标，未扣分");
}

BOOST_AUTO_TEST_CASE(excess_measures_how_far_above_target_in_its_unit) {
  RuleInput in = Numbers(10, 80, 83.5);
  in.unit = "万元";
  const RuleResult r = ScoreDeduction(Deduction(DeductionMeasure::kExcess, 2), in);
  BOOST_TEST(r.points == 3.0, tt::tolerance(1e-9));
  BOOST_TEST(r.reason == "超出目标 3.5万元，扣 7 分");
}

BOOST_AUTO_TEST_CASE(measured_deviation_needs_target_and_actual) {
  const RuleResult r =
      ScoreDeduction(Deduction(DeductionMeasure::kExcess, 2), Numbers(10, 80, std::nullopt));
  BOOST_TEST(r.outcome == Outcome::kMissingData);
  BOOST_TEST(r.reason == "缺少实际完成值");
}

BOOST_AUTO_TEST_CASE(zero_step_size_cannot_be_scored) {
  const RuleResult r = ScoreDeduction(Deduction(DeductionMeasure::kCount, 1, 0), Count(10, 1));
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "扣分步长必须大于 0（当前为 0）");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
