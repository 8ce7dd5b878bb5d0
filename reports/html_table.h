// Tables of FormCells as HTML, for every HTML report (the forms, the department summary): a
// ruled table.grid (reports/html_page.h) with column widths by kind, merged group cells and
// summary rows; and label/value field tables.
#ifndef JIXIAO_REPORTS_HTML_TABLE_H_
#define JIXIAO_REPORTS_HTML_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "reports/form_rows.h"

namespace jixiao {

/// Appends <table class="grid `css_class`"> with a <colgroup> (names and prose wide, figures
/// narrow, by ColumnKind), a header row of the columns' titles and one row per `rows`;
/// continuation cells are covered by the row span above them, numeric columns right-aligned.
/// Rows flagged in `summary` (总分, 等级) are bold, their blank cells after the label merged
/// into it. REQUIRES: summary.size() == rows.size().
void AppendHtmlTable(std::string_view css_class, const std::vector<FormColumn>& columns,
                     const std::vector<const CellRow*>& rows, const std::vector<bool>& summary,
                     std::string& out);

/// AppendHtmlTable in parts, for a table made a row at a time: the table's start (through
/// <tbody>), each row, and its end.
void AppendHtmlTableStart(std::string_view css_class, const std::vector<FormColumn>& columns,
                          std::string& out);
void AppendHtmlTableRow(const std::vector<FormColumn>& columns, const CellRow& row, bool summary,
                        std::string& out);
void AppendHtmlTableEnd(std::string& out);

/// Appends a table of label and value cells, a field to a line; with `pair_rest`, the fields
/// after the first two to a line (项目名称 alone, then 主管部门 and 实施单位).
void AppendHtmlFields(std::string_view css_class, const std::vector<FormField>& fields,
                      bool pair_rest, std::string& out);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_HTML_TABLE_H_
