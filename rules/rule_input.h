// A rule's target and actual, from the cells as written: numbers in one unit, labels for text.
// Scoring (engine/evaluate.cc) and the audit (engine/audit.cc) fill RuleInput the same way.
#ifndef JIXIAO_RULES_RULE_INPUT_H_
#define JIXIAO_RULES_RULE_INPUT_H_

#include "indicators/value.h"
#include "rules/rule.h"

namespace jixiao {

/// What SetTargetAndActual did beyond copying, for a trace or a finding.
struct ValueInputs {
  bool units_differ = false;  // the actual's unit is not the target's: in.actual is left unset
  bool converted = false;  // the actual was converted into the target's unit ("0.3万元" → 元)
  bool on_time = false;    // a deadline kept in words ("按时完成") reads as B = A
};

/// Sets in.target_label and in.actual_label (a text cell's label, else the cell as written) and,
/// for numbers and deadlines, in.target, in.unit and in.actual (converted into the target's unit
/// when both are numeric). `target` or `actual` may be null.
ValueInputs SetTargetAndActual(const Value* target, const Value* actual, RuleInput& in);

}  // namespace jixiao

#endif  // JIXIAO_RULES_RULE_INPUT_H_
