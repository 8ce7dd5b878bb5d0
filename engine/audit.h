// The reviewer's audit of a filled table: every row recomputed by its rule, every published
// figure checked, every discrepancy explained (one line of Chinese each).
#ifndef JIXIAO_ENGINE_AUDIT_H_
#define JIXIAO_ENGINE_AUDIT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/filled_table.h"

namespace jixiao {

struct Scorecard;

/// What a finding is about; each kind is counted in the summary.
enum class FindingKind {
  kScoreDiffers,          // 得分与评分规则不符
  kScoreOutOfRange,       // 得分超出 [0, 分值]
  kPointsDoNotAddUp,      // 分值合计不等于总分值
  kTotalDiffers,          // 公布总分不等于各行得分之和
  kRateDiffers,           // 执行率不等于全年执行数/全年预算数
  kDeductionWithoutNote,  // 扣分但未填偏差原因
  kMissedButFull,         // 未达到目标却得满分
  kMetButDeducted,        // 达到目标却扣分
  kOutsideBand,           // 定性得分不在档内
  kUnreadable,            // 单元格无法读取
  kRuleUnrecognised,      // 评分标准无法识别
  kRuleTargetMismatch,    // 评分标准中的目标与年度指标值不一致
  kJudged,                // 评价人酌情打分（提示）
  kSubtotalDiffers,       // 分组行的得分不等于其下各行得分之和
  kShiftedCells,          // 单元格疑似错列
  kNotInTemplate,         // --template 的模板中没有这一行的指标
};
inline constexpr size_t kFindingKindCount = static_cast<size_t>(FindingKind::kNotInTemplate) + 1;

/// Published figures are rounded to 2 decimals: figures closer than this are equal.
inline constexpr double kAuditCent = 0.005;

/// The summary label of a kind: "得分与规则不符".
std::string_view FindingKindLabel(FindingKind kind);

/// One finding. Severity kError makes the audit exit 1; kWarning is a lesser finding (e.g. a
/// departure explained by a 偏差原因); kNote is information.
struct Finding {
  FindingKind kind = FindingKind::kScoreDiffers;
  Severity severity = Severity::kError;
  std::string message;  // one line, Chinese
};

/// The audit of one table row (parallel to FilledTable::rows).
struct AuditRow {
  std::optional<double> published;   // 得分 as printed, when readable
  std::optional<double> recomputed;  // 复核得分, rounded; nullopt when it cannot be recomputed
  std::string method;  // "M9 达标全得（评分标准）", "M2 正向比例（默认）"
  std::vector<Finding> findings;
};

struct AuditResult {
  std::vector<AuditRow> rows;
  int rows_checked = 0;  // indicator, budget and group rows
  int projects = 0;
  size_t counts[kFindingKindCount] = {};
  bool has_errors = false;
};

/// A table and its audit, as the renderers take them.
struct AuditedTable {
  FilledTable table;
  AuditResult result;
};

/// Appends a finding to a row.
inline void AddFinding(AuditRow& row, FindingKind kind, Severity severity, std::string message) {
  row.findings.push_back(Finding{kind, severity, std::move(message)});
}

/// A figure as published tables round it: half-up to 2 places (9.975 → 9.98).
double RoundFigure(double v);

/// The same, printed with 2 decimals ("9.98", "10.00").
std::string FormatFigure(double v);

/// A 得分 cell as the table publishes it: its number rounded half-up to 2 places, so that a
/// workbook's 9.985 in a 0.00 cell is the 9.99 it shows (scores are published to 2 decimals and
/// checked at no fewer); nullopt when the cell is not a number (ParsePoints).
std::optional<double> ReadPublishedScore(const std::string& cell);

/// "错误", "警告", "提示".
std::string_view SeverityLabel(Severity severity);

/// Audits a table: recomputes each row with the rule of its own 评分标准 when it can be read,
/// else the central defaults (M1 budget row; M2, or M3 R1 for ≤/< targets and 成本指标; an M5
/// band check for text targets, whose score is a judgement), and checks cells, sums and totals
/// per project. With `card` (--template), a row's indicator is found in the template as
/// `jixiao score` finds project data's, and the template's rule comes first: a method the
/// template sets on the indicator or a group above it wins over the row's 评分标准, which wins
/// over the template's defaults; the template's group points are checked too.
AuditResult AuditTable(const FilledTable& table, const Scorecard* card = nullptr);

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_AUDIT_H_
