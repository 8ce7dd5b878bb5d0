#include "engine/audit.h"

#include <cmath>
#include <map>

#include "engine/rounding.h"
#include "indicators/deadline.h"
#include "indicators/number_text.h"
#include "indicators/value.h"
#include "rules/compare.h"
#include "rules/criteria_text.h"
#include "rules/rule.h"
#include "rules/threshold.h"

namespace jixiao {
namespace {

constexpr double kCent = 0.005;  // published figures are rounded to 2 decimals

const RoundingRule kRounding{};  // half-up to 2 places, as published tables round

// A cell that is one plain number ("2.27", "10分"); nullopt otherwise.
std::optional<double> PlainNumber(const std::string& cell) {
  Value v = ParseValue(cell);
  if (v.kind != ValueKind::kNumber || !v.error.empty() || !v.text.empty() ||
      v.comparator != Comparator::kNone || !(v.unit.empty() || v.unit == "分"))
    return std::nullopt;
  return v.number;
}

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

class Auditor {
 public:
  explicit Auditor(const FilledTable& table) : table_(table) {}

  AuditResult Run() {
    result_.rows.resize(table_.rows.size());
    for (size_t i = 0; i < table_.rows.size(); ++i) {
      const FilledRow& r = table_.rows[i];
      if (r.kind == FilledRowKind::kOther) continue;
      if (r.project != project_ || !started_) FinishProject(i);
      started_ = true;
      project_ = r.project;
      last_row_ = i;
      if (r.kind == FilledRowKind::kTotal) {
        total_row_ = i;
        continue;
      }
      ++result_.rows_checked;
      AuditRowAt(r, result_.rows[i]);
    }
    FinishProject(table_.rows.size());
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

  void AuditRowAt(const FilledRow& r, AuditRow& a) {
    std::optional<double> w = PlainNumber(r.points);
    if (!w) {
      Add(a, FindingKind::kUnreadable, Severity::kError,
          r.points.empty() ? "分值为空" : "分值「" + r.points + "」不是数值");
      points_readable_ = false;
    } else {
      points_sum_ += *w;
    }
    a.published = PlainNumber(r.score);
    if (!a.published) {
      Add(a, FindingKind::kUnreadable, Severity::kError,
          r.score.empty() ? "得分为空" : "得分「" + r.score + "」不是数值");
      scores_readable_ = false;
    } else {
      published_sum_ += *a.published;
    }
    if (w && a.published && (*a.published < 0 || *a.published > *w + 1e-9))
      Add(a, FindingKind::kScoreOutOfRange, Severity::kError,
          "得分 " + NumberText(*a.published) + " 超出分值范围 [0, " + NumberText(*w) + "]");
    Recompute(r, a, w);
    double row_total = a.recomputed ? *a.recomputed : a.published.value_or(0);
    recomputed_sum_ += row_total;
  }

  void Recompute(const FilledRow& r, AuditRow& a, std::optional<double> w) {
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
    const bool has_note = !r.note.empty();

    MethodSpec spec;
    const ParsedCriteria* rule = nullptr;
    if (!r.criteria.empty()) {
      rule = &Parse(r.criteria);
      if (!rule->recognised) {
        Add(a, FindingKind::kRuleUnrecognised, Severity::kWarning,
            "评分标准无法识别（" + rule->problem + "），改按默认规则复核");
        rule = nullptr;
      }
    }
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
      AuditBudget(r, a, *w);
      return;
    } else if (target.kind == ValueKind::kText || actual.kind == ValueKind::kText ||
               target.kind == ValueKind::kEmpty) {
      if (!(target.kind == ValueKind::kDeadline && SaysOnTime(actual.text))) {
        JudgeQualitative(r, a, *w, target, actual, has_note);
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
    a.method =
        std::string(RuleKindCode(spec.kind)) + " " + std::string(RuleKindLabel(spec.kind)) + source;
    in.comparator = target.comparator == Comparator::kNone && negative ? Comparator::kAtMost
                                                                       : target.comparator;
    in.direction = negative ? Direction::kNegative : Direction::kPositive;
    in.target_label = target.kind == ValueKind::kText ? target.text : target.raw;
    in.actual_label = actual.kind == ValueKind::kText ? actual.text : actual.raw;
    if (IsNumeric(target)) {
      in.target = target.number;
      in.unit = target.unit;
    }
    if (IsNumeric(actual)) {
      in.actual = IsNumeric(target) ? ConvertUnit(actual.number, actual.unit, target.unit)
                                    : std::optional<double>(actual.number);
      if (!in.actual) {
        Add(a, FindingKind::kUnreadable, Severity::kError,
            "实际完成值「" + actual.raw + "」的单位「" + actual.unit + "」与年度指标值「" +
                target.raw + "」的单位不一致，无法比较");
        return;
      }
    } else if (target.kind == ValueKind::kDeadline && SaysOnTime(actual.text)) {
      in.actual = target.number;
    }
    RuleResult res = ApplyRule(spec, in);
    if (res.outcome != Outcome::kScored) {
      Add(a, FindingKind::kUnreadable, Severity::kWarning, "无法复核：" + res.reason);
      return;
    }
    a.recomputed = RoundScore(res.points, kRounding);
    if (!a.published || std::fabs(*a.published - *a.recomputed) < kCent) return;
    const Severity severity = has_note ? Severity::kWarning : Severity::kError;
    const std::string why = has_note ? "；偏差原因：" + r.note : "，且未填写偏差原因";
    const std::string rule_text = a.method + " 应得 " + Pts(*a.recomputed);
    const bool full = *a.published >= *w - 1e-9;
    if (in.target && in.actual && spec.kind != RuleKind::kBanded) {
      const bool met = TargetMet(in.comparator, in.direction, *in.target, *in.actual);
      if (!met && full) {
        Add(a, FindingKind::kMissedButFull, severity,
            "未达到目标（" + actual.raw + " 对 " + target.raw + "）却得满分；" + rule_text + why);
        return;
      }
      if (met && !full && *a.recomputed >= *w - 1e-9) {
        Add(a, FindingKind::kMetButDeducted, severity,
            "已达到目标（" + actual.raw + " 对 " + target.raw + "）却扣分，得 " +
                Pts(*a.published) + "/" + Pts(*w) + why);
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

  void JudgeQualitative(const FilledRow& r, AuditRow& a, double w, const Value& target,
                        const Value& actual, bool has_note) {
    a.method = "M5 定性三档（默认，评价人打分）";
    if (!a.published) return;
    const double s = *a.published;
    if (SaysAchieved(target, actual) && s < 0.8 * w - 1e-9)
      Add(a, FindingKind::kOutsideBand, has_note ? Severity::kWarning : Severity::kError,
          "实际完成值「" + actual.raw + "」表明目标达成，得分 " + Pts(s) + " 却低于达成档 [" +
              Pts(0.8 * w) + ", " + Pts(w) + "]");
    else if (s < w - 1e-9 && !has_note)
      Add(a, FindingKind::kDeductionWithoutNote, Severity::kWarning,
          "扣 " + NumberText(w - s) + " 分（得 " + Pts(s) + "/" + Pts(w) + "），但未填写偏差原因");
    (void)r;
  }

  void AuditBudget(const FilledRow& r, AuditRow& a, double w) {
    a.method = "M1 预算执行率（默认）";
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
      else if (std::fabs(printed.number - RoundScore(rate, kRounding)) >= kCent)
        Add(a, FindingKind::kRateDiffers, Severity::kError,
            "执行率印为 " + r.execution_rate + "，全年执行数/全年预算数 = " + NumberText(*b) + "/" +
                NumberText(full.number) + " = " + NumberText(rate, 2) + "%");
    }
    if (a.published && std::fabs(*a.published - *a.recomputed) >= kCent)
      Add(a, FindingKind::kScoreDiffers, r.note.empty() ? Severity::kError : Severity::kWarning,
          "得分 " + Pts(*a.published) + " 与执行率不符：执行率 " +
              NumberText(*b / full.number * 100, 2) + "%，应得 " + Pts(*a.recomputed));
  }

  // Checks the finished project's sums and resets the running totals for the next one.
  void FinishProject(size_t next) {
    (void)next;
    if (started_) {
      const bool has_total = total_row_ < table_.rows.size();
      AuditRow& at = result_.rows[has_total ? total_row_ : last_row_];
      std::optional<double> declared_points =
          has_total ? PlainNumber(table_.rows[total_row_].points) : std::nullopt;
      const double expected = declared_points.value_or(100);
      if (points_readable_ && std::fabs(points_sum_ - expected) >= kCent)
        Add(at, FindingKind::kPointsDoNotAddUp, Severity::kError,
            "各行分值合计 " + NumberText(points_sum_) + "，不等于总分值 " + NumberText(expected));
      if (has_total) {
        at.published = PlainNumber(table_.rows[total_row_].score);
        at.recomputed = RoundScore(recomputed_sum_, kRounding);
        at.method = "各行复核得分之和";
        if (!at.published && !table_.rows[total_row_].score.empty())
          Add(at, FindingKind::kUnreadable, Severity::kError,
              "总分「" + table_.rows[total_row_].score + "」不是数值");
        if (at.published && scores_readable_ &&
            std::fabs(*at.published - RoundScore(published_sum_, kRounding)) >= kCent)
          Add(at, FindingKind::kTotalDiffers, Severity::kError,
              "公布总分 " + Pts(*at.published) + " 不等于各行公布得分之和 " + Pts(published_sum_));
      }
      ++result_.projects;
    }
    points_sum_ = published_sum_ = recomputed_sum_ = 0;
    points_readable_ = scores_readable_ = true;
    total_row_ = table_.rows.size();
  }

  const FilledTable& table_;
  AuditResult result_;
  std::map<std::string, ParsedCriteria> parsed_;
  std::string project_;
  bool started_ = false;
  size_t last_row_ = 0;
  size_t total_row_ = static_cast<size_t>(-1);
  double points_sum_ = 0, published_sum_ = 0, recomputed_sum_ = 0;
  bool points_readable_ = true, scores_readable_ = true;
};

}  // namespace

std::string_view FindingKindLabel(FindingKind kind) {
  static constexpr std::string_view kLabels[kFindingKindCount] = {
      "得分与规则不符",   "得分超出分值范围", "分值合计不符",     "总分不等于各行之和",
      "执行率计算不符",   "扣分未填偏差原因", "未达目标却得满分", "达到目标却扣分",
      "定性得分不在档内", "数值无法读取",     "评分标准无法识别", "评分标准与目标值不一致",
      "评价人酌情打分",
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

AuditResult AuditTable(const FilledTable& table) { return Auditor(table).Run(); }

}  // namespace jixiao
