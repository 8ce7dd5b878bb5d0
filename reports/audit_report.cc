#include "reports/audit_report.h"

#include <cmath>

#include <fmt/format.h>

#include "indicators/utf8.h"
#include "reports/render.h"

namespace jixiao {

std::string AuditFigure(const std::optional<double>& v) {
  return v ? fmt::format("{:.2f}", *v) : std::string();
}

std::string AuditDifference(const AuditRow& row) {
  if (!row.published || !row.recomputed) return {};
  double d = *row.published - *row.recomputed;
  if (std::abs(d) < 0.005) d = 0;
  return fmt::format("{:.2f}", d);
}

namespace {

std::string Opinion(const AuditRow& row) {
  std::string out;
  for (const Finding& f : row.findings)
    out += (out.empty() ? "" : "；") + fmt::format("[{}] {}", SeverityLabel(f.severity), f.message);
  return out;
}

std::string CsvCell(const std::string& s) {
  std::string cell = s;
  if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '@')) cell = "'" + cell;
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string out = "\"";
  for (char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void CsvLine(const std::vector<std::string>& cells, std::string& out) {
  for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + CsvCell(cells[i]);
  out += "\r\n";
}

}  // namespace

AuditTotals SumAudit(const std::vector<AuditedTable>& tables) {
  AuditTotals t;
  for (const AuditedTable& a : tables) {
    t.rows += a.result.rows_checked;
    t.projects += a.result.projects;
    for (size_t k = 0; k < kFindingKindCount; ++k) t.counts[k] += a.result.counts[k];
    for (const AuditRow& r : a.result.rows)
      for (const Finding& f : r.findings)
        ++(f.severity == Severity::kError     ? t.errors
           : f.severity == Severity::kWarning ? t.warnings
                                              : t.notes);
  }
  return t;
}

std::string AuditSummaryLine(const AuditTotals& t) {
  return fmt::format("共 {} 个项目、{} 行；错误 {} 条，警告 {} 条，提示 {} 条", t.projects, t.rows,
                     t.errors, t.warnings, t.notes);
}

std::string AuditRowName(const FilledRow& r) {
  std::string name = r.project.empty() ? "" : r.project + "/";
  if (r.kind == FilledRowKind::kTotal) return name + "总分";
  if (r.kind == FilledRowKind::kBudget && r.level3.empty()) return name + "预算执行率";
  for (const std::string* s : {&r.level1, &r.level2, &r.level3})
    if (!s->empty()) name += *s + "/";
  if (!name.empty()) name.pop_back();
  return name;
}

namespace {

std::string JsonNumber(const std::optional<double>& v) {
  return v ? fmt::format("{:.2f}", *v) : std::string("null");
}

std::string RenderJsonAudit(const std::vector<AuditedTable>& tables) {
  std::string out = "{\"files\": [";
  for (size_t t = 0; t < tables.size(); ++t) {
    const AuditedTable& a = tables[t];
    out += t ? ",\n  {\"file\": " : "\n  {\"file\": ";
    AppendJsonString(a.table.file, out);
    out += ", \"header\": [";
    for (size_t i = 0; i < a.table.header.size(); ++i) {
      if (i) out += ", ";
      AppendJsonString(a.table.header[i], out);
    }
    out += "], \"rows\": [";
    bool first = true;
    for (size_t i = 0; i < a.table.rows.size(); ++i) {
      const FilledRow& r = a.table.rows[i];
      const AuditRow& row = a.result.rows[i];
      out += first ? "\n    {" : ",\n    {";
      first = false;
      out += fmt::format("\"line\": {}, \"name\": ", r.line);
      AppendJsonString(AuditRowName(r), out);
      out += ", \"cells\": [";
      for (size_t c = 0; c < r.cells.size(); ++c) {
        if (c) out += ", ";
        AppendJsonString(r.cells[c], out);
      }
      out += "], \"method\": ";
      AppendJsonString(row.method, out);
      out += ", \"published\": " + JsonNumber(row.published) +
             ", \"recomputed\": " + JsonNumber(row.recomputed) + ", \"difference\": " +
             (AuditDifference(row).empty() ? std::string("null") : AuditDifference(row)) +
             ", \"findings\": [";
      for (size_t f = 0; f < row.findings.size(); ++f) {
        const Finding& finding = row.findings[f];
        out += f ? ", {\"kind\": " : "{\"kind\": ";
        AppendJsonString(FindingKindLabel(finding.kind), out);
        out += ", \"severity\": ";
        AppendJsonString(SeverityLabel(finding.severity), out);
        out += ", \"message\": ";
        AppendJsonString(finding.message, out);
        out += "}";
      }
      out += "]}";
    }
    out += "]}";
  }
  AuditTotals totals = SumAudit(tables);
  out += fmt::format(
      "],\n \"summary\": {{\"projects\": {}, \"rows\": {}, \"errors\": {}, \"warnings\": {}, "
      "\"notes\": {}, \"findings\": {{",
      totals.projects, totals.rows, totals.errors, totals.warnings, totals.notes);
  bool first = true;
  for (size_t k = 0; k < kFindingKindCount; ++k) {
    if (totals.counts[k] == 0) continue;
    out += first ? "" : ", ";
    first = false;
    AppendJsonString(FindingKindLabel(static_cast<FindingKind>(k)), out);
    out += fmt::format(": {}", totals.counts[k]);
  }
  return out + "}}}\n";
}

// Markdown and the terminal listing: the checked rows with their figures and findings.
std::string RenderListing(const std::vector<AuditedTable>& tables, bool markdown) {
  std::string out;
  for (const AuditedTable& a : tables) {
    out += markdown ? "## 复核：" + a.table.file + "\n\n" : "复核：" + a.table.file + "\n";
    if (markdown)
      out +=
          "| 行 | 指标 | 得分 | 复核得分 | 差异 | 复核方法 | 审核意见 "
          "|\n|---|---|---|---|---|---|---|\n";
    for (size_t i = 0; i < a.table.rows.size(); ++i) {
      const FilledRow& r = a.table.rows[i];
      const AuditRow& row = a.result.rows[i];
      if (r.kind == FilledRowKind::kOther) continue;
      if (markdown) {
        std::string opinion = Opinion(row);
        for (std::string_view p : {"|"})
          for (size_t at = opinion.find(p); at != std::string::npos; at = opinion.find(p, at + 2))
            opinion.replace(at, 1, "\\|");
        out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", r.line, AuditRowName(r),
                           AuditFigure(row.published), AuditFigure(row.recomputed),
                           AuditDifference(row), row.method, opinion);
      } else if (!row.findings.empty()) {
        for (const Finding& f : row.findings)
          out += fmt::format("  {}:{}: {}: {}\n    得分 {}，复核 {}；{}\n", a.table.file, r.line,
                             SeverityLabel(f.severity), AuditRowName(r),
                             row.published ? AuditFigure(row.published) : "—",
                             row.recomputed ? AuditFigure(row.recomputed) : "—", f.message);
      }
    }
    out += "\n";
  }
  AuditTotals totals = SumAudit(tables);
  out += markdown ? "## 汇总\n\n" + AuditSummaryLine(totals) + "\n\n"
                  : "汇总：" + AuditSummaryLine(totals) + "\n";
  for (size_t k = 0; k < kFindingKindCount; ++k)
    if (totals.counts[k] > 0)
      out +=
          (markdown ? "- " : "  ") +
          fmt::format("{}：{}\n", FindingKindLabel(static_cast<FindingKind>(k)), totals.counts[k]);
  return out;
}

}  // namespace

std::string RenderAuditCsv(const std::vector<AuditedTable>& tables) {
  std::string out = "\xEF\xBB\xBF";
  for (const AuditedTable& a : tables) {
    std::vector<std::string> header = a.table.header;
    for (const char* h : {"复核得分", "差异", "审核意见"}) header.emplace_back(h);
    CsvLine(header, out);
    for (size_t i = 0; i < a.table.rows.size(); ++i) {
      std::vector<std::string> cells = a.table.rows[i].cells;
      cells.resize(a.table.header.size());
      const AuditRow& row = a.result.rows[i];
      cells.push_back(AuditFigure(row.recomputed));
      cells.push_back(AuditDifference(row));
      cells.push_back(Opinion(row));
      CsvLine(cells, out);
    }
    out += "\r\n";
  }
  AuditTotals totals = SumAudit(tables);
  CsvLine({"汇总", AuditSummaryLine(totals)}, out);
  for (size_t k = 0; k < kFindingKindCount; ++k)
    if (totals.counts[k] > 0)
      CsvLine({std::string(FindingKindLabel(static_cast<FindingKind>(k))),
               std::to_string(totals.counts[k])},
              out);
  return out;
}

std::string RenderAudit(ReportFormat format, const std::vector<AuditedTable>& tables) {
  switch (format) {
    case ReportFormat::kCsv:
      return RenderAuditCsv(tables);
    case ReportFormat::kJson:
      return RenderJsonAudit(tables);
    case ReportFormat::kMarkdown:
      return RenderListing(tables, true);
    case ReportFormat::kHtml:
    case ReportFormat::kPdf:
      return RenderAuditHtml(tables);
    case ReportFormat::kText:
      break;
  }
  return RenderListing(tables, false);
}

}  // namespace jixiao
