// Building RuleResults: the outcomes, the number formats traces use, and the
// checks every numeric method makes on its inputs before computing anything.
#ifndef JIXIAO_RULES_RESULT_H_
#define JIXIAO_RULES_RESULT_H_

#include <optional>
#include <string>

#include "indicators/method.h"
#include "rules/rule.h"

namespace jixiao {

/// A scored result. `points` is clamped to [0, max_points]; when the clamp
/// changes it, the formula gains "→ clamped" and the reason says "最低 0 分" or
/// "最高 X 分" (unless both are empty: a result built without its trace text stays without it).
/// A NaN or infinite `points` gives kCannotScore instead, so no method can return a non-finite
/// score.
RuleResult Scored(double points, double max_points, std::string formula, std::string reason);

/// `make()`, the text of a trace, when `in.explain`; otherwise "" without building it. For
/// formulas and the reasons of scored results; a reason for not scoring is always given.
template <typename Make>
std::string Explain(const RuleInput& in, Make make) {
  return in.explain ? std::string(make()) : std::string();
}

/// The plain numbers of `in`, for a method's PlainRule. REQUIRES: in.target and in.actual set.
PlainInput Plain(const RuleInput& in);

/// kMissingData: a value the method needs is absent. `reason` names it
/// ("缺少实际完成值").
RuleResult MissingData(std::string reason);

/// kCannotScore: the values are present but unusable ("目标值为
/// 0，无法计算比例").
RuleResult CannotScore(std::string reason);

/// The most a method with a cap may give: w, or cap_ratio × w when the template
/// allows over-achievement to earn more (cap_ratio > 1; M1, M2, M10).
inline double CapPoints(const MethodSpec& spec, double weight) {
  return spec.cap_ratio > 1 ? spec.cap_ratio * weight : weight;
}

/// A ratio as a percentage with at most 2 decimals, half-up on the decimal value as the form
/// prints it: 0.998778 → "99.88%", 0.52675 → "52.68%", 0.8 → "80%".
std::string PercentText(double ratio);

/// Points with exactly 2 decimals, for messages that quote a range: 9 → "9.00".
std::string PointsText(double points);

/// Checks that A is a finite number: absent gives kMissingData "缺少目标值",
/// text gives kCannotScore "目标值「合理」不是数值". Returns nullopt when A is
/// usable.
std::optional<RuleResult> RequireTarget(const RuleInput& in);

/// As RequireTarget, for B ("缺少实际完成值", "实际完成值「…」不是数值").
std::optional<RuleResult> RequireActual(const RuleInput& in);

/// RequireTarget, then RequireActual.
std::optional<RuleResult> RequireTargetAndActual(const RuleInput& in);

}  // namespace jixiao

#endif  // JIXIAO_RULES_RESULT_H_
