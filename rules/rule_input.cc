#include "rules/rule_input.h"

#include "indicators/deadline.h"

namespace jixiao {
namespace {

bool IsNumeric(const Value* v) {
  return v != nullptr && (v->kind == ValueKind::kNumber || v->kind == ValueKind::kDeadline);
}

const std::string& Label(const Value& v) { return v.kind == ValueKind::kText ? v.text : v.raw; }

}  // namespace

ValueInputs SetTargetAndActual(const Value* target, const Value* actual, RuleInput& in) {
  ValueInputs out;
  if (target != nullptr) {
    in.target_label = Label(*target);
    if (IsNumeric(target)) {
      in.target = target->number;
      in.unit = target->unit;
    }
  }
  if (actual == nullptr || actual->kind == ValueKind::kEmpty) return out;
  in.actual_label = Label(*actual);
  if (IsNumeric(actual)) {
    if (!IsNumeric(target)) {
      in.actual = actual->number;
      return out;
    }
    in.actual = ConvertUnit(actual->number, actual->unit, target->unit);
    out.units_differ = !in.actual.has_value();
    out.converted =
        in.actual && actual->unit != target->unit && !actual->unit.empty() && !target->unit.empty();
  } else if (target != nullptr && target->kind == ValueKind::kDeadline &&
             SaysOnTime(in.actual_label)) {
    in.actual = target->number;
    out.on_time = true;
  }
  return out;
}

}  // namespace jixiao
