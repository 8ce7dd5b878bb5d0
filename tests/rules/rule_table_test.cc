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

// Every method in each of its variants, for the explain test.
std::vector<MethodSpec> ExplainSpecs() {
  std::vector<MethodSpec> specs;
  for (RuleKind kind : AllRuleKinds())
    if (kind != RuleKind::kFormula) specs.push_back(Full(kind));
  for (RuleKind kind :
       {RuleKind::kBudgetExecution, RuleKind::kProportional, RuleKind::kProportionalFloor}) {
    MethodSpec capped = Full(kind);
    capped.cap_ratio = 1.2;  // over-achievement earns up to 1.2 × w
    specs.push_back(capped);
  }
  for (ReverseVariant variant :
       {ReverseVariant::kRatio, ReverseVariant::kLinear, ReverseVariant::kStep}) {
    MethodSpec reverse = Full(RuleKind::kReverse);
    reverse.reverse = variant;
    reverse.step_size = 10;
    specs.push_back(reverse);
  }
  for (DeductionMeasure measure :
       {DeductionMeasure::kCount, DeductionMeasure::kShortfall, DeductionMeasure::kExcess}) {
    MethodSpec deduction = Full(RuleKind::kDeduction);
    deduction.measure = measure;
    deduction.step_points = 4;
    deduction.step_size = 15;
    deduction.whole_steps = true;
    specs.push_back(deduction);
  }
  MethodSpec no_step = Full(RuleKind::kDeduction);
  no_step.step_size = 0;
  specs.push_back(no_step);
  MethodSpec linear = Full(RuleKind::kLinearDeduction);
  linear.deduction_rate = 2;
  specs.push_back(linear);
  MethodSpec exact = Full(RuleKind::kEqual);
  exact.tolerance = 0;
  specs.push_back(exact);
  MethodSpec threshold = Full(RuleKind::kThreshold);
  threshold.tolerance = 0.1;
  specs.push_back(threshold);
  MethodSpec by_ratio = Full(RuleKind::kBanded);
  by_ratio.band_measure = BandMeasure::kRatioPercent;
  specs.push_back(by_ratio);
  MethodSpec by_actual = Full(RuleKind::kBanded);
  by_actual.band_measure = BandMeasure::kActual;
  by_actual.bands = {Band{50, true, std::nullopt, false, 1, true, "", {}},
                     Band{std::nullopt, false, 50, false, 0.5, true, "", {}}};
  specs.push_back(by_actual);
  MethodSpec checklist = Full(RuleKind::kChecklist);
  checklist.items = {{"制度健全", 3}, {"档案完整", 4}, {"按时报送", 5}};
  specs.push_back(checklist);
  return specs;
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

// Batch scoring turns the trace off (RuleInput::explain = false): every built-in method, in each
// of its variants, on a grid of inputs that reaches every branch (A missing, 0, negative, met,
// exceeded; B missing, negative, short, over; labels, scales, bands, judgements, counts), must
// give the same outcome and points, no trace text, and the same reason for an outcome that is
// not scored (users see it).
BOOST_AUTO_TEST_CASE(explain_off_changes_no_score_and_builds_no_trace) {
  const std::vector<MethodSpec> specs = ExplainSpecs();
  const Scale grades{"优良中差",
                     {ScaleLevel{"优", {"优秀"}, 0.9, 1.0, true},
                      ScaleLevel{"良", {}, 0.8, 0.9, false}, ScaleLevel{"差", {}, 0.0, 0.8, false}},
                     {}};
  const std::vector<std::optional<double>> targets = {std::nullopt, 0.0, -5.0, 50.0, 100.0};
  const std::vector<std::optional<double>> actuals = {std::nullopt, -10.0, 0.0,   20.0,  49.0, 50.0,
                                                      85.0,         99.0,  100.0, 150.0, 250.0};
  const char* labels[] = {"", "合理", "不合理", "一般", "优秀", "良"};
  const char* bands[] = {"", "达成", "部分达成", "未达成", "很好"};
  const std::vector<std::string> satisfied[] = {
      {}, {"制度健全"}, {"制度健全", "档案完整", "按时报送"}, {"不存在的条款"}};
  const Comparator comparators[] = {Comparator::kNone, Comparator::kMoreThan, Comparator::kEqual,
                                    Comparator::kAtMost, Comparator::kLessThan};
  int scored = 0, not_scored = 0;
  size_t n = 0;
  for (const MethodSpec& spec : specs)
    for (const std::optional<double>& a : targets)
      for (const std::optional<double>& b : actuals)
        for (int variant = 0; variant < 3; ++variant, ++n) {
          RuleInput in = Numbers(10, a, b);
          in.comparator = comparators[n % 5];
          in.direction = n % 2 == 0 ? Direction::kPositive : Direction::kNegative;
          in.budget_full_year = a;
          in.budget_executed = b;
          in.count = b;
          if (b) in.entered_score = *b / 10;
          in.entered_band = bands[n % 5];
          in.satisfied = satisfied[n % 4];
          in.scale = n % 3 == 0 ? &grades : nullptr;
          if (variant > 0) {  // labels instead of, or beside, the numbers
            in.target_label = labels[1 + n % 2];
            in.actual_label = labels[(n / 3) % 6];
            if (variant == 2) in.target = in.actual = std::nullopt;
          }
          const RuleResult traced = ApplyRule(spec, in);
          in.explain = false;
          const RuleResult quiet = ApplyRule(spec, in);
          BOOST_TEST_CONTEXT(RuleKindCode(spec.kind)
                             << " case " << n << " A=" << (a ? *a : -999)
                             << " B=" << (b ? *b : -999) << " labels 「" << in.target_label
                             << "」「" << in.actual_label << "」 → " << traced.reason) {
            BOOST_TEST(quiet.outcome == traced.outcome);
            BOOST_TEST(quiet.points == traced.points);
            BOOST_TEST(quiet.formula.empty());
            if (traced.outcome == Outcome::kScored) {
              ++scored;
              BOOST_TEST(quiet.reason.empty());
              BOOST_TEST(!traced.formula.empty());
              BOOST_TEST(!traced.reason.empty());
            } else {
              ++not_scored;
              BOOST_TEST(quiet.reason == traced.reason);
              BOOST_TEST(!quiet.reason.empty());
            }
          }
        }
  // The grid reaches both kinds of outcome in bulk.
  BOOST_TEST(scored > 500);
  BOOST_TEST(not_scored > 500);
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
