#include "rules/threshold.h"

#include <optional>
#include <ostream>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "tests/rules/rule_testing.h"

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;

struct Case {
  Comparator comparator;
  Direction direction;
  double tolerance;
  double a, b;
  bool met;
};
std::ostream& operator<<(std::ostream& os, const Case& c) {
  return os << "comparator " << static_cast<int>(c.comparator) << " A=" << c.a << " B=" << c.b
            << (c.met ? " met" : " not met");
}

constexpr Direction kUp = Direction::kPositive;
constexpr Direction kDown = Direction::kNegative;

const std::vector<Case> kCases = {
    {Comparator::kAtLeast, kUp, 0, 200, 268, true},  // Shenzhen "业绩值≥200篇得满分"
    {Comparator::kAtLeast, kUp, 0, 200, 200, true},
    {Comparator::kAtLeast, kUp, 0, 200, 199, false},
    {Comparator::kAtLeast, kUp, 0, 3000, 2999.9999999999995, true},  // 0.3万元 in 元
    {Comparator::kNone, kUp, 0, 21, 21, true},
    {Comparator::kNone, kUp, 0, 21, 20, false},
    {Comparator::kNone, kDown, 0, 81.92, 80, true},  // 反向 with no comparator: ≤
    {Comparator::kNone, kDown, 0, 81.92, 82, false},
    {Comparator::kMoreThan, kUp, 0, 10, 10, false},
    {Comparator::kMoreThan, kUp, 0, 10, 11, true},
    {Comparator::kEqual, kUp, 0, 3, 3, true},
    {Comparator::kEqual, kUp, 0, 3, 4, false},
    {Comparator::kEqual, kUp, 0.1, 100, 109, true},
    {Comparator::kEqual, kUp, 0.1, 100, 90, true},
    {Comparator::kEqual, kUp, 0.1, 100, 111, false},
    {Comparator::kAtMost, kUp, 0, 81.92, 81.92, true},
    {Comparator::kAtMost, kUp, 0, 81.92, 81.93, false},
    {Comparator::kLessThan, kUp, 0, 5, 5, false},
    {Comparator::kLessThan, kUp, 0, 5, 4, true},
};

RuleInput Compared(const Case& c) {
  RuleInput in = Numbers(1.76, c.a, c.b);
  in.comparator = c.comparator;
  in.direction = c.direction;
  return in;
}

RuleInput Texts(const char* target, const char* actual) {
  RuleInput in;
  in.weight = 2;
  in.target_label = target;
  in.actual_label = actual;
  return in;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(threshold)

BOOST_DATA_TEST_CASE(meeting_the_comparator_gives_all_or_nothing, bdata::make(kCases), c) {
  MethodSpec spec = Method(RuleKind::kThreshold);
  spec.tolerance = c.tolerance;
  const RuleResult r = ScoreThreshold(spec, Compared(c));
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == (c.met ? 1.76 : 0.0));
}

BOOST_DATA_TEST_CASE(target_met_is_the_test_m9_scores_by, bdata::make(kCases), c) {
  BOOST_TEST(TargetMet(c.comparator, c.direction, c.a, c.b, c.tolerance) == c.met);
}

BOOST_AUTO_TEST_CASE(met_target_trace_shows_the_comparison) {
  const RuleResult r = ScoreThreshold(Method(RuleKind::kThreshold),
                                      Compared({Comparator::kAtLeast, kUp, 0, 200, 268, true}));
  BOOST_TEST(r.formula == "B ≥ A (268 ≥ 200) → w = 1.76");
  BOOST_TEST(r.reason == "达到目标，得满分");
}

BOOST_AUTO_TEST_CASE(missed_target_trace_says_the_comparison_fails) {
  const RuleResult r = ScoreThreshold(Method(RuleKind::kThreshold),
                                      Compared({Comparator::kAtLeast, kUp, 0, 200, 150, false}));
  BOOST_TEST(r.formula == "B ≥ A 不成立 (150 ≥ 200) → 0");
  BOOST_TEST(r.reason == "未达到目标，得 0 分");
}

BOOST_AUTO_TEST_CASE(equality_with_tolerance_shows_the_band) {
  MethodSpec spec = Method(RuleKind::kThreshold);
  spec.tolerance = 0.1;
  const RuleResult r =
      ScoreThreshold(spec, Compared({Comparator::kEqual, kUp, 0.1, 100, 109, true}));
  BOOST_TEST(r.formula == "|B − A| ≤ 0.1 × |A| (|109 − 100| ≤ 10) → w = 1.76");
}

BOOST_AUTO_TEST_CASE(text_targets_are_met_by_the_same_label) {
  const MethodSpec spec = Method(RuleKind::kThreshold);
  const RuleResult met = ScoreThreshold(spec, Texts("顺利完成", "顺利完成"));
  BOOST_TEST(met.points == 2.0);
  BOOST_TEST(met.formula == "「顺利完成」 = 「顺利完成」 → w = 2");
  const RuleResult not_met = ScoreThreshold(spec, Texts("顺利完成", "未完成"));
  BOOST_TEST(not_met.points == 0.0);
  BOOST_TEST(not_met.formula == "「未完成」 ≠ 「顺利完成」 → 0");
}

BOOST_AUTO_TEST_CASE(missing_actual_is_missing_data) {
  const RuleResult r =
      ScoreThreshold(Method(RuleKind::kThreshold), Numbers(1.76, 200, std::nullopt));
  BOOST_TEST(r.outcome == Outcome::kMissingData);
  BOOST_TEST(r.reason == "缺少实际完成值");
}

BOOST_AUTO_TEST_CASE(text_actual_against_a_number_cannot_be_scored) {
  RuleInput in = Numbers(1.76, 200, std::nullopt);
  in.actual_label = "已完成";
  const RuleResult r = ScoreThreshold(Method(RuleKind::kThreshold), in);
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "实际完成值「已完成」不是数值");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
