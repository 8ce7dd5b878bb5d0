// ApplyRule: one table from RuleKind to the function that scores it (like
// ninja's kTools). Adding a method is one file, one row here and one test file.
#include <cassert>
#include <cmath>
#include <cstdio>
#include <string>

#include "indicators/number_text.h"
#include "rules/banded.h"
#include "rules/budget_execution.h"
#include "rules/checklist.h"
#include "rules/deduction.h"
#include "rules/equal.h"
#include "rules/proportional.h"
#include "rules/qualitative.h"
#include "rules/result.h"
#include "rules/reverse.h"
#include "rules/rule.h"
#include "rules/threshold.h"

namespace jixiao {
namespace {

using ScoreFunction = RuleResult (*)(const MethodSpec&, const RuleInput&);

struct RuleRow {
  RuleKind kind;
  ScoreFunction score;
  PlainRule plain;  // its arithmetic on plain numbers, for methods that need only A and B
};

// kFormula has no row: it needs a CompiledFormula (rules/formula.h).
constexpr RuleRow kRules[] = {
    {RuleKind::kBudgetExecution, ScoreBudgetExecution, nullptr},
    {RuleKind::kProportional, ScoreProportional, ProportionalPoints},
    {RuleKind::kReverse, ScoreReverse, ReversePoints},
    {RuleKind::kEqual, ScoreEqual, EqualPoints},
    {RuleKind::kThreeTier, ScoreThreeTier, nullptr},
    {RuleKind::kBanded, ScoreBanded, nullptr},
    {RuleKind::kDeduction, ScoreDeduction, nullptr},
    {RuleKind::kChecklist, ScoreChecklist, nullptr},
    {RuleKind::kThreshold, ScoreThreshold, ThresholdPoints},
    {RuleKind::kProportionalFloor, ScoreProportionalFloor, ProportionalFloorPoints},
    {RuleKind::kLinearDeduction, ScoreLinearDeduction, LinearDeductionPoints},
    {RuleKind::kQualitativeMatch, ScoreQualitativeMatch, nullptr},
    {RuleKind::kDefaultFull, ScoreDefaultFull, DefaultFullPoints},
    {RuleKind::kManual, ScoreManual, nullptr},
};

}  // namespace

RuleResult ApplyRule(const MethodSpec& spec, const RuleInput& in) {
  if (!std::isfinite(in.weight) || in.weight < 0)
    return CannotScore("分值无效（" + TraceNumber(in.weight) + "）");
  for (const RuleRow& row : kRules)
    if (row.kind == spec.kind) return row.score(spec, in);
  assert(spec.kind == RuleKind::kFormula);
  return CannotScore("公式方法需要先编译公式");
}

PlainRule FindPlainRule(RuleKind kind) {
  for (const RuleRow& row : kRules)
    if (row.kind == kind) return row.plain;
  return nullptr;
}

std::string TraceNumber(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "∞" : "-∞";
  char buffer[64];
  if (std::fabs(v) >= 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.6g", v);
    return buffer;
  }
  return NumberText(v, 6);
}

}  // namespace jixiao
