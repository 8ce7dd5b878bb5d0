#include "engine/audit.h"

#include <cmath>
#include <map>

#include "engine/audit_groups.h"
#include "engine/audit_template.h"
#include "engine/rounding.h"
#include "engine/scorecard.h"
#include "engine/shifted_cells.h"
#include "indicators/deadline.h"
#include "indicators/number_text.h"
#include "indicators/value.h"
#include "rules/compare.h"
#include "rules/criteria_text.h"
#include "rules/rule.h"
#include "rules/rule_input.h"
#include "rules/threshold.h"

namespace jixiao {
namespace {

const RoundingRule kRounding{};  // half-up to 2 places, as published tables round

std::string Pts(double v) { return FormatScore(v, kRounding); }

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

class Auditor {
 public:
  Auditor(const FilledTable& table, const Scorecard* card) : table_(table), card_(card) {}

  AuditResult Run() {
    const size_t n = table_.rows.size();
    result_.rows.resize(n);
    for (size_t i = 0; i < n;) {
      if (table_.rows[i].kind == FilledRowKind::kOther) {
        ++i;
        continue;
      }
      size_t end = i + 1;
      while (end < n && (table_.rows[end].kind == FilledRowKind::kOther ||
                         table_.rows[end].project == table_.rows[i].project))
        ++end;
      AuditProject(i, end);
      i = end;
    }
    for (const AuditRow& row : result_.rows)
      for (const Finding& f : row.findings) {
        ++result_.counts[static_cast<size_t>(f.kind)];
        result_.has_errors = result_.has_errors || f.severity == Severity::kError;
      }
    return std::move(result_);
  }

 private:
  static void Add(AuditRow& a, FindingKind kind, Severity severity, std::string message) {
    a.findings.push_back(Finding{kind, severity, std::move(message)});
  }

  const ParsedCriteria& Parse(const std::string& text) {
    auto it = parsed_.find(text);
    if (it == parsed_.end()) it = parsed_.emplace(text, ParseCriteria(text)).first;
    return it->second;
  }

  void AuditProject(size_t begin, size_t end) {
    points_sum_ = published_sum_ = recomputed_sum_ = 0;
    points_readable_ = scores_readable_ = true;
    size_t total_row = end, last_row = begin;
    TableBinding binding;
    binding_ = nullptr;
    if (card_ != nullptr) {
      BindTableProject(*card_, table_, begin, end, binding);
      binding_ = &binding;
      if (!card_->formulas.empty()) CollectValues(binding.bound.roots);
    }
    for (size_t i = begin; i < end; ++i) {
      const FilledRowKind kind = table_.rows[i].kind;
      if (kind == FilledRowKind::kOther) continue;
      last_row = i;
      if (kind == FilledRowKind::kTotal) total_row = i;
      if (kind != FilledRowKind::kIndicator && kind != FilledRowKind::kBudget) continue;
      ++result_.rows_checked;
      AuditRowAt(i);
    }
    CheckTotal(total_row < end ? total_row : last_row, total_row < end);
    result_.rows_checked += CheckGroups(table_, begin, end, binding_, result_.rows);
    ++result_.projects;
    binding_ = nullptr;
  }

  // The actual values formulas may name, by template indicator id.
  void CollectValues(const std::vector<BoundNode>& nodes) {
    for (const BoundNode& node : nodes) {
      CollectValues(node.children);
      if (!node.is_indicator || node.tmpl == nullptr || node.entry == nullptr) continue;
      const Value& v = node.entry->actual;
      others_[node.tmpl->id] = IsNumeric(v) ? std::optional<double>(v.number) : std::nullopt;
    }
  }

  void AuditRowAt(size_t i) {
    const FilledRow& r = table_.rows[i];
    AuditRow& a = result_.rows[i];
    std::optional<double> w = ParsePoints(r.points);
    a.published = ParsePoints(r.score);
    if (w)
      points_sum_ += *w;
    else
      points_readable_ = false;
    if (a.published)
      published_sum_ += *a.published;
    else
      scores_readable_ = false;
    if (ShiftedCells shifted = FindShiftedCells(table_, r); !shifted.message.empty()) {
      Add(a, FindingKind::kShiftedCells, Severity::kError, std::move(shifted.message));
      recomputed_sum_ += a.published.value_or(0);
      return;
    }
    if (!w)
      Add(a, FindingKind::kUnreadable, Severity::kError,
          r.points.empty() ? "分值为空" : "分值「" + r.points + "」不是数值");
    if (!a.published)
      Add(a, FindingKind::kUnreadable, Severity::kError,
          r.score.empty() ? "得分为空" : "得分「" + r.score + "」不是数值");
    if (w && a.published && (*a.published < 0 || *a.published > *w + 1e-9))
      Add(a, FindingKind::kScoreOutOfRange, Severity::kError,
          "得分 " + NumberText(*a.published) + " 超出分值范围 [0, " + NumberText(*w) + "]");
    const BoundNode* node = binding_ != nullptr ? binding_->NodeOf(i) : nullptr;
    if (binding_ != nullptr && node == nullptr)
      Add(a, FindingKind::kNotInTemplate, Severity::kError,
          binding_->problem[i - binding_->begin] + "；按评分标准或默认规则复核");
    if (node != nullptr && w && node->tmpl != nullptr && node->tmpl->points &&
        std::fabs(*node->tmpl->points - *w) >= kAuditCent)
      Add(a, FindingKind::kPointsDoNotAddUp, Severity::kError,
          "分值 " + NumberText(*w) + " 与模板中「" + node->name + "」的分值 " +
              NumberText(*node->tmpl->points) + " 不符");
    Recompute(r, a, w, node);
    recomputed_sum_ += a.recomputed ? *a.recomputed : a.published.value_or(0);
  }

  void Recompute(const FilledRow& r, AuditRow& a, std::optional<double> w, const BoundNode* node) {
    Value target = ParseValue(r.target), actual = ParseValue(r.actual);
    bool unreadable = false;
    for (const auto& [name, v] :
         {std::pair{"年度指标值", &target}, std::pair{"实际完成值", &actual}})
      if (!v->error.empty()) {
        Add(a, FindingKind::kUnreadable, Severity::kError,
            std::string(name) + "「" + v->raw + "」无法读取：" + v->error);
        unreadable = true;
      }
    if (!w || unreadable) return;

    const ParsedCriteria* rule = nullptr;
    if (!r.criteria.empty()) {
      rule = &Parse(r.criteria);
      if (!rule->recognised) {
        Add(a, FindingKind::kRuleUnrecognised, Severity::kWarning,
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
          Add(a, FindingKind::kJudged, Severity::kNote,
              "评价人酌情打分 " + Pts(*a.published) + "/" + Pts(*w) + "，理由见评分标准");
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
    in.comparator = target.comparator == Comparator::kNone && negative ? Comparator::kAtMost
                                                                       : target.comparator;
    in.direction = negative ? Direction::kNegative : Direction::kPositive;
    if (!Prepare(a, target, actual, in)) return;
    Conclude(r, a, *w, spec, in, ApplyRule(spec, in), target, actual);
  }

  // The rule the template gives the row's indicator (--template).
  void RecomputeByTemplate(const FilledRow& r, AuditRow& a, double w, const BoundNode& node,
                           const Value& target, const Value& actual) {
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
  bool Prepare(AuditRow& a, const Value& target, const Value& actual, RuleInput& in) {
    if (!SetTargetAndActual(&target, &actual, in).units_differ) return true;
    Add(a, FindingKind::kUnreadable, Severity::kError,
        "实际完成值「" + actual.raw + "」的单位「" + actual.unit + "」与年度指标值「" + target.raw +
            "」的单位不一致，无法比较");
    return false;
  }

  // Compares the published score with the rule's: a departure is a finding, named after what
  // the figures show (target missed but full marks, target met but points deducted).
  void Conclude(const FilledRow& r, AuditRow& a, double w, const MethodSpec& spec,
                const RuleInput& in, const RuleResult& res, const Value& target,
                const Value& actual) {
    if (res.outcome != Outcome::kScored) {
      Add(a, FindingKind::kUnreadable, Severity::kWarning, "无法复核：" + res.reason);
      return;
    }
    a.recomputed = RoundScore(res.points, kRounding);
    if (!a.published || std::fabs(*a.published - *a.recomputed) < kAuditCent) return;
    const bool has_note = !r.note.empty();
    const Severity severity = has_note ? Severity::kWarning : Severity::kError;
    const std::string why = has_note ? "；偏差原因：" + r.note : "，且未填写偏差原因";
    const std::string rule_text = a.method + " 应得 " + Pts(*a.recomputed);
    const bool full = *a.published >= w - 1e-9;
    if (in.target && in.actual && spec.kind != RuleKind::kBanded) {
      const bool met = TargetMet(in.comparator, in.direction, *in.target, *in.actual);
      if (!met && full) {
        Add(a, FindingKind::kMissedButFull, severity,
            "未达到目标（" + actual.raw + " 对 " + target.raw + "）却得满分；" + rule_text + why);
        return;
      }
      if (met && !full && *a.recomputed >= w - 1e-9) {
        Add(a, FindingKind::kMetButDeducted, severity,
            "已达到目标（" + actual.raw + " 对 " + target.raw + "）却扣分，得 " +
                Pts(*a.published) + "/" + Pts(w) + why);
        return;
      }
    }
    Add(a, FindingKind::kScoreDiffers, severity,
        "得分 " + Pts(*a.published) + " 与规则不符，" + rule_text + why);
  }

  void CheckRuleTarget(const ParsedCriteria& rule, const Value& target, AuditRow& a) {
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
      Add(a, FindingKind::kRuleTargetMismatch, Severity::kWarning,
          "评分标准写的目标是「" + said.raw + "」，年度指标值却是「" + target.raw +
              "」；按评分标准复核");
  }

  // A judged score (M5, M14): checked against the 达成 band [achieved_low × w, w] when the
  // actual reports the target reached (M5 only); a deduction needs a 偏差原因.
  void JudgeQualitative(const FilledRow& r, AuditRow& a, double w, const Value& target,
                        const Value& actual, std::optional<double> achieved_low,
                        std::string method) {
    a.method = std::move(method);
    if (!a.published) return;
    const double s = *a.published;
    const bool has_note = !r.note.empty();
    if (achieved_low && SaysAchieved(target, actual) && s < *achieved_low * w - 1e-9)
      Add(a, FindingKind::kOutsideBand, has_note ? Severity::kWarning : Severity::kError,
          "实际完成值「" + actual.raw + "」表明目标达成，得分 " + Pts(s) + " 却低于达成档 [" +
              Pts(*achieved_low * w) + ", " + Pts(w) + "]");
    else if (s < w - 1e-9 && !has_note)
      Add(a, FindingKind::kDeductionWithoutNote, Severity::kWarning,
          "扣 " + NumberText(w - s) + " 分（得 " + Pts(s) + "/" + Pts(w) + "），但未填写偏差原因");
  }

  void AuditBudget(const FilledRow& r, AuditRow& a, double w, const std::string& source) {
    a.method = MethodLabel(RuleKind::kBudgetExecution, source);
    Value full = ParseValue(!r.budget_full_year.empty() ? r.budget_full_year : r.target);
    Value executed = ParseValue(!r.budget_executed.empty() ? r.budget_executed : r.actual);
    if (!IsNumeric(full) || !IsNumeric(executed)) {
      Add(a, FindingKind::kUnreadable, Severity::kError, "缺少可读的全年预算数或全年执行数");
      return;
    }
    std::optional<double> b = ConvertUnit(executed.number, executed.unit, full.unit);
    if (!b) {
      Add(a, FindingKind::kUnreadable, Severity::kError, "全年执行数与全年预算数单位不一致");
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
      Add(a, FindingKind::kUnreadable, Severity::kError, "无法复核：" + res.reason);
      return;
    }
    a.recomputed = RoundScore(res.points, kRounding);
    if (!r.execution_rate.empty() && full.number != 0) {
      Value printed = ParseValue(r.execution_rate);
      const double rate = *b / full.number * 100;
      if (printed.kind != ValueKind::kNumber || !printed.error.empty())
        Add(a, FindingKind::kUnreadable, Severity::kError,
            "执行率「" + r.execution_rate + "」不是数值");
      else if (std::fabs(printed.number - RoundScore(rate, kRounding)) >= kAuditCent)
        Add(a, FindingKind::kRateDiffers, Severity::kError,
            "执行率印为 " + r.execution_rate + "，全年执行数/全年预算数 = " + NumberText(*b) + "/" +
                NumberText(full.number) + " = " + NumberText(rate, 2) + "%");
    }
    if (a.published && std::fabs(*a.published - *a.recomputed) >= kAuditCent)
      Add(a, FindingKind::kScoreDiffers, r.note.empty() ? Severity::kError : Severity::kWarning,
          "得分 " + Pts(*a.published) + " 与执行率不符：执行率 " +
              NumberText(*b / full.number * 100, 2) + "%，应得 " + Pts(*a.recomputed));
  }

  // The project's 分值 against its total (the 总分 row's 分值, else 100), and the published
  // total against the sum of the published rows. `at` is the 总分 row when `has_total`, else the
  // project's last row.
  void CheckTotal(size_t at_row, bool has_total) {
    AuditRow& at = result_.rows[at_row];
    const FilledRow& row = table_.rows[at_row];
    std::optional<double> declared_points = has_total ? ParsePoints(row.points) : std::nullopt;
    const double expected = declared_points.value_or(100);
    if (points_readable_ && std::fabs(points_sum_ - expected) >= kAuditCent)
      Add(at, FindingKind::kPointsDoNotAddUp, Severity::kError,
          "各行分值合计 " + NumberText(points_sum_) + "，不等于总分值 " + NumberText(expected));
    if (!has_total) return;
    at.published = ParsePoints(row.score);
    at.recomputed = RoundScore(recomputed_sum_, kRounding);
    at.method = "各行复核得分之和";
    if (!at.published && !row.score.empty())
      Add(at, FindingKind::kUnreadable, Severity::kError, "总分「" + row.score + "」不是数值");
    if (at.published && scores_readable_ &&
        std::fabs(*at.published - RoundScore(published_sum_, kRounding)) >= kAuditCent)
      Add(at, FindingKind::kTotalDiffers, Severity::kError,
          "公布总分 " + Pts(*at.published) + " 不等于各行公布得分之和 " + Pts(published_sum_));
  }

  const FilledTable& table_;
  const Scorecard* card_;
  const TableBinding* binding_ = nullptr;  // the current project's, with --template
  IndicatorValues others_;
  AuditResult result_;
  std::map<std::string, ParsedCriteria> parsed_;
  double points_sum_ = 0, published_sum_ = 0, recomputed_sum_ = 0;
  bool points_readable_ = true, scores_readable_ = true;
};

}  // namespace

std::string_view FindingKindLabel(FindingKind kind) {
  static constexpr std::string_view kLabels[kFindingKindCount] = {
      "得分与规则不符",   "得分超出分值范围",   "分值合计不符",     "总分不等于各行之和",
      "执行率计算不符",   "扣分未填偏差原因",   "未达目标却得满分", "达到目标却扣分",
      "定性得分不在档内", "数值无法读取",       "评分标准无法识别", "评分标准与目标值不一致",
      "评价人酌情打分",   "小计不等于下级之和", "疑似错列",         "模板中无此指标",
  };
  return kLabels[static_cast<size_t>(kind)];
}

std::string_view SeverityLabel(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "错误";
    case Severity::kWarning:
      return "警告";
    case Severity::kNote:
      break;
  }
  return "提示";
}

AuditResult AuditTable(const FilledTable& table, const Scorecard* card) {
  return Auditor(table, card).Run();
}

}  // namespace jixiao
