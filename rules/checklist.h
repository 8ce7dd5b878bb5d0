// M8 条款累加: a checklist whose satisfied items add up, capped at the
// indicator's points.
#ifndef JIXIAO_RULES_CHECKLIST_H_
#define JIXIAO_RULES_CHECKLIST_H_

#include "indicators/method.h"
#include "rules/rule.h"

namespace jixiao {

/// M8 (岳阳): s = min(w, Σ points of the items of spec.items named in
/// in.satisfied). A label in in.satisfied that is not an item cannot be scored
/// (a typo must not silently cost points).
RuleResult ScoreChecklist(const MethodSpec& spec, const RuleInput& in);

}  // namespace jixiao

#endif  // JIXIAO_RULES_CHECKLIST_H_
