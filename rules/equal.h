// M4 等于: targets written with "=" (e.g. "=3个"), including a target of 0.
#ifndef JIXIAO_RULES_EQUAL_H_
#define JIXIAO_RULES_EQUAL_H_

#include "indicators/method.h"
#include "rules/rule.h"

namespace jixiao {

/// M4 (product code): A = 0 → w when B ≤ 0, else 0. A > 0: |B − A| ≤ tolerance
/// × A → w (when spec.tolerance > 0); otherwise as M2 (B ≥ A → w, else w ×
/// B/A). A < 0 cannot be scored.
RuleResult ScoreEqual(const MethodSpec& spec, const RuleInput& in);

/// M4's arithmetic (a PlainRule); nullopt for A < 0.
std::optional<RawPoints> EqualPoints(const MethodSpec& spec, const PlainInput& in);

}  // namespace jixiao

#endif  // JIXIAO_RULES_EQUAL_H_
