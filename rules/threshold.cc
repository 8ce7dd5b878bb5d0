#include "rules/threshold.h"

#include <cmath>
#include <string>

#include "indicators/utf8.h"
#include "rules/compare.h"
#include "rules/result.h"

namespace jixiao {
namespace {

RuleResult ByLabel(const RuleInput& in, const std::string& target, const std::string& actual) {
  const double w = in.weight;
  if (actual == target)
    return Scored(
        w, w,
        Explain(in,
                [&] { return "「" + actual + "」 = 「" + target + "」 → w = " + TraceNumber(w); }),
        Explain(in, [] { return "达到目标，得满分"; }));
  return Scored(0, w, Explain(in, [&] { return "「" + actual + "」 ≠ 「" + target + "」 → 0"; }),
                Explain(in, [] { return "未达到目标，得 0 分"; }));
}

// The comparator a number is checked with: the target's own, or, when it has
// none, the one its direction implies (正向 ≥, 反向 ≤).
Comparator EffectiveComparator(Comparator c, Direction direction) {
  switch (c) {
    case Comparator::kAtLeast:
    case Comparator::kMoreThan:
    case Comparator::kEqual:
    case Comparator::kAtMost:
    case Comparator::kLessThan:
      return c;
    case Comparator::kNone:
    case Comparator::kQualitative:
      break;
  }
  return direction == Direction::kNegative ? Comparator::kAtMost : Comparator::kAtLeast;
}

bool Met(Comparator c, double a, double b, double tolerance) {
  switch (c) {
    case Comparator::kMoreThan:
      return Above(b, a);
    case Comparator::kAtMost:
      return AtMost(b, a);
    case Comparator::kLessThan:
      return Below(b, a);
    case Comparator::kEqual:
      return std::fabs(b - a) <= tolerance * std::fabs(a) + CompareSlack(a);
    default:
      return AtLeast(b, a);
  }
}

// Whether B meets A, with the comparison in symbols and in numbers.
struct Comparison {
  bool met = false;
  std::string rule;    // "B ≥ A"
  std::string values;  // "268 ≥ 200"
};

// The texts are left empty unless `explain`.
Comparison Compare(Comparator c, double a, double b, double tolerance, bool explain) {
  const bool met = Met(c, a, b, tolerance);
  if (!explain) return Comparison{met, {}, {}};
  const auto plain = [&](const char* symbol) {
    return Comparison{met, std::string("B ") + symbol + " A",
                      TraceNumber(b) + " " + symbol + " " + TraceNumber(a)};
  };
  switch (c) {
    case Comparator::kMoreThan:
      return plain(">");
    case Comparator::kAtMost:
      return plain("≤");
    case Comparator::kLessThan:
      return plain("<");
    case Comparator::kEqual: {
      if (tolerance <= 0) return plain("=");
      const double band = tolerance * std::fabs(a);
      return Comparison{met, "|B − A| ≤ " + TraceNumber(tolerance) + " × |A|",
                        "|" + TraceNumber(b) + " − " + TraceNumber(a) + "| ≤ " + TraceNumber(band)};
    }
    default:
      return plain("≥");
  }
}

RuleResult ByNumber(const MethodSpec& spec, const RuleInput& in) {
  const double w = in.weight;
  const Comparison c = Compare(EffectiveComparator(in.comparator, in.direction), *in.target,
                               *in.actual, spec.tolerance, in.explain);
  if (c.met)
    return Scored(
        w, w, Explain(in, [&] { return c.rule + " (" + c.values + ") → w = " + TraceNumber(w); }),
        Explain(in, [] { return "达到目标，得满分"; }));
  return Scored(0, w, Explain(in, [&] { return c.rule + " 不成立 (" + c.values + ") → 0"; }),
                Explain(in, [] { return "未达到目标，得 0 分"; }));
}

}  // namespace

std::optional<RawPoints> ThresholdPoints(const MethodSpec& spec, const PlainInput& in) {
  const bool met =
      Met(EffectiveComparator(in.comparator, in.direction), in.target, in.actual, spec.tolerance);
  return RawPoints{met ? in.weight : 0, in.weight};
}

RuleResult ScoreThreshold(const MethodSpec& spec, const RuleInput& in) {
  if (in.target && in.actual) {  // the usual case, without copying the labels
    if (auto bad = RequireTargetAndActual(in)) return *bad;
    return ByNumber(spec, in);
  }
  const std::string target_label = RemoveWhitespace(in.target_label);
  const std::string actual_label = RemoveWhitespace(in.actual_label);
  if (!in.actual && actual_label.empty()) return MissingData("缺少实际完成值");
  if (!in.target && target_label.empty()) return MissingData("缺少目标值");
  if (!in.target && !in.actual) return ByLabel(in, target_label, actual_label);
  if (auto bad = RequireTargetAndActual(in)) return *bad;
  return ByNumber(spec, in);
}

bool TargetMet(Comparator c, Direction direction, double a, double b, double tolerance) {
  return Met(EffectiveComparator(c, direction), a, b, tolerance);
}

}  // namespace jixiao
