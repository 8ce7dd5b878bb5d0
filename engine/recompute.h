// The audit's recomputation of one row: the rule it follows (the template's, its own 评分标准,
// or the defaults), the score that rule gives, and what the published score's departure from
// it shows (target missed but full marks, met but deducted, a judged deduction without a note).
#ifndef JIXIAO_ENGINE_RECOMPUTE_H_
#define JIXIAO_ENGINE_RECOMPUTE_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/audit.h"
#include "engine/audit_template.h"
#include "indicators/filled_table.h"
#include "indicators/value.h"
#include "rules/criteria_text.h"
#include "rules/formula.h"
#include "rules/rule.h"

namespace jixiao {

/// Recomputes rows, one project after another. Keeps the 评分标准 it has read (a table repeats
/// them) and, for template formulas, the project's actual values.
class Recomputer {
 public:
  /// `card` is the --template's scorecard, or null.
  explicit Recomputer(const Scorecard* card) : card_(card) {}

  /// Starts a project; `binding` is its rows bound to the template (null without one).
  void StartProject(const TableBinding* binding);

  /// Recomputes indicator or budget row `r`, whose 分值 reads `w` (nullopt when unreadable) and
  /// whose template indicator is `node` (null when there is none): sets a.method and
  /// a.recomputed, and adds the findings. The template's own method comes first, then the
  /// row's 评分标准, then the template's defaults (without a template, the central ones).
  /// REQUIRES: a.published is the row's 得分, when readable.
  void Recompute(const FilledRow& r, AuditRow& a, std::optional<double> w, const BoundNode* node);

 private:
  const ParsedCriteria& Parse(const std::string& text);
  void CollectValues(const std::vector<BoundNode>& nodes);
  void RecomputeByTemplate(const FilledRow& r, AuditRow& a, double w, const BoundNode& node,
                           const Value& target, const Value& actual);
  bool Prepare(AuditRow& a, const Value& target, const Value& actual, RuleInput& in);
  void Conclude(const FilledRow& r, AuditRow& a, double w, const MethodSpec& spec,
                const RuleInput& in, const RuleResult& res, const Value& target,
                const Value& actual);
  void CheckRuleTarget(const ParsedCriteria& rule, const Value& target, AuditRow& a);
  void JudgeQualitative(const FilledRow& r, AuditRow& a, double w, const Value& target,
                        const Value& actual, std::optional<double> achieved_low,
                        std::string method);
  void AuditBudget(const FilledRow& r, AuditRow& a, double w, const std::string& source);
  void CheckRate(const std::string& cell, double executed, double budget, AuditRow& a);

  const Scorecard* card_;
  IndicatorValues others_;  // template formulas' values of other indicators, by id
  std::map<std::string, ParsedCriteria> parsed_;
};

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_RECOMPUTE_H_
