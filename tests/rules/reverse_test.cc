#include "rules/reverse.h"

#include <optional>
#include <ostream>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "rules/deduction.h"
#include "tests/rules/rule_testing.h"

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;
namespace tt = boost::test_tools;

struct Vector {
  ReverseVariant variant;
  double w, a, b, points;
};
std::ostream& operator<<(std::ostream& os, const Vector& v) {
  return os << "R" << static_cast<int>(v.variant) + 1 << " w=" << v.w << " A=" << v.a
            << " B=" << v.b << " → " << v.points;
}

constexpr ReverseVariant kR1 = ReverseVariant::kRatio;
constexpr ReverseVariant kR2 = ReverseVariant::kLinear;
constexpr ReverseVariant kR3 = ReverseVariant::kStep;

// R3 below uses step_points 2 per step of 5 over the target.
const std::vector<Vector> kVectors = {
    {kR1, 8, 90, 100, 7.2},                  // DOMAIN §8 M3 R1
    {kR2, 8, 90, 100, 8 * (1 - 10.0 / 90)},  // DOMAIN §8 M3 R2: 7.111111
    {kR2, 8, 90, 180, 0},                    // DOMAIN §8 M3 R2 far over: 0 at B = 2A
    {kR2, 8, 90, 200, 0},
    {kR1, 8, 90, 180, 4},
    {kR1, 8, 90, 90, 8},  // B = A
    {kR2, 8, 90, 80, 8},  // B < A
    {kR3, 8, 90, 85, 8},
    {kR1, 8, 0, 0, 8},  // A = 0, B = 0
    {kR1, 8, 0, 5, 0},  // A = 0, B > 0
    {kR2, 8, 0, 5, 0},
    {kR3, 8, 90, 100, 4},    // 10 over: 2 steps × 2
    {kR3, 8, 90, 101, 3.6},  // 11 over: 2.2 steps × 2
    {kR3, 8, 90, 200, 0},    // 扣完为止
};

MethodSpec Reverse(ReverseVariant variant) {
  MethodSpec spec = Method(RuleKind::kReverse);
  spec.reverse = variant;
  spec.step_points = 2;
  spec.step_size = 5;
  return spec;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(reverse)

BOOST_DATA_TEST_CASE(each_variant_scores_an_excess_over_the_target, bdata::make(kVectors), v) {
  const RuleResult r = ScoreReverse(Reverse(v.variant), Numbers(v.w, v.a, v.b));
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == v.points, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(at_or_below_target_gives_full_marks) {
  const RuleResult r = ScoreReverse(Reverse(kR1), Numbers(8, 90, 80));
  BOOST_TEST(r.formula == "B ≤ A (80 ≤ 90) → w = 8");
  BOOST_TEST(r.reason == "B ≤ A，得满分");
}

BOOST_AUTO_TEST_CASE(r1_trace_shows_the_ratio) {
  const RuleResult r = ScoreReverse(Reverse(kR1), Numbers(8, 90, 100));
  BOOST_TEST(r.formula == "w × A/B = 8 × 90/100 = 7.2");
  BOOST_TEST(r.reason == "超出目标 11.11%，按 A/B 计分");
}

BOOST_AUTO_TEST_CASE(r2_trace_shows_the_linear_deduction) {
  const RuleResult r = ScoreReverse(Reverse(kR2), Numbers(8, 90, 100));
  BOOST_TEST(r.formula == "w × (1 − (B − A)/A) = 8 × (1 − (100 − 90)/90) = 7.111111");
  BOOST_TEST(r.reason == "超出目标 11.11%，按超出比例线性扣分");
}

BOOST_AUTO_TEST_CASE(r2_at_twice_the_target_says_zero) {
  const RuleResult r = ScoreReverse(Reverse(kR2), Numbers(8, 90, 180));
  BOOST_TEST(r.formula == "B ≥ 2A (180 ≥ 180) → 0");
  BOOST_TEST(r.reason == "超出目标 100%，达到目标的 2 倍，得 0 分");
}

BOOST_AUTO_TEST_CASE(r3_counts_a_started_step_whole_when_asked) {
  MethodSpec spec = Reverse(kR3);
  spec.whole_steps = true;
  RuleInput in = Numbers(8, 90, 101);
  in.unit = "万元";
  const RuleResult r = ScoreReverse(spec, in);
  BOOST_TEST(r.points == 2.0, tt::tolerance(1e-9));
  BOOST_TEST(r.formula ==
             "max(0, w − k × ⌈max(0, B − A)/5⌉) = max(0, 8 − 2 × ⌈max(0, 101 − "
             "90)/5⌉) = 2");
  BOOST_TEST(r.reason == "超出目标 11万元，扣 6 分");
}

BOOST_AUTO_TEST_CASE(r3_is_the_deduction_method_measuring_the_excess) {
  MethodSpec spec = Reverse(kR3);
  spec.measure = DeductionMeasure::kCount;  // R3 measures the excess whatever this says
  MethodSpec deduction = spec;
  deduction.kind = RuleKind::kDeduction;
  deduction.measure = DeductionMeasure::kExcess;
  const RuleResult r3 = ScoreReverse(spec, Numbers(8, 90, 103));
  const RuleResult m7 = ScoreDeduction(deduction, Numbers(8, 90, 103));
  BOOST_TEST(r3.points == m7.points);
  BOOST_TEST(r3.formula == m7.formula);
  BOOST_TEST(r3.reason == m7.reason);
}

BOOST_AUTO_TEST_CASE(target_zero_exceeded_scores_zero_and_says_why) {
  const RuleResult r = ScoreReverse(Reverse(kR1), Numbers(8, 0, 5));
  BOOST_TEST(r.formula == "A = 0, B > 0 (5) → 0");
  BOOST_TEST(r.reason == "目标值为 0，实际完成值超出，得 0 分");
}

BOOST_AUTO_TEST_CASE(negative_target_cannot_be_scored) {
  const RuleResult r = ScoreReverse(Reverse(kR2), Numbers(8, -1, 5));
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "目标值为负数（-1），无法计分");
}

BOOST_AUTO_TEST_CASE(missing_actual_is_missing_data) {
  const RuleResult r = ScoreReverse(Reverse(kR1), Numbers(8, 90, std::nullopt));
  BOOST_TEST(r.outcome == Outcome::kMissingData);
  BOOST_TEST(r.reason == "缺少实际完成值");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
