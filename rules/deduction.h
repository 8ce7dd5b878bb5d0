// M7 扣分: points deducted per failure or per step of deviation, 扣完为止.
#ifndef JIXIAO_RULES_DEDUCTION_H_
#define JIXIAO_RULES_DEDUCTION_H_

#include "indicators/method.h"
#include "rules/rule.h"

namespace jixiao {

/// M7 (岳阳, Shenzhen): s = max(0, w − k × steps), k = step_points, steps = n /
/// step_size (rounded up when whole_steps: a started step counts whole). n is,
/// by spec.measure, the entered in.count (kCount), max(0, A − B) (kShortfall)
/// or max(0, B − A) (kExcess). M3 R3 is this method with measure kExcess.
RuleResult ScoreDeduction(const MethodSpec& spec, const RuleInput& in);

}  // namespace jixiao

#endif  // JIXIAO_RULES_DEDUCTION_H_
