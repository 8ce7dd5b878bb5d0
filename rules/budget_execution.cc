#include "rules/budget_execution.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include "rules/result.h"

namespace jixiao {

RuleResult ScoreBudgetExecution(const MethodSpec& spec, const RuleInput& in) {
  if (!in.budget_full_year) return MissingData("缺少全年预算数");
  if (!in.budget_executed) return MissingData("缺少全年执行数");
  const double budget = *in.budget_full_year;
  const double executed = *in.budget_executed;
  if (!std::isfinite(budget) || !std::isfinite(executed))
    return CannotScore("全年预算数或全年执行数不是有限数值");
  if (budget == 0) return CannotScore("全年预算数为 0，无法计算执行率");
  if (budget < 0)
    return CannotScore("全年预算数为负数（" + TraceNumber(budget) + "），无法计算执行率");
  if (executed < 0)
    return CannotScore("全年执行数为负数（" + TraceNumber(executed) + "），无法计算执行率");

  const double w = in.weight;
  const double cap = spec.cap_ratio;
  const double rate = executed / budget;
  const double points = w * std::min(rate, cap);
  return Scored(points, CapPoints(spec, w),
                Explain(in,
                        [&] {
                          return "w × min(执行数/预算数, " + TraceNumber(cap) +
                                 ") = " + TraceNumber(w) + " × min(" + TraceNumber(executed) + "/" +
                                 TraceNumber(budget) + ", " + TraceNumber(cap) +
                                 ") = " + TraceNumber(points);
                        }),
                Explain(in, [&] {
                  return "执行率 " + PercentText(rate) +
                         (rate > cap ? "，按 " + PercentText(cap) + " 计" : std::string());
                }));
}

}  // namespace jixiao
