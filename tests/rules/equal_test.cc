#include "rules/equal.h"

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
  double w, a, b, tolerance, points;
};
std::ostream& operator<<(std::ostream& os, const Vector& v) {
  return os << "w=" << v.w << " A=" << v.a << " B=" << v.b << " tol=" << v.tolerance << " → "
            << v.points;
}

const std::vector<Vector> kVectors = {
    {5, 0, 0, 0, 5},  // DOMAIN §8 M4 A = 0
    {5, 0, 1, 0, 0},  // DOMAIN §8 M4 A = 0, B = 1
    {5, 0, -1, 0, 5},         {10, 3, 3, 0, 10},        {10, 3, 2, 0, 10.0 * 2 / 3},  // as M2
    {10, 3, 4, 0, 10},                                   // as M2: above target is full marks
    {10, 100, 96, 0.05, 10},                             // inside the tolerance band
    {10, 100, 95, 0.05, 10},                             // on its edge
    {10, 100, 105, 0.05, 10}, {10, 100, 94, 0.05, 9.4},  // outside: as M2
};

MethodSpec Equal(double tolerance) {
  MethodSpec spec = Method(RuleKind::kEqual);
  spec.tolerance = tolerance;
  return spec;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(equal)

BOOST_DATA_TEST_CASE(scores_equality_targets, bdata::make(kVectors), v) {
  const RuleResult r = ScoreEqual(Equal(v.tolerance), Numbers(v.w, v.a, v.b));
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == v.points, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(target_zero_met_says_so) {
  const RuleResult r = ScoreEqual(Equal(0), Numbers(5, 0, 0));
  BOOST_TEST(r.formula == "A = 0, B ≤ 0 (0) → w = 5");
  BOOST_TEST(r.reason == "目标值为 0，B ≤ 0，得满分");
}

BOOST_AUTO_TEST_CASE(target_zero_exceeded_scores_zero_and_says_so) {
  const RuleResult r = ScoreEqual(Equal(0), Numbers(5, 0, 1));
  BOOST_TEST(r.formula == "A = 0, B > 0 (1) → 0");
  BOOST_TEST(r.reason == "目标值为 0，B > 0，得 0 分");
}

BOOST_AUTO_TEST_CASE(tolerance_band_trace_shows_the_deviation) {
  const RuleResult r = ScoreEqual(Equal(0.05), Numbers(10, 100, 96));
  BOOST_TEST(r.formula == "|B − A| ≤ 0.05 × A (|96 − 100| ≤ 5) → w = 10");
  BOOST_TEST(r.reason == "偏差 4%，在容差 5% 以内，得满分");
}

BOOST_AUTO_TEST_CASE(outside_the_tolerance_falls_back_to_proportion) {
  const RuleResult r = ScoreEqual(Equal(0.05), Numbers(10, 100, 94));
  BOOST_TEST(r.formula == "w × B/A = 10 × 94/100 = 9.4");
}

BOOST_AUTO_TEST_CASE(negative_target_cannot_be_scored) {
  const RuleResult r = ScoreEqual(Equal(0), Numbers(5, -2, 1));
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "目标值为负数（-2），无法计分");
}

BOOST_AUTO_TEST_CASE(missing_actual_is_missing_data) {
  const RuleResult r = ScoreEqual(Equal(0), Numbers(5, 0, std::nullopt));
  BOOST_TEST(r.outcome == Outcome::kMissingData);
  BOOST_TEST(r.reason == "缺少实际完成值");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
