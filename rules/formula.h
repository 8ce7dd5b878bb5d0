// Custom scoring formulas (method F), compiled once with muparser behind this interface.
#ifndef JIXIAO_RULES_FORMULA_H_
#define JIXIAO_RULES_FORMULA_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/diagnostic.h"
#include "rules/formula_inputs.h"
#include "rules/rule.h"

namespace jixiao {

/// A formula compiled once and evaluated many times. Not thread-safe: keep one per thread.
/// Inputs, in Chinese or English: 业绩值/actual/B, 目标值/target/A, 权重/分值/weight/w,
/// 年初预算数/budget_initial, 全年预算数/budget_full_year, 全年执行数/budget_executed,
/// 执行率/execution_rate, and the ids of other indicators: bare when muparser reads them as one
/// name, else in brackets ("[满意度-调查]", also 【…】). Functions: min, max, abs,
/// clamp(v,lo,hi), ratio(a,b) (0 when b is 0), and muparser's built-ins.
class CompiledFormula {
 public:
  /// Compiles `text` (normalising full-width punctuation, × and ÷). On failure returns nullptr
  /// and appends located diagnostics (column in characters, counted from `where`).
  /// `indicator_ids` are the other indicators the formula may name.
  static std::unique_ptr<CompiledFormula> Compile(std::string_view text,
                                                  const std::vector<std::string>& indicator_ids,
                                                  const SourceLocation& where,
                                                  const std::string& indicator_path,
                                                  std::vector<Diagnostic>& diagnostics);

  ~CompiledFormula();
  CompiledFormula(const CompiledFormula&) = delete;
  CompiledFormula& operator=(const CompiledFormula&) = delete;

  /// Evaluates with the inputs of one indicator. A missing input the formula uses gives
  /// kMissingData; a NaN or infinite result gives kCannotScore. Never throws.
  RuleResult Evaluate(const RuleInput& in, const IndicatorValues& others) const;

  /// The normalised text, as compiled.
  const std::string& text() const;

  /// The input names the formula uses, in order of first use.
  const std::vector<std::string>& used_inputs() const;

 private:
  struct Impl;
  explicit CompiledFormula(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace jixiao

#endif  // JIXIAO_RULES_FORMULA_H_
