// A filled form as an XLSX sheet, in the official layout (项目支出绩效自评表 or 自评价评分表),
// with merged cells, number formats and live sums.
#ifndef JIXIAO_REPORTS_XLSX_FORM_H_
#define JIXIAO_REPORTS_XLSX_FORM_H_

#include <string>
#include <string_view>

#include "reports/form_rows.h"
#include "reports/xlsx_writer.h"

namespace jixiao {

/// The look of the form sheets, for other sheets that should match: column titles (bold,
/// centred, grey), text cells (wrapped, left), and number cells with an Excel format code; all
/// bordered.
XlsxStyle XlsxHeaderStyle();
XlsxStyle XlsxTextStyle();
XlsxStyle XlsxNumberStyle(std::string format);

/// The format code of points with `places` decimals ("0.00"; "" for General when `places` is
/// negative, i.e. unrounded), with a footnote `mark` shown after the number ("0.00\"*\"").
std::string XlsxPointsFormat(int places, std::string_view mark = "");

/// Where a form sheet shows its total, for formulas of other sheets.
struct XlsxFormSheet {
  XlsxSheet* sheet = nullptr;
  int total_row = 0;
  int total_column = 0;
};

/// Adds a sheet named after the project with `form` laid out as the official table: the title,
/// the header fields, the 项目资金 block, the 年度总体目标, the indicator table with its
/// 一级/二级 cells merged over their rows, 总分 and 等级; then the subtotal of each 一级指标, the
/// notes and the template stamp. Numbers are numbers (points "0.00", 执行率 "0.00%"; a footnote
/// mark is part of the number format). 总分 and the subtotals are =SUM formulas over the score
/// cells, with the engine's figure as cached result, whenever that figure is their sum; when it
/// is not (a total rescaled for not-applicable rows, or such rows counted at full marks) the
/// cell holds the figure and the notes say how it was reached.
XlsxFormSheet AddFormSheet(XlsxWorkbook& workbook, const Form& form);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_XLSX_FORM_H_
