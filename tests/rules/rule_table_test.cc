#include <cmath>
#include <limits>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "rules/banded.h"
#include "rules/budget_execution.h"
#include "rules/checklist.h"
#include "rules/deduction.h"
#include "rules/equal.h"
#include "rules/proportional.h"
#include "rules/qualitative.h"
#include "rules/reverse.h"
#include "rules/rule.h"
#include "rules/threshold.h"
#include "tests/rules/rule_testing.h"

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;

using ScoreFunction = RuleResult (*)(const MethodSpec&, const RuleInput&);

struct Row {
  RuleKind kind;
  ScoreFunction score;
};
std::ostream& operator<<(std::ostream& os, const Row& r) { return os << RuleKindCode(r.kind); }

// What ApplyRule must dispatch to, written out independently of rule_table.cc.
const std::vector<Row> kExpected = {
    {RuleKind::kBudgetExecution, ScoreBudgetExecution},
    {RuleKind::kProportional, ScoreProportional},
    {RuleKind::kReverse, ScoreReverse},
    {RuleKind::kEqual, ScoreEqual},
    {RuleKind::kThreeTier, ScoreThreeTier},
    {RuleKind::kBanded, ScoreBanded},
    {RuleKind::kDeduction, ScoreDeduction},
    {RuleKind::kChecklist, ScoreChecklist},
    {RuleKind::kThreshold, ScoreThreshold},
    {RuleKind::kProportionalFloor, ScoreProportionalFloor},
    {RuleKind::kLinearDeduction, ScoreLinearDeduction},
    {RuleKind::kQualitativeMatch, ScoreQualitativeMatch},
    {RuleKind::kDefaultFull, ScoreDefaultFull},
    {RuleKind::kManual, ScoreManual},
};

// An input every method can score: numbers, labels, budget, a judgement, a
// count.
RuleInput Everything() {
  RuleInput in = Numbers(10, 100, 90);
  in.target_label = "合理";
  in.actual_label = "合理";
  in.budget_full_year = 100;
  in.budget_executed = 95;
  in.entered_score = 7;
  in.count = 1;
  return in;
}

MethodSpec Full(RuleKind kind) {
  MethodSpec spec = Method(kind);
  spec.step_points = 1;
  spec.tolerance = 0.2;  // M4 then differs from M2 on Everything()
  spec.bands = {Band{80, true, 95, false, 6, false, "80%(含)-95%", {}}};
  spec.items = {{"制度健全", 3}};
  return spec;
}

struct TraceCase {
  double v;
  const char* text;
};
std::ostream& operator<<(std::ostream& os, const TraceCase& c) { return os << c.text; }

const std::vector<TraceCase> kTraceNumbers = {
    {7.7333333333, "7.733333"},
    {58, "58"},
    {0, "0"},
    {-0.0, "0"},
    {-1e-9, "0"},
    {1.5, "1.5"},
    {9.987778125, "9.987778"},
    {0.1 + 0.2, "0.3"},
    {2.73 * 0.52, "1.4196"},
    {-2.5, "-2.5"},
    {159.80445, "159.80445"},
    {1e20, "1e+20"},
    {std::numeric_limits<double>::quiet_NaN(), "NaN"},
    {std::numeric_limits<double>::infinity(), "∞"},
};

// Values that break naive arithmetic: zero, negatives, the tiny, the huge.
const std::vector<double> kExtremes = {0, -1, 1e-300, 1, 100, 1e300};

}  // namespace

BOOST_AUTO_TEST_SUITE(rule_table)

BOOST_DATA_TEST_CASE(apply_rule_dispatches_each_kind_to_its_method, bdata::make(kExpected), row) {
  const MethodSpec spec = Full(row.kind);
  const RuleResult via_table = ApplyRule(spec, Everything());
  const RuleResult direct = row.score(spec, Everything());
  BOOST_TEST(via_table.outcome == Outcome::kScored);
  BOOST_TEST(via_table.points == direct.points);
  BOOST_TEST(via_table.formula == direct.formula);
  BOOST_TEST(via_table.reason == direct.reason);
}

// Without this, a row pointing at the wrong method could pass the dispatch
// test.
BOOST_AUTO_TEST_CASE(each_method_leaves_a_distinct_trace_on_the_shared_input) {
  std::set<std::string> formulas;
  for (const Row& row : kExpected) formulas.insert(row.score(Full(row.kind), Everything()).formula);
  BOOST_TEST(formulas.size() == kExpected.size());
}

BOOST_AUTO_TEST_CASE(every_kind_but_formula_has_a_method) {
  for (RuleKind kind : AllRuleKinds()) {
    if (kind == RuleKind::kFormula) continue;
    BOOST_TEST_CONTEXT(RuleKindCode(kind)) {
      BOOST_TEST(!ApplyRule(Full(kind), Everything()).formula.empty());
    }
  }
}

// Batch scoring turns the trace off; scores and outcomes must not notice, over a grid of
// targets and actuals that reaches every branch of the numeric methods.
BOOST_DATA_TEST_CASE(explain_off_changes_no_score, bdata::make(kExpected), row) {
  for (double a : {0.0, 50.0, 100.0})
    for (double b : {-10.0, 0.0, 20.0, 49.0, 50.0, 99.0, 100.0, 150.0, 250.0}) {
      RuleInput in = Everything();
      in.target = a;
      in.actual = b;
      in.budget_executed = b;
      const RuleResult traced = row.score(Full(row.kind), in);
      in.explain = false;
      const RuleResult quiet = row.score(Full(row.kind), in);
      BOOST_TEST_CONTEXT("A = " << a << ", B = " << b) {
        BOOST_TEST(quiet.outcome == traced.outcome);
        BOOST_TEST(quiet.points == traced.points);
        if (quiet.outcome != Outcome::kScored) BOOST_TEST(quiet.reason == traced.reason);
      }
    }
}

BOOST_AUTO_TEST_CASE(invalid_weight_cannot_be_scored) {
  RuleInput in = Everything();
  in.weight = -1;
  const RuleResult r = ApplyRule(Full(RuleKind::kProportional), in);
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "分值无效（-1）");
  in.weight = std::numeric_limits<double>::quiet_NaN();
  BOOST_TEST(ApplyRule(Full(RuleKind::kDefaultFull), in).reason == "分值无效（NaN）");
}

BOOST_AUTO_TEST_CASE(no_method_returns_a_non_finite_or_out_of_range_score) {
  for (RuleKind kind : AllRuleKinds()) {
    if (kind == RuleKind::kFormula) continue;
    for (double a : kExtremes)
      for (double b : kExtremes) {
        RuleInput in = Everything();
        in.target = a;
        in.actual = b;
        in.budget_full_year = a;
        in.budget_executed = b;
        in.count = b;
        const RuleResult r = ApplyRule(Full(kind), in);
        BOOST_TEST_CONTEXT(RuleKindCode(kind) << " A=" << a << " B=" << b) {
          BOOST_TEST(std::isfinite(r.points));
          BOOST_TEST(r.points >= 0);
          BOOST_TEST(r.points <= in.weight);
          if (r.outcome != Outcome::kScored) BOOST_TEST(r.points == 0);
        }
      }
  }
}

BOOST_DATA_TEST_CASE(trace_number_keeps_up_to_six_decimals, bdata::make(kTraceNumbers), c) {
  BOOST_TEST(TraceNumber(c.v) == c.text);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
