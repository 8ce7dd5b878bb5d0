#include "rules/proportional.h"

#include <algorithm>
#include <string>
#include <utility>

#include "rules/result.h"

namespace jixiao {
namespace {

// M10 and M11 divide by A and have no rule for A ≤ 0.
std::optional<RuleResult> RequirePositiveTarget(double target) {
  if (target == 0) return CannotScore("目标值为 0，无法计算比例");
  if (target < 0) return CannotScore("目标值为负数（" + TraceNumber(target) + "），无法计算比例");
  return std::nullopt;
}

RuleResult FullMarksWhenMet(const RuleInput& in, double w, double a, double b) {
  return Scored(w, w,
                Explain(in,
                        [&] {
                          return "B ≥ A (" + TraceNumber(b) + " ≥ " + TraceNumber(a) +
                                 ") → w = " + TraceNumber(w);
                        }),
                Explain(in, [] { return "B ≥ A，得满分"; }));
}

}  // namespace

std::optional<RawPoints> ProportionalPoints(const MethodSpec& spec, const PlainInput& in) {
  const double w = in.weight, a = in.target, b = in.actual;
  if (a < 0) return std::nullopt;
  if (a == 0) return RawPoints{b >= 0 ? w : 0, w};
  if (b >= a && spec.cap_ratio <= 1) return RawPoints{w, w};
  const double ratio = b / a;
  if (b >= a) {
    const double cap = spec.cap_ratio * w;
    return RawPoints{std::min(w * ratio, cap), cap};
  }
  return RawPoints{w * ratio, w};
}

RuleResult ScoreProportional(const MethodSpec& spec, const RuleInput& in) {
  if (auto bad = RequireTargetAndActual(in)) return *bad;
  const double w = in.weight, a = *in.target, b = *in.actual;
  if (a < 0) return CannotScore("目标值为负数（" + TraceNumber(a) + "），无法按比例计分");
  const RawPoints raw = *ProportionalPoints(spec, Plain(in));
  if (a == 0) {
    if (b >= 0)
      return Scored(
          raw.points, raw.max,
          Explain(in,
                  [&] { return "A = 0, B ≥ 0 (" + TraceNumber(b) + ") → w = " + TraceNumber(w); }),
          Explain(in, [] { return "目标值为 0，B ≥ 0，得满分"; }));
    return Scored(raw.points, raw.max,
                  Explain(in, [&] { return "A = 0, B < 0 (" + TraceNumber(b) + ") → 0"; }),
                  Explain(in, [] { return "目标值为 0，B < 0，得 0 分"; }));
  }
  const double ratio = b / a;
  if (b >= a && spec.cap_ratio <= 1) return FullMarksWhenMet(in, w, a, b);
  if (b >= a) {
    const double cap = raw.max;
    const double points = raw.points;
    return Scored(
        points, cap,
        Explain(in,
                [&] {
                  return "min(w × B/A, " + TraceNumber(spec.cap_ratio) + " × w) = min(" +
                         TraceNumber(w) + " × " + TraceNumber(b) + "/" + TraceNumber(a) + ", " +
                         TraceNumber(cap) + ") = " + TraceNumber(points);
                }),
        Explain(in, [&] { return "完成比例 " + PercentText(ratio) + "，超额按比例计分"; }));
  }
  const double points = raw.points;
  return Scored(points, raw.max,
                Explain(in,
                        [&] {
                          return "w × B/A = " + TraceNumber(w) + " × " + TraceNumber(b) + "/" +
                                 TraceNumber(a) + " = " + TraceNumber(points);
                        }),
                Explain(in, [&] { return "完成比例 " + PercentText(ratio); }));
}

std::optional<RawPoints> ProportionalFloorPoints(const MethodSpec& spec, const PlainInput& in) {
  const double w = in.weight, a = in.target, b = in.actual;
  if (a <= 0) return std::nullopt;
  const double ratio = b / a;
  if (ratio < spec.floor_ratio) return RawPoints{0, w};
  return RawPoints{std::min(w * ratio, spec.cap_ratio * w), CapPoints(spec, w)};
}

RuleResult ScoreProportionalFloor(const MethodSpec& spec, const RuleInput& in) {
  if (auto bad = RequireTargetAndActual(in)) return *bad;
  const double w = in.weight, a = *in.target, b = *in.actual;
  if (auto bad = RequirePositiveTarget(a)) return *bad;
  const RawPoints raw = *ProportionalFloorPoints(spec, Plain(in));
  const double ratio = b / a;
  if (ratio < spec.floor_ratio)
    return Scored(raw.points, raw.max,
                  Explain(in,
                          [&] {
                            return "B/A = " + TraceNumber(b) + "/" + TraceNumber(a) + " = " +
                                   TraceNumber(ratio) + " < " + TraceNumber(spec.floor_ratio) +
                                   " → 0";
                          }),
                  Explain(in, [&] {
                    return "完成比例 " + PercentText(ratio) + "，低于 " +
                           PercentText(spec.floor_ratio) + "，不得分";
                  }));
  const double cap = spec.cap_ratio * w;
  const double points = raw.points;
  return Scored(points, raw.max,
                Explain(in,
                        [&] {
                          const std::string cap_text =
                              spec.cap_ratio == 1 ? "w" : TraceNumber(spec.cap_ratio) + " × w";
                          return "min(w × B/A, " + cap_text + ") = min(" + TraceNumber(w) + " × " +
                                 TraceNumber(b) + "/" + TraceNumber(a) + ", " + TraceNumber(cap) +
                                 ") = " + TraceNumber(points);
                        }),
                Explain(in, [&] {
                  return "完成比例 " + PercentText(ratio) + (w * ratio > cap ? "，按最高分计" : "");
                }));
}

std::optional<RawPoints> LinearDeductionPoints(const MethodSpec& spec, const PlainInput& in) {
  const double w = in.weight, a = in.target, b = in.actual;
  if (a <= 0) return std::nullopt;
  if (b >= a) return RawPoints{w, w};
  return RawPoints{std::max(0.0, w * (1 - spec.deduction_rate * ((a - b) / a))), w};
}

RuleResult ScoreLinearDeduction(const MethodSpec& spec, const RuleInput& in) {
  if (auto bad = RequireTargetAndActual(in)) return *bad;
  const double w = in.weight, a = *in.target, b = *in.actual;
  if (auto bad = RequirePositiveTarget(a)) return *bad;
  if (b >= a) return FullMarksWhenMet(in, w, a, b);
  const RawPoints raw = *LinearDeductionPoints(spec, Plain(in));
  const double k = spec.deduction_rate;
  const double shortfall = (a - b) / a;
  const double points = raw.points;
  return Scored(
      points, raw.max,
      Explain(in,
              [&] {
                return "max(0, w × (1 − k × (A − B)/A)) = max(0, " + TraceNumber(w) + " × (1 − " +
                       TraceNumber(k) + " × (" + TraceNumber(a) + " − " + TraceNumber(b) + ")/" +
                       TraceNumber(a) + ")) = " + TraceNumber(points);
              }),
      Explain(in, [&] {
        return "比目标低 " + PercentText(shortfall) + "，扣分值的 " +
               PercentText(std::min(1.0, k * shortfall)) + (points == 0 ? "，扣完为止" : "");
      }));
}

}  // namespace jixiao
