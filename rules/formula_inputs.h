// The inputs a formula (method F) reads: the built-in ones by their Chinese and English names,
// and other indicators' actual values by id. No muparser here: formula.cc binds these names.
#ifndef JIXIAO_RULES_FORMULA_INPUTS_H_
#define JIXIAO_RULES_FORMULA_INPUTS_H_

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "rules/rule.h"

namespace jixiao {

/// Values of other indicators a formula may name by id (their actual values, numeric).
using IndicatorValues = std::map<std::string, std::optional<double>, std::less<>>;

enum class FormulaInput {
  kActual,
  kTarget,
  kWeight,
  kBudgetInitial,
  kBudgetFullYear,
  kBudgetExecuted,
  kExecutionRate,
  kIndicator,  // another indicator's actual value, by id
};
/// The inputs before kIndicator each have one storage slot, indexed by value.
constexpr size_t kBuiltinFormulaInputs = static_cast<size_t>(FormulaInput::kIndicator);

struct FormulaInputName {
  std::string_view name;
  FormulaInput input;
};

/// Every name of a built-in input.
constexpr FormulaInputName kFormulaInputNames[] = {
    {"业绩值", FormulaInput::kActual},
    {"actual", FormulaInput::kActual},
    {"B", FormulaInput::kActual},
    {"目标值", FormulaInput::kTarget},
    {"target", FormulaInput::kTarget},
    {"A", FormulaInput::kTarget},
    {"权重", FormulaInput::kWeight},
    {"分值", FormulaInput::kWeight},
    {"weight", FormulaInput::kWeight},
    {"w", FormulaInput::kWeight},
    {"年初预算数", FormulaInput::kBudgetInitial},
    {"budget_initial", FormulaInput::kBudgetInitial},
    {"全年预算数", FormulaInput::kBudgetFullYear},
    {"budget_full_year", FormulaInput::kBudgetFullYear},
    {"全年执行数", FormulaInput::kBudgetExecuted},
    {"budget_executed", FormulaInput::kBudgetExecuted},
    {"执行率", FormulaInput::kExecutionRate},
    {"execution_rate", FormulaInput::kExecutionRate},
};

/// What an unknown-name message offers before the indicator ids.
constexpr std::string_view kListedFormulaInputs =
    "业绩值、目标值、权重、年初预算数、全年预算数、全年执行数、执行率";

/// The value of `input` for the indicator `in` describes (`indicator_id` names the other
/// indicator of kIndicator), or nullopt when it is absent. 执行率 = 全年执行数 / 全年预算数
/// (REQUIRES: the caller rejects a 全年预算数 of 0 first).
std::optional<double> FormulaInputValue(FormulaInput input, std::string_view indicator_id,
                                        const RuleInput& in, const IndicatorValues& others);

}  // namespace jixiao

#endif  // JIXIAO_RULES_FORMULA_INPUTS_H_
