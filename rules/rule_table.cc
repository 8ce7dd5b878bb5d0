// ApplyRule: one table from RuleKind to the function that scores it (like
// ninja's kTools). Adding a method is one file, one row here and one test file.
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

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
};

// kFormula has no row: it needs a CompiledFormula (rules/formula.h).
constexpr RuleRow kRules[] = {
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

}  // namespace

RuleResult ApplyRule(const MethodSpec& spec, const RuleInput& in) {
  if (!std::isfinite(in.weight) || in.weight < 0)
    return CannotScore("分值无效（" + TraceNumber(in.weight) + "）");
  for (const RuleRow& row : kRules)
    if (row.kind == spec.kind) return row.score(spec, in);
  assert(spec.kind == RuleKind::kFormula);
  return CannotScore("公式方法需要先编译公式");
}

std::string TraceNumber(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "∞" : "-∞";
  char buffer[64];
  if (std::fabs(v) >= 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.6g", v);
    return buffer;
  }
  std::string s(buffer,
                std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, 6).ptr);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

}  // namespace jixiao
