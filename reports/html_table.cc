#include "reports/html_table.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "reports/html_page.h"

namespace jixiao {
namespace {

// Widths of the form's columns, relative to each other: names and prose wide, figures narrow.
double RelativeWidth(const FormColumn& column, int depth) {
  switch (column.kind) {
    case ColumnKind::kLevel:
      return column.level == depth ? 1.5 : 1.0;
    case ColumnKind::kWeight:
      return 0.65;
    case ColumnKind::kScore:
      return 0.7;
    case ColumnKind::kTarget:
    case ColumnKind::kActual:
      return 1.2;
    case ColumnKind::kNote:
      return 1.7;
    case ColumnKind::kCriteria:
      return 2.6;
    case ColumnKind::kLabel:
      return 1.6;
    case ColumnKind::kAmount:
      return 1.0;
    case ColumnKind::kRate:
      return 0.9;
  }
  return 1.0;
}

void AppendColumnGroup(const std::vector<FormColumn>& columns, std::string& out) {
  int depth = 0;
  for (const FormColumn& column : columns)
    if (column.kind == ColumnKind::kLevel && column.level > depth) depth = column.level;
  double sum = 0;
  for (const FormColumn& column : columns) sum += RelativeWidth(column, depth);
  out += "<colgroup>";
  for (const FormColumn& column : columns)
    out += fmt::format("<col style=\"width:{:.1f}%\">", 100 * RelativeWidth(column, depth) / sum);
  out += "</colgroup>\n";
}

void AppendCellContent(const FormCell& cell, std::string& out) {
  AppendEscapedHtml(cell.text, out);
  if (cell.mark.empty()) return;
  out += "<span class=\"mark\">";
  AppendEscapedHtml(cell.mark, out);
  out += "</span>";
}

// A <td>, with the row span of a merged group cell and the columns merged into it. Cells of a
// numeric column are right-aligned, also when they hold a word (不适用, 等级).
void AppendCell(const FormCell& cell, bool numeric, int col_span, std::string& out) {
  out += numeric ? "<td class=\"num\"" : "<td";
  if (cell.row_span > 1) out += fmt::format(" rowspan=\"{}\"", cell.row_span);
  if (col_span > 1) out += fmt::format(" colspan=\"{}\"", col_span);
  out += ">";
  AppendCellContent(cell, out);
  out += "</td>";
}

void AppendHead(const std::vector<FormColumn>& columns, std::string& out) {
  out += "<thead><tr>";
  for (const FormColumn& column : columns) {
    out += "<th scope=\"col\">";
    AppendEscapedHtml(column.title, out);
    out += "</th>";
  }
  out += "</tr></thead>\n";
}

// A row of cells; continuation cells are covered by the row span above them. In a summary row
// (总分, 等级) the blank cells after the label merge into it, as on the printed form.
void AppendRow(const std::vector<FormColumn>& columns, const CellRow& cells, bool summary,
               std::string& out) {
  out += summary ? "<tr class=\"sum\">" : "<tr>";
  for (size_t i = 0; i < cells.size(); ++i) {
    if (cells[i].continuation) continue;
    size_t span = 1;
    if (summary && i == 0)
      while (i + span < cells.size() && cells[i + span].Display().empty()) ++span;
    bool numeric = cells[i].numeric || (i < columns.size() && columns[i].numeric);
    AppendCell(cells[i], numeric, static_cast<int>(span), out);
    i += span - 1;
  }
  out += "</tr>\n";
}

}  // namespace

void AppendHtmlTable(std::string_view css_class, const std::vector<FormColumn>& columns,
                     const std::vector<const CellRow*>& rows, const std::vector<bool>& summary,
                     std::string& out) {
  AppendHtmlTableStart(css_class, columns, out);
  for (size_t r = 0; r < rows.size(); ++r) AppendRow(columns, *rows[r], summary[r], out);
  AppendHtmlTableEnd(out);
}

void AppendHtmlTableStart(std::string_view css_class, const std::vector<FormColumn>& columns,
                          std::string& out) {
  out += fmt::format("<table class=\"grid {}\">\n", css_class);
  AppendColumnGroup(columns, out);
  AppendHead(columns, out);
  out += "<tbody>\n";
}

void AppendHtmlTableRow(const std::vector<FormColumn>& columns, const CellRow& row, bool summary,
                        std::string& out) {
  AppendRow(columns, row, summary, out);
}

void AppendHtmlTableEnd(std::string& out) { out += "</tbody>\n</table>\n"; }

void AppendHtmlFields(std::string_view css_class, const std::vector<FormField>& fields,
                      bool pair_rest, std::string& out) {
  out += fmt::format(
      "<table class=\"grid {}\">\n<colgroup><col style=\"width:16%\"><col style=\"width:34%\">"
      "<col style=\"width:16%\"><col style=\"width:34%\"></colgroup>\n<tbody>\n",
      css_class);
  for (size_t i = 0; i < fields.size();) {
    bool alone = !pair_rest || i == 0 || i + 1 == fields.size();
    size_t count = alone ? 1 : 2;
    out += "<tr>";
    for (size_t k = i; k < i + count; ++k) {
      out += "<th scope=\"row\">";
      AppendEscapedHtml(fields[k].label, out);
      out += alone ? "</th><td colspan=\"3\">" : "</th><td>";
      AppendEscapedHtml(fields[k].value, out);
      out += "</td>";
    }
    out += "</tr>\n";
    i += count;
  }
  out += "</tbody>\n</table>\n";
}

}  // namespace jixiao
