#include "rules/formula_inputs.h"

namespace jixiao {

std::optional<double> FormulaInputValue(FormulaInput input, std::string_view indicator_id,
                                        const RuleInput& in, const IndicatorValues& others) {
  switch (input) {
    case FormulaInput::kActual:
      return in.actual;
    case FormulaInput::kTarget:
      return in.target;
    case FormulaInput::kWeight:
      return in.weight;
    case FormulaInput::kBudgetInitial:
      return in.budget_initial;
    case FormulaInput::kBudgetFullYear:
      return in.budget_full_year;
    case FormulaInput::kBudgetExecuted:
      return in.budget_executed;
    case FormulaInput::kExecutionRate:
      if (!in.budget_full_year || !in.budget_executed) return std::nullopt;
      return *in.budget_executed / *in.budget_full_year;
    case FormulaInput::kIndicator:
      if (auto it = others.find(indicator_id); it != others.end()) return it->second;
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace jixiao
