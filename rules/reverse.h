// M3 反向: lower-is-better targets (≤), with the three published ways of
// scoring an excess.
#ifndef JIXIAO_RULES_REVERSE_H_
#define JIXIAO_RULES_REVERSE_H_

#include "indicators/method.h"
#include "rules/rule.h"

namespace jixiao {

/// M3 (central notes; 岳阳 for R3): B ≤ A → w; otherwise, by spec.reverse,
/// R1 ratio w × A/B; R2 linear w × (1 − (B − A)/A), 0 at B ≥ 2A; R3 step: M7
/// with measure kExcess (each step_size over A deducts step_points, 扣完为止).
/// R1 and R2 disagree: w = 8, A = 90, B = 100 gives 7.2 and 7.11. A = 0 with B
/// > 0 gives 0 under R1 and R2.
RuleResult ScoreReverse(const MethodSpec& spec, const RuleInput& in);

/// M3's arithmetic (a PlainRule); nullopt for A < 0 and for an R3 excess.
std::optional<RawPoints> ReversePoints(const MethodSpec& spec, const PlainInput& in);

}  // namespace jixiao

#endif  // JIXIAO_RULES_REVERSE_H_
