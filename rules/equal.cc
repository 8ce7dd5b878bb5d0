#include "rules/equal.h"

#include <cmath>
#include <string>

#include "rules/compare.h"
#include "rules/proportional.h"
#include "rules/result.h"

namespace jixiao {

namespace {

bool WithinTolerance(const MethodSpec& spec, double a, double b) {
  return spec.tolerance > 0 && AtMost(std::fabs(b - a), spec.tolerance * a);
}

}  // namespace

std::optional<RawPoints> EqualPoints(const MethodSpec& spec, const PlainInput& in) {
  const double w = in.weight, a = in.target, b = in.actual;
  if (a < 0) return std::nullopt;
  if (a == 0) return RawPoints{b <= 0 ? w : 0, w};
  if (WithinTolerance(spec, a, b)) return RawPoints{w, w};
  return ProportionalPoints(spec, in);
}

RuleResult ScoreEqual(const MethodSpec& spec, const RuleInput& in) {
  if (auto bad = RequireTargetAndActual(in)) return *bad;
  const double w = in.weight, a = *in.target, b = *in.actual;
  if (a < 0) return CannotScore("目标值为负数（" + TraceNumber(a) + "），无法计分");
  if (a == 0) {
    const RawPoints raw = *EqualPoints(spec, Plain(in));
    if (b <= 0)
      return Scored(
          raw.points, raw.max,
          Explain(in,
                  [&] { return "A = 0, B ≤ 0 (" + TraceNumber(b) + ") → w = " + TraceNumber(w); }),
          Explain(in, [] { return "目标值为 0，B ≤ 0，得满分"; }));
    return Scored(raw.points, raw.max,
                  Explain(in, [&] { return "A = 0, B > 0 (" + TraceNumber(b) + ") → 0"; }),
                  Explain(in, [] { return "目标值为 0，B > 0，得 0 分"; }));
  }
  if (WithinTolerance(spec, a, b))
    return Scored(w, w,
                  Explain(in,
                          [&] {
                            return "|B − A| ≤ " + TraceNumber(spec.tolerance) + " × A (|" +
                                   TraceNumber(b) + " − " + TraceNumber(a) + "| ≤ " +
                                   TraceNumber(spec.tolerance * a) + ") → w = " + TraceNumber(w);
                          }),
                  Explain(in, [&] {
                    return "偏差 " + PercentText(std::fabs(b - a) / a) + "，在容差 " +
                           PercentText(spec.tolerance) + " 以内，得满分";
                  }));
  return ScoreProportional(spec, in);
}

}  // namespace jixiao
