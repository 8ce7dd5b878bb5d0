// The interface every scoring method implements: numbers in, a raw score and its working out.
#ifndef JIXIAO_RULES_RULE_H_
#define JIXIAO_RULES_RULE_H_

#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/method.h"
#include "indicators/template.h"

namespace jixiao {

/// How an indicator's evaluation ended. Only kScored carries a score.
enum class Outcome {
  kScored,
  kNotApplicable,  // 不适用
  kMissingData,    // a value the method needs is absent
  kCannotScore,    // values present but unusable (budget 0, text where a number is needed, …)
};

/// 已评分 / 不适用 / 缺少数据 / 无法评分: how reports name an outcome.
std::string_view OutcomeName(Outcome outcome);

/// The outcome named `name`: its Chinese name or its English key (scored, not_applicable,
/// missing_data, cannot_score). nullopt for anything else.
std::optional<Outcome> OutcomeFromName(std::string_view name);

/// Everything a method may read, already prepared by the engine: the target and actual as
/// numbers in the same unit (nullopt when not numeric), qualitative labels, budget figures,
/// entered judgements.
struct RuleInput {
  double weight = 0;                          // w (分值/权重)
  Comparator comparator = Comparator::kNone;  // effective comparator of the target
  Direction direction = Direction::kPositive;
  std::optional<double> target;            // A
  std::optional<double> actual;            // B
  std::string unit;                        // unit of A and B, for the trace
  std::string target_label;                // text targets: "合理"
  std::string actual_label;                // text actuals: "合理"
  std::optional<double> budget_initial;    // formulas
  std::optional<double> budget_full_year;  // M1
  std::optional<double> budget_executed;   // M1
  std::optional<double> entered_score;     // M5, M14
  std::string entered_band;                // M5
  std::optional<double> count;             // M7 with measure kCount
  std::vector<std::string> satisfied;      // M8
  const Scale* scale = nullptr;            // M5, M12 (resolved by the engine)
  bool explain = true;  // build RuleResult::formula and a scored result's reason (the trace);
                        // batch scoring without --trace turns it off
};

/// The result of one method on one indicator, before rounding.
struct RuleResult {
  Outcome outcome = Outcome::kScored;
  double points = 0;    // raw score, full precision; 0 unless kScored
  std::string formula;  // the rule with values substituted: "w × B/A = 8 × 58/60 = 7.733333"
  std::string reason;   // one line in Chinese: why (met, capped, band, what is missing)
};

/// A method's inputs when the target and actual are plain numbers in one unit, the usual batch
/// row: what a RuleInput with both numbers set carries, without the labels.
struct PlainInput {
  double weight = 0;
  double target = 0;  // A
  double actual = 0;  // B
  Comparator comparator = Comparator::kNone;
  Direction direction = Direction::kPositive;
};

/// A built-in method's score of plain numbers before Scored's clamp, and the most it may give.
struct RawPoints {
  double points = 0;
  double max = 0;
};

/// The arithmetic of a built-in method on plain numbers, which its RuleResult function shares
/// (the points of a scored result are those of ClampPoints(*rule(spec, plain))); nullopt where
/// the method does not score them by arithmetic alone (A ≤ 0 for M10, a step deduction, …).
using PlainRule = std::optional<RawPoints> (*)(const MethodSpec& spec, const PlainInput& in);

/// The plain arithmetic of `kind`, or null for methods that need more than A and B (budget
/// figures, judgements, scales, checklists, counts, formulas).
PlainRule FindPlainRule(RuleKind kind);

/// Scored's clamp of a raw score to [0, max]; nullopt when either is not finite (such a result
/// cannot be scored).
inline std::optional<double> ClampPoints(RawPoints raw) {
  if (!std::isfinite(raw.points) || !std::isfinite(raw.max)) return std::nullopt;
  return raw.points < 0 ? 0 : raw.points > raw.max ? raw.max : raw.points;
}

/// Applies a built-in method (every RuleKind but kFormula, which needs a CompiledFormula).
/// REQUIRES: spec.kind != RuleKind::kFormula.
RuleResult ApplyRule(const MethodSpec& spec, const RuleInput& in);

/// Formats a number for a trace: up to 6 decimals, trailing zeros removed ("7.733333", "58").
std::string TraceNumber(double v);

}  // namespace jixiao

#endif  // JIXIAO_RULES_RULE_H_
