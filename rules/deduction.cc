#include "rules/deduction.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include "rules/compare.h"
#include "rules/result.h"

namespace jixiao {
namespace {

// n, how it is written in the rule ("n", "max(0, B − A)") and with the values
// substituted (the texts only when `in.explain`).
struct Deviation {
  double n = 0;
  std::string symbol;
  std::string values;
  std::string description;  // for the reason: "n = 3", "超出目标 10万元"
};

// Reads n for spec.measure, or the result explaining why it cannot.
std::optional<RuleResult> ReadDeviation(const MethodSpec& spec, const RuleInput& in,
                                        Deviation& out) {
  if (spec.measure == DeductionMeasure::kCount) {
    if (!in.count) return MissingData("缺少扣分次数");
    if (!std::isfinite(*in.count) || *in.count < 0)
      return CannotScore("扣分次数无效（" + TraceNumber(*in.count) + "）");
    out.n = *in.count;
    if (in.explain) out = {out.n, "n", TraceNumber(out.n), "n = " + TraceNumber(out.n)};
    return std::nullopt;
  }
  if (auto bad = RequireTargetAndActual(in)) return bad;
  const double a = *in.target, b = *in.actual;
  const bool shortfall = spec.measure == DeductionMeasure::kShortfall;
  out.n = std::max(0.0, shortfall ? a - b : b - a);
  if (!in.explain) return std::nullopt;
  if (shortfall) {
    out.symbol = "max(0, A − B)";
    out.values = "max(0, " + TraceNumber(a) + " − " + TraceNumber(b) + ")";
    out.description = out.n > 0 ? "低于目标 " + TraceNumber(out.n) + in.unit : "未低于目标";
  } else {
    out.symbol = "max(0, B − A)";
    out.values = "max(0, " + TraceNumber(b) + " − " + TraceNumber(a) + ")";
    out.description = out.n > 0 ? "超出目标 " + TraceNumber(out.n) + in.unit : "未超出目标";
  }
  return std::nullopt;
}

}  // namespace

RuleResult ScoreDeduction(const MethodSpec& spec, const RuleInput& in) {
  if (!(spec.step_size > 0) || !std::isfinite(spec.step_size))
    return CannotScore("扣分步长必须大于 0（当前为 " + TraceNumber(spec.step_size) + "）");
  Deviation d;
  if (auto bad = ReadDeviation(spec, in, d)) return *bad;

  // steps = n / step_size, ⌈…⌉ when whole_steps; the slack keeps 0.3/0.1 at 3
  // steps, not 4.
  double steps = d.n / spec.step_size;
  if (spec.whole_steps) steps = std::ceil(steps - CompareSlack(steps));
  const double w = in.weight, k = spec.step_points;
  const double deducted = k * steps;
  const double points = std::max(0.0, w - deducted);
  return Scored(points, w,
                Explain(in,
                        [&] {
                          std::string steps_symbol = d.symbol, steps_values = d.values;
                          if (spec.step_size != 1) {
                            steps_symbol += "/" + TraceNumber(spec.step_size);
                            steps_values += "/" + TraceNumber(spec.step_size);
                          }
                          if (spec.whole_steps) {
                            steps_symbol = "⌈" + steps_symbol + "⌉";
                            steps_values = "⌈" + steps_values + "⌉";
                          }
                          return "max(0, w − k × " + steps_symbol + ") = max(0, " + TraceNumber(w) +
                                 " − " + TraceNumber(k) + " × " + steps_values +
                                 ") = " + TraceNumber(points);
                        }),
                Explain(in, [&] {
                  if (deducted <= 0) return d.description + "，未扣分";
                  return d.description + "，扣 " + TraceNumber(deducted) + " 分" +
                         (points == 0 ? "，扣完为止" : "");
                }));
}

}  // namespace jixiao
