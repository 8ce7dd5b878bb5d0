#include "rules/budget_execution.h"

#include <cmath>
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

RuleInput Budget(double w, std::optional<double> full_year, std::optional<double> executed) {
  RuleInput in;
  in.weight = w;
  in.budget_full_year = full_year;
  in.budget_executed = executed;
  return in;
}

struct Vector {
  double w, full_year, executed, cap_ratio, points;
};
std::ostream& operator<<(std::ostream& os, const Vector& v) {
  return os << "w=" << v.w << " 预算=" << v.full_year << " 执行=" << v.executed
            << " cap=" << v.cap_ratio << " → " << v.points;
}

const std::vector<Vector> kVectors = {
    {10, 160, 159.80445, 1, 9.987778125},  // DOMAIN §8 Beijing 农业嘉年华 (9.99 once rounded)
    {10, 100, 50, 1, 5},                   // DOMAIN §8 half executed
    {10, 100, 100, 1, 10},
    {10, 100, 120, 1, 10},  // over-execution does not earn more by default
    {20, 100, 0, 1, 0},     // Hubei weight, nothing executed
    {10, 100, 110, 1.2, 11},
    {10, 100, 150, 1.2, 12},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(budget_execution)

BOOST_DATA_TEST_CASE(score_is_weight_times_execution_rate_capped, bdata::make(kVectors), v) {
  MethodSpec spec = Method(RuleKind::kBudgetExecution);
  spec.cap_ratio = v.cap_ratio;
  const RuleResult r = ScoreBudgetExecution(spec, Budget(v.w, v.full_year, v.executed));
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == v.points, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(trace_shows_the_rule_with_values_and_the_rate) {
  const RuleResult r =
      ScoreBudgetExecution(Method(RuleKind::kBudgetExecution), Budget(10, 160, 159.80445));
  BOOST_TEST(r.formula == "w × min(执行数/预算数, 1) = 10 × min(159.80445/160, 1) = 9.987778");
  BOOST_TEST(r.reason == "执行率 99.88%");
}

BOOST_AUTO_TEST_CASE(over_execution_says_it_counts_as_the_cap) {
  const RuleResult r =
      ScoreBudgetExecution(Method(RuleKind::kBudgetExecution), Budget(10, 100, 120));
  BOOST_TEST(r.reason == "执行率 120%，按 100% 计");
}

BOOST_AUTO_TEST_CASE(reads_the_budget_figures_not_target_and_actual) {
  RuleInput in = Budget(10, 100, 50);
  in.target = 1;
  in.actual = 1;
  in.budget_initial = 1000;
  BOOST_TEST(ScoreBudgetExecution(Method(RuleKind::kBudgetExecution), in).points == 5.0);
}

BOOST_AUTO_TEST_CASE(zero_budget_cannot_be_scored_and_says_why) {
  const RuleResult r = ScoreBudgetExecution(Method(RuleKind::kBudgetExecution), Budget(10, 0, 0));
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "全年预算数为 0，无法计算执行率");
  BOOST_TEST(r.points == 0.0);
}

BOOST_AUTO_TEST_CASE(negative_figures_cannot_be_scored) {
  const MethodSpec spec = Method(RuleKind::kBudgetExecution);
  BOOST_TEST(ScoreBudgetExecution(spec, Budget(10, -5, 1)).reason ==
             "全年预算数为负数（-5），无法计算执行率");
  BOOST_TEST(ScoreBudgetExecution(spec, Budget(10, 100, -1)).reason ==
             "全年执行数为负数（-1），无法计算执行率");
}

BOOST_AUTO_TEST_CASE(missing_budget_figures_are_missing_data_naming_the_figure) {
  const MethodSpec spec = Method(RuleKind::kBudgetExecution);
  const RuleResult no_budget = ScoreBudgetExecution(spec, Budget(10, std::nullopt, 50));
  BOOST_TEST(no_budget.outcome == Outcome::kMissingData);
  BOOST_TEST(no_budget.reason == "缺少全年预算数");
  const RuleResult no_executed = ScoreBudgetExecution(spec, Budget(10, 100, std::nullopt));
  BOOST_TEST(no_executed.outcome == Outcome::kMissingData);
  BOOST_TEST(no_executed.reason == "缺少全年执行数");
}

BOOST_AUTO_TEST_CASE(infinite_figures_cannot_be_scored) {  // JX-R05
  const RuleResult r = ScoreBudgetExecution(MethodSpec{}, Budget(10, 100, HUGE_VAL));
  BOOST_TEST((r.outcome == Outcome::kCannotScore));
  BOOST_TEST(r.reason == "全年预算数或全年执行数不是有限数值");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
