// Renderers: evaluated projects → text in one output format. Each renderer lays
// every project out with BuildForm (reports/form_rows.h) and prints the Form;
// none recomputes anything.
#ifndef JIXIAO_REPORTS_RENDER_H_
#define JIXIAO_REPORTS_RENDER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/score_tree.h"

namespace jixiao {

/// kPdf renders the same document as kHtml, which the caller prints to PDF with
/// PrintHtmlToPdf (reports/pdf.h).
enum class ReportFormat { kText, kMarkdown, kCsv, kJson, kHtml, kPdf };

/// "table" (or "text"), "markdown" (or "md"), "csv", "json", "html", "pdf";
/// nullopt for anything else.
std::optional<ReportFormat> ParseReportFormat(std::string_view name);

/// Renders `trees` in `format` (dispatches to the functions below).
std::string RenderReport(ReportFormat format, const std::vector<ScoreTree>& trees);

/// Aligned ASCII box tables for a terminal, one form after another. CJK
/// characters count two columns; long cells wrap within their column, so no
/// text is lost.
std::string RenderTextTable(const std::vector<ScoreTree>& trees);

/// GitHub-flavoured Markdown: a heading, the header fields and the tables of
/// each project.
std::string RenderMarkdown(const std::vector<ScoreTree>& trees);

/// One self-contained HTML document (reports/html_page.h) replicating the printed form of each
/// project: header block, 项目资金, 年度总体目标, the indicator table with merged group cells,
/// 总分, 等级 and notes. Each project is a sheet of A4 that starts a new printed page.
std::string RenderHtml(const std::vector<ScoreTree>& trees);

/// One CSV for all projects (UTF-8 with BOM, RFC 4180, CRLF): a header row,
/// then the budget, indicator, 总分 and 等级 rows of each project, 项目名称
/// first and the row's notes last. Text cells that a spreadsheet would run as a
/// formula get a leading apostrophe.
std::string RenderCsv(const std::vector<ScoreTree>& trees);

/// Batch outputs: one line per project, appended to `out` as each project is scored, so that
/// any number of projects streams through bounded memory and the lines of consecutive runs
/// concatenate. Summary CSV is a machine format (no BOM, LF): 项目名称,总分,等级.
std::string_view SummaryCsvHeader();
void AppendSummaryCsvLine(const ScoreTree& tree, std::string& out);
/// The same line from its parts, for batch scoring that computes totals without a ScoreTree.
void AppendSummaryCsvLine(std::string_view project_name, double total, const RoundingRule& rounding,
                          std::string_view grade, std::string& out);

/// Appends `text` as one RFC 4180 field (quoted when it holds a comma, a quote or a line break),
/// with an apostrophe before a leading = + - @ (a spreadsheet would run it as a formula). Shared
/// by every CSV writer.
void AppendCsvTextField(std::string_view text, std::string& out);

/// One project as a single-line JSON object (RenderJson's object, without line breaks) and "\n".
void AppendJsonLine(const ScoreTree& tree, std::string& out);

/// A JSON array with one object per project: stamp, project, budget, total,
/// grade, findings, notes and the full node tree with traces.
/// Appends `s` as a JSON string literal: quotes, backslashes and control characters escaped,
/// invalid UTF-8 replaced by U+FFFD, U+2028/U+2029 escaped. Shared by every JSON writer.
void AppendJsonString(std::string_view s, std::string& out);

std::string RenderJson(const std::vector<ScoreTree>& trees);

/// A plain-text account of how `node` got its score (for `jixiao explain`):
/// path, method, inputs, every trace step in order, raw and rounded result,
/// outcome and findings. REQUIRES: `node` belongs to `tree`.
std::string RenderExplanation(const ScoreTree& tree, const ScoreNode& node);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_RENDER_H_
