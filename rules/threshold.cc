#include "rules/threshold.h"

#include <cmath>
#include <string>

#include "indicators/utf8.h"
#include "rules/compare.h"
#include "rules/result.h"

namespace jixiao {
namespace {

RuleResult ByLabel(double w, const std::string& target,
                   const std::string& actual) {
  if (actual == target)
    return Scored(
        w, w, "「" + actual + "」 = 「" + target + "」 → w = " + TraceNumber(w),
        "达到目标，得满分");
  return Scored(0, w, "「" + actual + "」 ≠ 「" + target + "」 → 0",
                "未达到目标，得 0 分");
}

RuleResult ByNumber(const MethodSpec& spec, const RuleInput& in) {
  const double w = in.weight, a = *in.target, b = *in.actual;
  Comparator c = in.comparator;
  if (c != Comparator::kAtLeast && c != Comparator::kMoreThan &&
      c != Comparator::kEqual && c != Comparator::kAtMost &&
      c != Comparator::kLessThan)
    c = in.direction == Direction::kNegative ? Comparator::kAtMost
                                             : Comparator::kAtLeast;

  bool met = false;
  std::string rule, values;
  switch (c) {
    case Comparator::kMoreThan:
      met = Above(b, a);
      rule = "B > A";
      values = TraceNumber(b) + " > " + TraceNumber(a);
      break;
    case Comparator::kEqual:
      met = std::fabs(b - a) <= spec.tolerance * std::fabs(a) + CompareSlack(a);
      rule = spec.tolerance > 0
                 ? "|B − A| ≤ " + TraceNumber(spec.tolerance) + " × |A|"
                 : "B = A";
      values = spec.tolerance > 0
                   ? "|" + TraceNumber(b) + " − " + TraceNumber(a) + "| ≤ " +
                         TraceNumber(spec.tolerance * std::fabs(a))
                   : TraceNumber(b) + " = " + TraceNumber(a);
      break;
    case Comparator::kAtMost:
      met = AtMost(b, a);
      rule = "B ≤ A";
      values = TraceNumber(b) + " ≤ " + TraceNumber(a);
      break;
    case Comparator::kLessThan:
      met = Below(b, a);
      rule = "B < A";
      values = TraceNumber(b) + " < " + TraceNumber(a);
      break;
    default:
      met = AtLeast(b, a);
      rule = "B ≥ A";
      values = TraceNumber(b) + " ≥ " + TraceNumber(a);
      break;
  }
  if (met)
    return Scored(w, w, rule + " (" + values + ") → w = " + TraceNumber(w),
                  "达到目标，得满分");
  return Scored(0, w, rule + " 不成立 (" + values + ") → 0",
                "未达到目标，得 0 分");
}

}  // namespace

RuleResult ScoreThreshold(const MethodSpec& spec, const RuleInput& in) {
  const std::string target_label = RemoveWhitespace(in.target_label);
  const std::string actual_label = RemoveWhitespace(in.actual_label);
  if (!in.actual && actual_label.empty()) return MissingData("缺少实际完成值");
  if (!in.target && target_label.empty()) return MissingData("缺少目标值");
  if (!in.target && !in.actual)
    return ByLabel(in.weight, target_label, actual_label);
  if (auto bad = RequireTargetAndActual(in)) return *bad;
  return ByNumber(spec, in);
}

}  // namespace jixiao
