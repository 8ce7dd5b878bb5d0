// The audit as an HTML page to read or print: a sheet per audited file, a table per project with
// every checked row (published and recomputed score, difference, method, findings coloured by
// severity), and the summary.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "reports/audit_report.h"
#include "reports/html_page.h"

namespace jixiao {
namespace {

struct AuditColumn {
  std::string_view title;
  int width_percent;
  bool numeric;
};

constexpr AuditColumn kColumns[] = {
    {"行", 5, true},           {"指标", 19, false}, {"年度指标值", 10, false},
    {"实际完成值", 10, false}, {"分值", 6, true},   {"得分", 7, true},
    {"复核得分", 7, true},     {"差异", 7, true},   {"复核方法", 11, false},
    {"审核意见", 18, false},
};

constexpr std::string_view kAuditCss = R"css(h2 { margin: 4mm 0 1.5mm; font-size: 11pt; }
table.audit { font-size: 8pt; }
table.audit td { text-align: left; }
table.audit td.num { text-align: right; }
tr.error td { background: #fdecea; }
tr.warning td { background: #fff6e0; }
td.differs { color: #b00020; font-weight: bold; }
ul.findings { margin: 0; padding: 0; list-style: none; }
li.error { color: #b00020; }
li.warning { color: #9a5b00; }
li.note { color: #35537a; }
p.summary { margin: 1mm 0; font-weight: bold; }
table.counts { width: 60%; }
)css";

std::string_view SeverityClass(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      break;
  }
  return "note";
}

void AppendTextCell(std::string_view text, std::string& out) {
  out += "<td>";
  AppendEscapedHtml(text, out);
  out += "</td>";
}

void AppendNumberCell(std::string_view text, std::string_view extra_class, std::string& out) {
  out += extra_class.empty() ? "<td class=\"num\">"
                             : fmt::format("<td class=\"num {}\">", extra_class);
  AppendEscapedHtml(text, out);
  out += "</td>";
}

// The row's class: its worst finding's severity.
std::string_view RowClass(const AuditRow& row) {
  bool warning = false;
  for (const Finding& f : row.findings) {
    if (f.severity == Severity::kError) return "error";
    warning |= f.severity == Severity::kWarning;
  }
  return warning ? "warning" : "";
}

void AppendRow(const FilledRow& r, const AuditRow& row, std::string& out) {
  std::string_view row_class = RowClass(row);
  out += row_class.empty() ? "<tr>" : fmt::format("<tr class=\"{}\">", row_class);
  AppendNumberCell(std::to_string(r.line), "", out);
  std::string name = AuditRowName(r);
  if (!r.project.empty() && name.rfind(r.project + "/", 0) == 0)
    name.erase(0, r.project.size() + 1);
  AppendTextCell(name, out);
  AppendTextCell(r.target, out);
  AppendTextCell(r.actual, out);
  AppendNumberCell(r.points, "", out);
  AppendNumberCell(r.score, "", out);
  AppendNumberCell(AuditFigure(row.recomputed), "", out);
  std::string difference = AuditDifference(row);
  AppendNumberCell(difference, !difference.empty() && difference != "0.00" ? "differs" : "", out);
  AppendTextCell(row.method, out);
  out += "<td>";
  if (!row.findings.empty()) {
    out += "<ul class=\"findings\">";
    for (const Finding& f : row.findings) {
      out += fmt::format("<li class=\"{}\">[", SeverityClass(f.severity));
      AppendEscapedHtml(SeverityLabel(f.severity), out);
      out += "] ";
      AppendEscapedHtml(f.message, out);
      out += "</li>";
    }
    out += "</ul>";
  }
  out += "</td></tr>\n";
}

void AppendTableStart(const std::string& project, std::string& out) {
  if (!project.empty()) {
    out += "<h2>";
    AppendEscapedHtml(project, out);
    out += "</h2>\n";
  }
  out += "<table class=\"grid audit\">\n<colgroup>";
  for (const AuditColumn& column : kColumns)
    out += fmt::format("<col style=\"width:{}%\">", column.width_percent);
  out += "</colgroup>\n<thead><tr>";
  for (const AuditColumn& column : kColumns) {
    out += "<th scope=\"col\">";
    AppendEscapedHtml(column.title, out);
    out += "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
}

// One table per project: a new one wherever the project name changes.
void AppendFile(const AuditedTable& a, std::string& out) {
  bool open = false;
  std::string project;
  for (size_t i = 0; i < a.table.rows.size(); ++i) {
    const FilledRow& r = a.table.rows[i];
    if (r.kind == FilledRowKind::kOther) continue;
    if (!open || r.project != project) {
      if (open) out += "</tbody>\n</table>\n";
      project = r.project;
      AppendTableStart(project, out);
      open = true;
    }
    AppendRow(r, a.result.rows[i], out);
  }
  if (open) out += "</tbody>\n</table>\n";
}

void AppendSummary(const std::vector<AuditedTable>& tables, std::string& out) {
  AuditTotals totals = SumAudit(tables);
  out += "<h2>汇总</h2>\n<p class=\"summary\">";
  AppendEscapedHtml(AuditSummaryLine(totals), out);
  out += "</p>\n";
  bool any = false;
  for (size_t k = 0; k < kFindingKindCount; ++k) {
    if (totals.counts[k] == 0) continue;
    if (!any)
      out +=
          "<table class=\"grid counts\">\n<colgroup><col style=\"width:75%\"><col "
          "style=\"width:25%\"></colgroup>\n<thead><tr><th scope=\"col\">问题</th><th "
          "scope=\"col\">条数</th></tr></thead>\n<tbody>\n";
    any = true;
    out += "<tr>";
    AppendTextCell(FindingKindLabel(static_cast<FindingKind>(k)), out);
    AppendNumberCell(std::to_string(totals.counts[k]), "", out);
    out += "</tr>\n";
  }
  if (any) out += "</tbody>\n</table>\n";
}

}  // namespace

std::string RenderAuditHtml(const std::vector<AuditedTable>& tables) {
  HtmlDocument document;
  document.title = "绩效自评表复核";
  document.css = std::string(kAuditCss);
  for (size_t t = 0; t < tables.size(); ++t) {
    document.body +=
        "<section class=\"sheet audit\">\n<h1>绩效自评表复核</h1>\n<p class=\"stamp\">";
    AppendEscapedHtml("复核：" + tables[t].table.file, document.body);
    document.body += "</p>\n";
    AppendFile(tables[t], document.body);
    if (t + 1 == tables.size()) AppendSummary(tables, document.body);
    document.body += "</section>\n";
  }
  if (tables.empty()) {
    document.body += "<section class=\"sheet audit\">\n<h1>绩效自评表复核</h1>\n";
    AppendSummary(tables, document.body);
    document.body += "</section>\n";
  }
  return RenderHtmlDocument(document);
}

}  // namespace jixiao
