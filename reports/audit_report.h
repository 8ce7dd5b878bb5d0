// Renderers for `jixiao audit`: every input row with 复核得分, 差异 and 审核意见, then a summary.
// They only read the audit; nothing is recomputed here.
#ifndef JIXIAO_REPORTS_AUDIT_REPORT_H_
#define JIXIAO_REPORTS_AUDIT_REPORT_H_

#include <string>
#include <vector>

#include "engine/audit.h"
#include "reports/render.h"

namespace jixiao {

/// CSV (UTF-8 with BOM): per table, its header plus 复核得分, 差异, 审核意见, every input row
/// with the three cells filled (blank when not recomputed or no finding), a blank line; then the
/// summary rows (文件/项目/检查行数, then one row per finding kind found).
std::string RenderAuditCsv(const std::vector<AuditedTable>& tables);

/// The same content for a terminal (kText), Markdown or JSON.
std::string RenderAudit(ReportFormat format, const std::vector<AuditedTable>& tables);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_AUDIT_REPORT_H_
