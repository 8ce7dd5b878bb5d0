#include "engine/recompute.h"

#include <algorithm>
#include <cmath>

#include "engine/scorecard.h"
#include "indicators/deadline.h"
#include "indicators/decimal.h"
#include "indicators/number_text.h"
#include "rules/compare.h"
#include "rules/rule.h"
#include "rules/rule_input.h"
#include "rules/threshold.h"

namespace jixiao {
namespace {

// A qualitative actual that reports the target reached: the same words, or a positive
// statement without negation ("得到提升" for "有所提升").
bool SaysAchieved(const Value& target, const Value& actual) {
  if (actual.kind != ValueKind::kText) return false;
  if (actual.text == target.text) return true;
  for (std::string_view neg : {"未", "没有", "不", "无", "差", "低于", "欠"})
    if (actual.text.find(neg) != std::string::npos) return false;
  return true;
}

bool IsNumeric(const Value& v) {
  return v.kind == ValueKind::kNumber || v.kind == ValueKind::kDeadline;
}

std::string MethodLabel(RuleKind kind, const std::string& source) {
  return std::string(RuleKindCode(kind)) + " " + std::string(RuleKindLabel(kind)) + source;
}

// The lower edge of the top band of an M5 scale, as a fraction of the points (达成: 0.8).
double AchievedLow(const Scale* scale) {
  if (scale == nullptr || scale->levels.empty()) return 0.8;
  const ScaleLevel* top = &scale->levels.front();
  for (const ScaleLevel& level : scale->levels)
    if (level.high > top->high) top = &level;
  return top->low;
}

}  // namespace

void Recomputer::StartProject(const TableBinding* binding) {
  others_.clear();
  if (binding != nullptr && card_ != nullptr && !card_->formulas.empty())
    CollectValues(binding->bound.roots);
}

// The actual values formulas may name, by template indicator id.
void Recomputer::CollectValues(const std::vector<BoundNode>& nodes) {
  for (const BoundNode& node : nodes) {
    CollectValues(node.children);
    if (!node.is_indicator || node.tmpl == nullptr || node.entry == nullptr) continue;
    const Value& v = node.entry->actual;
    others_[node.tmpl->id] = IsNumeric(v) ? std::optional<double>(v.number) : std::nullopt;
  }
}

const ParsedCriteria& Recomputer::Parse(const std::string& text) {
  auto it = parsed_.find(text);
  if (it == parsed_.end()) it = parsed_.emplace(text, ParseCriteria(text)).first;
  return it->second;
}

void Recomputer::Recompute(const FilledRow& r, AuditRow& a, std::optional<double> w,
                           const BoundNode* node) {
  Value target = ParseValue(r.target), actual = ParseValue(r.actual);
  bool unreadable = false;
  for (const auto& [name, v] : {std::pair{"年度指标值", &target}, std::pair{"实际完成值", &actual}})
    if (!v->error.empty()) {
      AddFinding(a, FindingKind::kUnreadable, Severity::kError,
                 std::string(name) + "「" + v->raw + "」无法读取：" + v->error);
      unreadable = true;
    }
  if (!w || unreadable) return;

  const ParsedCriteria* rule = nullptr;
  if (!r.criteria.empty()) {
    rule = &Parse(r.criteria);
    if (!rule->recognised) {
      AddFinding(a, FindingKind::kRuleUnrecognised, Severity::kWarning,
                 "评分标准无法识别（" + rule->problem + "），改按" + (node ? "模板" : "默认") +
                     "规则复核");
      rule = nullptr;
    }
  }
  // The template's own rule first, then the row's 评分标准, then the template's defaults.
  if (node != nullptr && (rule == nullptr || !IsTemplateDefault(card_->tmpl, node->method))) {
    RecomputeByTemplate(r, a, *w, *node, node->target ? *node->target : target, actual);
    return;
  }
  MethodSpec spec;
  RuleInput in;
  in.weight = *w;
  std::string source;
  if (rule != nullptr) {
    spec = rule->method;
    source = "（评分标准）";
    if (spec.kind == RuleKind::kManual) {
      a.method = "M14 人工评分（评分标准）";
      if (a.published && *a.published < *w - 1e-9)
        AddFinding(a, FindingKind::kJudged, Severity::kNote,
                   "评价人酌情打分 " + FormatFigure(*a.published) + "/" + FormatFigure(*w) +
                       "，理由见评分标准");
      return;
    }
    CheckRuleTarget(*rule, target, a);
    if (rule->rule_target) target = *rule->rule_target;
  } else if (r.kind == FilledRowKind::kBudget) {
    AuditBudget(r, a, *w, "（默认）");
    return;
  } else if (target.kind == ValueKind::kText || actual.kind == ValueKind::kText ||
             target.kind == ValueKind::kEmpty) {
    if (!(target.kind == ValueKind::kDeadline && SaysOnTime(actual.text))) {
      JudgeQualitative(r, a, *w, target, actual, 0.8, "M5 定性三档（默认，评价人打分）");
      return;
    }
  }
  const bool cost =
      r.level2.find("成本") != std::string::npos || r.level1.find("成本") != std::string::npos;
  const bool negative = target.comparator == Comparator::kAtMost ||
                        target.comparator == Comparator::kLessThan ||
                        target.kind == ValueKind::kDeadline || (cost && rule == nullptr);
  if (rule == nullptr) {
    spec.kind = negative ? RuleKind::kReverse : RuleKind::kProportional;
    source = "（默认）";
  }
  a.method = MethodLabel(spec.kind, source);
  in.comparator =
      target.comparator == Comparator::kNone && negative ? Comparator::kAtMost : target.comparator;
  in.direction = negative ? Direction::kNegative : Direction::kPositive;
  if (!Prepare(a, target, actual, in)) return;
  Conclude(r, a, *w, spec, in, ApplyRule(spec, in), target, actual);
}

// The rule the template gives the row's indicator (--template).
void Recomputer::RecomputeByTemplate(const FilledRow& r, AuditRow& a, double w,
                                     const BoundNode& node, const Value& target,
                                     const Value& actual) {
  const MethodSpec& spec = *node.method;
  const std::string source = "（模板）";
  const Scale* scale = spec.scale.empty() ? nullptr : FindScale(card_->tmpl, spec.scale);
  switch (spec.kind) {
    case RuleKind::kBudgetExecution:
      AuditBudget(r, a, w, source);
      return;
    case RuleKind::kThreeTier:
      JudgeQualitative(r, a, w, target, actual, AchievedLow(scale),
                       "M5 定性三档（模板，评价人打分）");
      return;
    case RuleKind::kManual:
      JudgeQualitative(r, a, w, target, actual, std::nullopt, "M14 人工评分（模板）");
      return;
    default:
      break;
  }
  a.method = MethodLabel(spec.kind, source);
  RuleInput in;
  in.weight = w;
  in.comparator = node.comparator;
  in.direction = node.direction;
  in.scale = scale;
  if (!Prepare(a, target, actual, in)) return;
  RuleResult res = spec.kind == RuleKind::kFormula
                       ? card_->formulas.at(&spec)->Evaluate(in, others_)
                       : ApplyRule(spec, in);
  Conclude(r, a, w, spec, in, std::move(res), target, actual);
}

// The target and actual into `in`; false (with a finding) when their units cannot be compared.
bool Recomputer::Prepare(AuditRow& a, const Value& target, const Value& actual, RuleInput& in) {
  if (!SetTargetAndActual(&target, &actual, in).units_differ) return true;
  AddFinding(a, FindingKind::kUnreadable, Severity::kError,
             "实际完成值「" + actual.raw + "」的单位「" + actual.unit + "」与年度指标值「" +
                 target.raw + "」的单位不一致，无法比较");
  return false;
}

// Compares the published score with the rule's: a departure is a finding, named after what
// the figures show (target missed but full marks, target met but points deducted).
void Recomputer::Conclude(const FilledRow& r, AuditRow& a, double w, const MethodSpec& spec,
                          const RuleInput& in, const RuleResult& res, const Value& target,
                          const Value& actual) {
  if (res.outcome != Outcome::kScored) {
    AddFinding(a, FindingKind::kUnreadable, Severity::kWarning, "无法复核：" + res.reason);
    return;
  }
  a.recomputed = RoundFigure(res.points);
  if (!a.published || std::fabs(*a.published - *a.recomputed) < kAuditCent) return;
  const bool has_note = !r.note.empty();
  const Severity severity = has_note ? Severity::kWarning : Severity::kError;
  const std::string why = has_note ? "；偏差原因：" + r.note : "，且未填写偏差原因";
  const std::string rule_text = a.method + " 应得 " + FormatFigure(*a.recomputed);
  const bool full = *a.published >= w - 1e-9;
  if (in.target && in.actual && spec.kind != RuleKind::kBanded) {
    const bool met = TargetMet(in.comparator, in.direction, *in.target, *in.actual);
    if (!met && full) {
      AddFinding(
          a, FindingKind::kMissedButFull, severity,
          "未达到目标（" + actual.raw + " 对 " + target.raw + "）却得满分；" + rule_text + why);
      return;
    }
    if (met && !full && *a.recomputed >= w - 1e-9) {
      AddFinding(a, FindingKind::kMetButDeducted, severity,
                 "已达到目标（" + actual.raw + " 对 " + target.raw + "）却扣分，得 " +
                     FormatFigure(*a.published) + "/" + FormatFigure(w) + why);
      return;
    }
  }
  AddFinding(a, FindingKind::kScoreDiffers, severity,
             "得分 " + FormatFigure(*a.published) + " 与规则不符，" + rule_text + why);
}

void Recomputer::CheckRuleTarget(const ParsedCriteria& rule, const Value& target, AuditRow& a) {
  if (!rule.rule_target || target.kind == ValueKind::kEmpty) return;
  const Value& said = *rule.rule_target;
  bool differ = false;
  if (IsNumeric(said) && IsNumeric(target)) {
    std::optional<double> t = ConvertUnit(target.number, target.unit, said.unit);
    differ = !t || std::fabs(*t - said.number) > CompareSlack(said.number);
  } else if (said.kind == ValueKind::kText && target.kind == ValueKind::kText) {
    differ = said.text != target.text;
  }
  if (differ)
    AddFinding(a, FindingKind::kRuleTargetMismatch, Severity::kWarning,
               "评分标准写的目标是「" + said.raw + "」，年度指标值却是「" + target.raw +
                   "」；按评分标准复核");
}

// A judged score (M5, M14): checked against the 达成 band [achieved_low × w, w] when the
// actual reports the target reached (M5 only); a deduction needs a 偏差原因.
void Recomputer::JudgeQualitative(const FilledRow& r, AuditRow& a, double w, const Value& target,
                                  const Value& actual, std::optional<double> achieved_low,
                                  std::string method) {
  a.method = std::move(method);
  if (!a.published) return;
  const double s = *a.published;
  const bool has_note = !r.note.empty();
  if (achieved_low && SaysAchieved(target, actual) && s < *achieved_low * w - 1e-9)
    AddFinding(a, FindingKind::kOutsideBand, has_note ? Severity::kWarning : Severity::kError,
               "实际完成值「" + actual.raw + "」表明目标达成，得分 " + FormatFigure(s) +
                   " 却低于达成档 [" + FormatFigure(*achieved_low * w) + ", " + FormatFigure(w) +
                   "]");
  else if (s < w - 1e-9 && !has_note)
    AddFinding(a, FindingKind::kDeductionWithoutNote, Severity::kWarning,
               "扣 " + NumberText(w - s) + " 分（得 " + FormatFigure(s) + "/" + FormatFigure(w) +
                   "），但未填写偏差原因");
}

// The printed 执行率 against 全年执行数/全年预算数, at the decimals it is printed with: "98%" is
// right for 98.37% (indicators/decimal.h).
void Recomputer::CheckRate(const std::string& cell, double executed, double budget, AuditRow& a) {
  const Value printed = ParseValue(cell);
  const double rate = executed / budget * 100;
  if (printed.kind != ValueKind::kNumber || !printed.error.empty()) {
    AddFinding(a, FindingKind::kUnreadable, Severity::kError, "执行率「" + cell + "」不是数值");
    return;
  }
  if (MatchesAtPrintedPlaces(printed.number, printed.places, rate)) return;
  auto percent = [&](int places) {
    return NumberText(RoundDecimal(rate, places, RoundingMode::kHalfUp), places) + "%";
  };
  const std::string shown = percent(std::clamp(printed.places, 2, 10));
  std::string message = "执行率印为 " + cell + "，全年执行数/全年预算数 = " + NumberText(executed) +
                        "/" + NumberText(budget) + " = " + shown;
  if (printed.places < 2 && percent(printed.places) != shown)
    message += "，印 " + std::to_string(printed.places) + " 位小数应为 " + percent(printed.places);
  // A fraction where a percentage belongs: 0.9988 for 99.88%.
  if (printed.unit.empty() &&
      MatchesAtPrintedPlaces(printed.number * 100, std::max(printed.places - 2, 0), rate))
    message += "；" + printed.raw + " 若是比例（即 " + NumberText(printed.number * 100, 10) +
               "%），请印为百分数";
  AddFinding(a, FindingKind::kRateDiffers, Severity::kError, std::move(message));
}

void Recomputer::AuditBudget(const FilledRow& r, AuditRow& a, double w, const std::string& source) {
  a.method = MethodLabel(RuleKind::kBudgetExecution, source);
  Value full = ParseValue(!r.budget_full_year.empty() ? r.budget_full_year : r.target);
  Value executed = ParseValue(!r.budget_executed.empty() ? r.budget_executed : r.actual);
  if (!IsNumeric(full) || !IsNumeric(executed)) {
    AddFinding(a, FindingKind::kUnreadable, Severity::kError, "缺少可读的全年预算数或全年执行数");
    return;
  }
  std::optional<double> b = ConvertUnit(executed.number, executed.unit, full.unit);
  if (!b) {
    AddFinding(a, FindingKind::kUnreadable, Severity::kError, "全年执行数与全年预算数单位不一致");
    return;
  }
  RuleInput in;
  in.weight = w;
  in.budget_full_year = full.number;
  in.budget_executed = *b;
  MethodSpec spec;
  spec.kind = RuleKind::kBudgetExecution;
  RuleResult res = ApplyRule(spec, in);
  if (res.outcome != Outcome::kScored) {
    AddFinding(a, FindingKind::kUnreadable, Severity::kError, "无法复核：" + res.reason);
    return;
  }
  a.recomputed = RoundFigure(res.points);
  if (!r.execution_rate.empty() && full.number != 0)
    CheckRate(r.execution_rate, *b, full.number, a);
  if (a.published && std::fabs(*a.published - *a.recomputed) >= kAuditCent)
    AddFinding(a, FindingKind::kScoreDiffers,
               r.note.empty() ? Severity::kError : Severity::kWarning,
               "得分 " + FormatFigure(*a.published) + " 与执行率不符：执行率 " +
                   NumberText(RoundFigure(*b / full.number * 100), 2) + "%，应得 " +
                   FormatFigure(*a.recomputed));
}

}  // namespace jixiao
