#include "rules/equal.h"

#include <cmath>
#include <string>

#include "rules/compare.h"
#include "rules/proportional.h"
#include "rules/result.h"

namespace jixiao {

RuleResult ScoreEqual(const MethodSpec& spec, const RuleInput& in) {
  if (auto bad = RequireTargetAndActual(in)) return *bad;
  const double w = in.weight, a = *in.target, b = *in.actual;
  if (a < 0) return CannotScore("目标值为负数（" + TraceNumber(a) + "），无法计分");
  if (a == 0) {
    if (b <= 0)
      return Scored(w, w, "A = 0, B ≤ 0 (" + TraceNumber(b) + ") → w = " + TraceNumber(w),
                    "目标值为 0，B ≤ 0，得满分");
    return Scored(0, w, "A = 0, B > 0 (" + TraceNumber(b) + ") → 0", "目标值为 0，B > 0，得 0 分");
  }
  const double deviation = std::fabs(b - a);
  if (spec.tolerance > 0 && AtMost(deviation, spec.tolerance * a))
    return Scored(w, w,
                  "|B − A| ≤ " + TraceNumber(spec.tolerance) + " × A (|" + TraceNumber(b) + " − " +
                      TraceNumber(a) + "| ≤ " + TraceNumber(spec.tolerance * a) +
                      ") → w = " + TraceNumber(w),
                  "偏差 " + PercentText(deviation / a) + "，在容差 " + PercentText(spec.tolerance) +
                      " 以内，得满分");
  return ScoreProportional(spec, in);
}

}  // namespace jixiao
