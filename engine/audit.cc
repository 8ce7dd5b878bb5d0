#include "engine/audit.h"

#include <cmath>

#include "engine/audit_groups.h"
#include "engine/audit_template.h"
#include "engine/recompute.h"
#include "engine/rounding.h"
#include "engine/scorecard.h"
#include "engine/shifted_cells.h"
#include "indicators/number_text.h"

namespace jixiao {
namespace {

class Auditor {
 public:
  Auditor(const FilledTable& table, const Scorecard* card)
      : table_(table), card_(card), recomputer_(card) {}

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
  void AuditProject(size_t begin, size_t end) {
    points_sum_ = published_sum_ = recomputed_sum_ = 0;
    points_readable_ = scores_readable_ = true;
    size_t total_row = end, last_row = begin;
    TableBinding binding;
    binding_ = nullptr;
    if (card_ != nullptr) {
      BindTableProject(*card_, table_, begin, end, binding);
      binding_ = &binding;
    }
    recomputer_.StartProject(binding_);
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

  void AuditRowAt(size_t i) {
    const FilledRow& r = table_.rows[i];
    AuditRow& a = result_.rows[i];
    std::optional<double> w = ParsePoints(r.points);
    a.published = ReadPublishedScore(r.score);
    if (w)
      points_sum_ += *w;
    else
      points_readable_ = false;
    if (a.published)
      published_sum_ += *a.published;
    else
      scores_readable_ = false;
    if (ShiftedCells shifted = FindShiftedCells(table_, r); !shifted.message.empty()) {
      AddFinding(a, FindingKind::kShiftedCells, Severity::kError, std::move(shifted.message));
      recomputed_sum_ += a.published.value_or(0);
      return;
    }
    if (!w)
      AddFinding(a, FindingKind::kUnreadable, Severity::kError,
                 r.points.empty() ? "分值为空" : "分值「" + r.points + "」不是数值");
    if (!a.published)
      AddFinding(a, FindingKind::kUnreadable, Severity::kError,
                 r.score.empty() ? "得分为空" : "得分「" + r.score + "」不是数值");
    if (w && a.published && (*a.published < 0 || *a.published > *w + 1e-9))
      AddFinding(a, FindingKind::kScoreOutOfRange, Severity::kError,
                 "得分 " + NumberText(*a.published) + " 超出分值范围 [0, " + NumberText(*w) + "]");
    const BoundNode* node = binding_ != nullptr ? binding_->NodeOf(i) : nullptr;
    if (binding_ != nullptr && node == nullptr)
      AddFinding(a, FindingKind::kNotInTemplate, Severity::kError,
                 binding_->problem[i - binding_->begin] + "；按评分标准或默认规则复核");
    if (node != nullptr && w && node->tmpl != nullptr && node->tmpl->points &&
        std::fabs(*node->tmpl->points - *w) >= kAuditCent)
      AddFinding(a, FindingKind::kPointsDoNotAddUp, Severity::kError,
                 "分值 " + NumberText(*w) + " 与模板中「" + node->name + "」的分值 " +
                     NumberText(*node->tmpl->points) + " 不符");
    recomputer_.Recompute(r, a, w, node);
    recomputed_sum_ += a.recomputed ? *a.recomputed : a.published.value_or(0);
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
      AddFinding(
          at, FindingKind::kPointsDoNotAddUp, Severity::kError,
          "各行分值合计 " + NumberText(points_sum_) + "，不等于总分值 " + NumberText(expected));
    if (!has_total) return;
    at.published = ReadPublishedScore(row.score);
    at.recomputed = RoundFigure(recomputed_sum_);
    at.method = "各行复核得分之和";
    if (!at.published && !row.score.empty())
      AddFinding(at, FindingKind::kUnreadable, Severity::kError,
                 "总分「" + row.score + "」不是数值");
    if (at.published && scores_readable_ &&
        std::fabs(*at.published - RoundFigure(published_sum_)) >= kAuditCent)
      AddFinding(at, FindingKind::kTotalDiffers, Severity::kError,
                 "公布总分 " + FormatFigure(*at.published) + " 不等于各行公布得分之和 " +
                     FormatFigure(published_sum_));
  }

  const FilledTable& table_;
  const Scorecard* card_;
  const TableBinding* binding_ = nullptr;  // the current project's, with --template
  Recomputer recomputer_;
  AuditResult result_;
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

double RoundFigure(double v) { return RoundScore(v, RoundingRule{}); }

std::string FormatFigure(double v) { return FormatScore(v, RoundingRule{}); }

std::optional<double> ReadPublishedScore(const std::string& cell) {
  std::optional<double> score = ParsePoints(cell);
  return score ? std::optional<double>(RoundFigure(*score)) : std::nullopt;
}

AuditResult AuditTable(const FilledTable& table, const Scorecard* card) {
  return Auditor(table, card).Run();
}

}  // namespace jixiao
