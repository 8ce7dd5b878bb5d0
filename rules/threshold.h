// M9 达标全得: full points when the target is met, none otherwise.
#ifndef JIXIAO_RULES_THRESHOLD_H_
#define JIXIAO_RULES_THRESHOLD_H_

#include "indicators/method.h"
#include "rules/rule.h"

namespace jixiao {

/// M9 (Shenzhen: "业绩值≥200篇得满分，＜200篇得0分"): B meets A → w, else 0.
/// Numbers meet by in.comparator: ≥ B ≥ A, > B > A, = |B − A| ≤ tolerance ×
/// |A|, ≤ B ≤ A, < B < A; with no comparator the direction decides (正向 ≥,
/// 反向 ≤). Text targets meet when the labels are equal.
RuleResult ScoreThreshold(const MethodSpec& spec, const RuleInput& in);

/// Whether actual B meets target A: by comparator `c` (= within tolerance × |A|), or, with no
/// comparator, by the direction (正向 B ≥ A, 反向 B ≤ A); every edge up to CompareSlack. The
/// test M9 scores by, and the audit's "target met / missed" check.
bool TargetMet(Comparator c, Direction direction, double a, double b, double tolerance = 0);

/// M9's arithmetic on numbers (a PlainRule): w when B meets A, else 0.
std::optional<RawPoints> ThresholdPoints(const MethodSpec& spec, const PlainInput& in);

}  // namespace jixiao

#endif  // JIXIAO_RULES_THRESHOLD_H_
