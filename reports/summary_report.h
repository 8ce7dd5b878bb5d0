// The department summary report (jixiao summary): a DepartmentSummary laid out once as a
// SummaryDocument — the 自评综述 prose, the key figures, and sections of a table each, some
// with a chart — and printed by one renderer per format. No renderer computes, rounds or
// labels anything itself.
#ifndef JIXIAO_REPORTS_SUMMARY_REPORT_H_
#define JIXIAO_REPORTS_SUMMARY_REPORT_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/department_summary.h"
#include "reports/form_rows.h"
#include "reports/svg_chart.h"
#include "reports/xlsx_writer.h"

namespace jixiao {

/// What a column's cells hold, for the formats that store numbers (XLSX): counts, points (at
/// the template's places), percentages (FormCell::value in percent), money (万元).
enum class SummaryFigure { kText, kCount, kPoints, kPercent, kMoney };

/// One part of the summary: a heading, a chart for the formats that draw (HTML), and a
/// table with the same figures for every format.
struct SummarySection {
  std::string id;  // stable, ASCII: an HTML anchor, an XLSX sheet's key
  std::string heading;
  std::optional<BarChart> chart;
  std::vector<FormColumn> columns;
  std::vector<SummaryFigure> figures;  // one per column
  std::vector<CellRow> rows;
  /// The long tables (every project, every deduction) make their rows as they are printed, one
  /// at a time, rather than hold them all as cells: `made_rows` rows after `rows`, the i-th
  /// make_row(i).
  size_t made_rows = 0;
  std::function<CellRow(size_t)> make_row;
  std::string empty_text;          // printed instead of a table without rows
  std::vector<std::string> notes;  // under the table

  bool HasRows() const { return !rows.empty() || made_rows > 0; }
  /// Calls `visit` with each row in order: `rows`, then the made ones.
  void ForEachRow(const std::function<void(const CellRow&)>& visit) const;
};

struct SummaryDocument {
  std::string title;             // 部门项目支出绩效自评汇总
  std::string stamp;             // 模板 id 版本 v（内容哈希 h）; empty without projects
  std::string overall_prose;     // the department's 自评综述
  std::vector<FormField> facts;  // 概况: counts, funds, scores, deductions
  std::vector<SummarySection> sections;
  int point_places = 2;  // decimals of points (labels.h PointPlaces: -1 when unrounded)
  /// The summary the made rows (SummarySection::make_row) and the projects' prose are read from.
  std::shared_ptr<const DepartmentSummary> summary;

  bool HasProjectProse() const { return summary && !summary->projects.empty(); }
  /// Calls `visit` with each project's 自评综述 (label = 项目名称, value = the prose), made as it
  /// is printed.
  void ForEachProjectProse(const std::function<void(const FormField&)>& visit) const;
};

/// Lays the summary out (the document keeps it, for the rows it makes when printed). Numbers
/// are written by labels.h: points at the template's places, money as "3,718.81", shares as
/// "94.74%".
SummaryDocument BuildSummaryDocument(DepartmentSummary summary);

/// kPdf is the HTML page printed by headless Chromium (reports/pdf.h).
enum class SummaryFormat { kMarkdown, kHtml, kPdf, kXlsx };

/// "md" (or "markdown"), "html", "pdf", "xlsx"; nullopt for anything else.
std::optional<SummaryFormat> ParseSummaryFormat(std::string_view name);

/// Where a text renderer writes: text appended to text(), handed to the sink piece by piece, in
/// order, whenever about a megabyte has gathered (Flush) and at the end (Finish), so that a
/// summary of many projects is never held whole. A sink returning false (a write failed)
/// is not called again.
class SummaryWriter {
 public:
  explicit SummaryWriter(std::function<bool(std::string_view)> sink) : sink_(std::move(sink)) {}
  std::string& text() { return text_; }
  void Flush() {
    if (text_.size() >= kPiece) Finish();
  }
  /// Hands over what is left; false when the sink failed.
  bool Finish() {
    ok_ = ok_ && sink_(text_);
    text_.clear();
    return ok_;
  }

 private:
  static constexpr size_t kPiece = size_t{1} << 20;
  std::function<bool(std::string_view)> sink_;
  std::string text_;
  bool ok_ = true;
};

/// The whole text a writer (WriteSummaryMarkdown, WriteSummaryHtml) makes of `document`.
std::string CollectSummaryText(bool (*write)(const SummaryDocument&, SummaryWriter&),
                               const SummaryDocument& document);

/// GitHub-flavoured Markdown: the title, the prose, the figures and each section's table.
std::string RenderSummaryMarkdown(const SummaryDocument& document);
/// The same, written to `out` as it is made; false when its sink failed.
bool WriteSummaryMarkdown(const SummaryDocument& document, SummaryWriter& out);

/// One self-contained HTML page (reports/html_page.h: A4, no scripts, nothing fetched): the
/// prose, the figures, and each section's chart as inline SVG above its table.
std::string RenderSummaryHtml(const SummaryDocument& document);
/// The same, written to `out` as it is made; false when its sink failed.
bool WriteSummaryHtml(const SummaryDocument& document, SummaryWriter& out);

/// An XLSX workbook (reports/xlsx_writer.h): the sheet 自评综述 (prose, per-project prose, the
/// figures), then a sheet per section with its table — figures as numbers in their formats
/// (counts, points at the template's places, money "#,##0.00", percentages), the header row
/// frozen and filtered — and its notes.
XlsxWorkbook SummaryWorkbook(const SummaryDocument& document);

/// Writes SummaryWorkbook(document) to `path` atomically; false with `error` (in Chinese) when
/// it cannot, and then nothing is written.
bool WriteSummaryXlsx(const std::string& path, const SummaryDocument& document, std::string& error);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_SUMMARY_REPORT_H_
