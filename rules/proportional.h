// Scoring in proportion to completion, for higher-is-better targets: M2, M10
// and M11.
#ifndef JIXIAO_RULES_PROPORTIONAL_H_
#define JIXIAO_RULES_PROPORTIONAL_H_

#include "indicators/method.h"
#include "rules/rule.h"

namespace jixiao {

/// M2 正向比例 (central notes): B ≥ A → w; else w × B/A, at least 0. With
/// cap_ratio > 1, over-achievement earns min(w × B/A, cap_ratio × w). A = 0
/// gives w when B ≥ 0; A < 0 cannot be scored.
RuleResult ScoreProportional(const MethodSpec& spec, const RuleInput& in);
/// M2's arithmetic (a PlainRule); nullopt for A < 0.
std::optional<RawPoints> ProportionalPoints(const MethodSpec& spec, const PlainInput& in);

/// M10 比例带下限 (Shenzhen:
/// "业绩值低于目标值50%不得分，高于50%按业绩值/目标值*权重得分，
/// 本项最高分值为指标总分值"): B/A < floor_ratio → 0; else min(w × B/A,
/// cap_ratio × w). A ≤ 0 cannot be scored.
RuleResult ScoreProportionalFloor(const MethodSpec& spec, const RuleInput& in);
/// M10's arithmetic (a PlainRule); nullopt for A ≤ 0.
std::optional<RawPoints> ProportionalFloorPoints(const MethodSpec& spec, const PlainInput& in);

/// M11 每降1%扣1% (Shenzhen: "每降低1%扣权重值的1%，扣完为止"): B ≥ A → w; else
/// max(0, w × (1 − k × (A − B)/A)) with k = deduction_rate. A ≤ 0 cannot be
/// scored.
RuleResult ScoreLinearDeduction(const MethodSpec& spec, const RuleInput& in);
/// M11's arithmetic (a PlainRule); nullopt for A ≤ 0.
std::optional<RawPoints> LinearDeductionPoints(const MethodSpec& spec, const PlainInput& in);

}  // namespace jixiao

#endif  // JIXIAO_RULES_PROPORTIONAL_H_
