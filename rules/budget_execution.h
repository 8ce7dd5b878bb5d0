// M1 预算执行率: the budget execution component of the self-evaluation table.
#ifndef JIXIAO_RULES_BUDGET_EXECUTION_H_
#define JIXIAO_RULES_BUDGET_EXECUTION_H_

#include "indicators/method.h"
#include "rules/rule.h"

namespace jixiao {

/// M1: rate = 全年执行数 / 全年预算数 (the adjusted budget, not 年初预算数);
/// score = w × min(rate, cap_ratio), cap_ratio 1 by default (DOMAIN.md §5;
/// central notes). Reads in.budget_full_year and in.budget_executed; a budget ≤
/// 0 cannot be scored.
RuleResult ScoreBudgetExecution(const MethodSpec& spec, const RuleInput& in);

}  // namespace jixiao

#endif  // JIXIAO_RULES_BUDGET_EXECUTION_H_
