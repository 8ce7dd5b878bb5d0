#include "rules/reverse.h"

#include <string>

#include "rules/deduction.h"
#include "rules/result.h"

namespace jixiao {

std::optional<RawPoints> ReversePoints(const MethodSpec& spec, const PlainInput& in) {
  const double w = in.weight, a = in.target, b = in.actual;
  if (a < 0) return std::nullopt;
  if (b <= a) return RawPoints{w, w};
  if (spec.reverse == ReverseVariant::kStep) return std::nullopt;
  if (a == 0) return RawPoints{0, w};
  if (spec.reverse == ReverseVariant::kRatio) return RawPoints{w * a / b, w};
  if (b >= 2 * a) return RawPoints{0, w};
  return RawPoints{w * (1 - (b - a) / a), w};
}

RuleResult ScoreReverse(const MethodSpec& spec, const RuleInput& in) {
  if (auto bad = RequireTargetAndActual(in)) return *bad;
  const double w = in.weight, a = *in.target, b = *in.actual;
  if (a < 0) return CannotScore("目标值为负数（" + TraceNumber(a) + "），无法计分");
  if (b <= a)
    return Scored(w, w,
                  Explain(in,
                          [&] {
                            return "B ≤ A (" + TraceNumber(b) + " ≤ " + TraceNumber(a) +
                                   ") → w = " + TraceNumber(w);
                          }),
                  Explain(in, [] { return "B ≤ A，得满分"; }));
  if (spec.reverse == ReverseVariant::kStep) {
    MethodSpec by_excess = spec;
    by_excess.measure = DeductionMeasure::kExcess;
    return ScoreDeduction(by_excess, in);
  }
  if (a == 0)
    return Scored(0, w, Explain(in, [&] { return "A = 0, B > 0 (" + TraceNumber(b) + ") → 0"; }),
                  Explain(in, [] { return "目标值为 0，实际完成值超出，得 0 分"; }));

  const auto excess = [&](const char* then) {
    return Explain(in, [&] { return "超出目标 " + PercentText((b - a) / a) + then; });
  };
  const RawPoints raw = *ReversePoints(spec, Plain(in));
  if (spec.reverse == ReverseVariant::kRatio) {
    const double points = raw.points;
    return Scored(points, raw.max,
                  Explain(in,
                          [&] {
                            return "w × A/B = " + TraceNumber(w) + " × " + TraceNumber(a) + "/" +
                                   TraceNumber(b) + " = " + TraceNumber(points);
                          }),
                  excess("，按 A/B 计分"));
  }
  if (b >= 2 * a)
    return Scored(
        0, w,
        Explain(in,
                [&] { return "B ≥ 2A (" + TraceNumber(b) + " ≥ " + TraceNumber(2 * a) + ") → 0"; }),
        excess("，达到目标的 2 倍，得 0 分"));
  const double points = raw.points;
  return Scored(points, raw.max,
                Explain(in,
                        [&] {
                          return "w × (1 − (B − A)/A) = " + TraceNumber(w) + " × (1 − (" +
                                 TraceNumber(b) + " − " + TraceNumber(a) + ")/" + TraceNumber(a) +
                                 ") = " + TraceNumber(points);
                        }),
                excess("，按超出比例线性扣分"));
}

}  // namespace jixiao
