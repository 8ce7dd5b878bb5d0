// Renderers for `jixiao audit`: every input row with 复核得分, 差异 and 审核意见, then a summary.
// They only read the audit; nothing is recomputed here.
#ifndef JIXIAO_REPORTS_AUDIT_REPORT_H_
#define JIXIAO_REPORTS_AUDIT_REPORT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/audit.h"
#include "reports/render.h"

namespace jixiao {

/// CSV (UTF-8 with BOM): per table, its header plus 复核得分, 差异, 审核意见, every input row
/// with the three cells filled (blank when not recomputed or no finding), a blank line; then the
/// summary rows (文件/项目/检查行数, then one row per finding kind found).
std::string RenderAuditCsv(const std::vector<AuditedTable>& tables);

/// An HTML page (reports/html_page.h): per table, one ruled table per project with every checked
/// row — 得分 as published, 复核得分, 差异, the method and the findings coloured by severity —
/// then the summary. kPdf prints the same page.
std::string RenderAuditHtml(const std::vector<AuditedTable>& tables);

/// The same content for a terminal (kText), Markdown, JSON, HTML or PDF (its HTML).
std::string RenderAudit(ReportFormat format, const std::vector<AuditedTable>& tables);

// What every audit renderer prints the same way.

/// Counts over all tables, for the summary.
struct AuditTotals {
  int rows = 0, projects = 0, errors = 0, warnings = 0, notes = 0;
  size_t counts[kFindingKindCount] = {};
};
AuditTotals SumAudit(const std::vector<AuditedTable>& tables);

/// "共 2 个项目、40 行；错误 3 条，警告 1 条，提示 0 条".
std::string AuditSummaryLine(const AuditTotals& totals);

/// A score with two decimals, or "" when absent.
std::string AuditFigure(const std::optional<double>& points);

/// 得分 − 复核得分 with two decimals (0.00 below half a cent), or "" when either is absent.
std::string AuditDifference(const AuditRow& row);

/// The row's name for listings: "项目/一级/二级/三级", "项目/预算执行率" or "项目/总分".
std::string AuditRowName(const FilledRow& row);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_AUDIT_REPORT_H_
