#include "reports/xlsx_report.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reports/form_rows.h"
#include "reports/labels.h"
#include "reports/xlsx_form.h"

namespace jixiao {
namespace {

constexpr double kMaxSummaryWidth = 40;

// A money amount shown with its unit ("8376.8万元") and still a number.
std::string AmountFormat(std::string_view unit) {
  std::string shown;
  for (char c : unit)
    if (c != '"' && c != '\\') shown += c;
  return shown.empty() ? std::string() : "General\"" + shown + "\"";
}

void WriteOptionalNumber(XlsxSheet& sheet, int row, int column, const std::optional<double>& value,
                         XlsxStyleId style) {
  if (value)
    sheet.WriteNumber(row, column, *value, style);
  else
    sheet.WriteBlank(row, column, style);
}

}  // namespace

XlsxWorkbook XlsxReport(const std::vector<ScoreTree>& trees) {
  XlsxWorkbook workbook;
  XlsxSheet& summary = workbook.AddSheet(kLabelSummarySheet);
  XlsxStyleId header = workbook.AddStyle(XlsxHeaderStyle());
  XlsxStyleId text = workbook.AddStyle(XlsxTextStyle());
  XlsxStyle link_style = XlsxTextStyle();
  link_style.link = true;
  XlsxStyleId link = workbook.AddStyle(link_style);
  XlsxStyleId rate = workbook.AddStyle(XlsxNumberStyle("0.00%"));

  const std::string_view titles[] = {
      kLabelProjectName,    kLabelDepartment,    kLabelUnit,  kLabelBudgetFullYear,
      kLabelBudgetExecuted, kLabelExecutionRate, kLabelTotal, kLabelGrade};
  int columns = static_cast<int>(std::size(titles));
  for (int c = 0; c < columns; ++c) summary.WriteText(0, c, titles[static_cast<size_t>(c)], header);

  int row = 1;
  for (const ScoreTree& tree : trees) {
    Form form = BuildForm(tree);
    if (row == 1) {
      workbook.properties().title = form.title;
      workbook.properties().subject = form.stamp;
    }
    XlsxFormSheet sheet = AddFormSheet(workbook, form);
    const ProjectHeader& project = tree.project;
    summary.WriteLink(row, 0, project.name, *sheet.sheet, "A1", link);
    summary.WriteText(row, 1, project.department, text);
    summary.WriteText(row, 2, project.unit, text);
    XlsxStyleId amount = workbook.AddStyle(XlsxNumberStyle(AmountFormat(project.budget.unit)));
    WriteOptionalNumber(summary, row, 3, project.budget.full_year, amount);
    WriteOptionalNumber(summary, row, 4, project.budget.executed, amount);
    std::optional<double> ratio;
    if (tree.execution_rate_percent) ratio = *tree.execution_rate_percent / 100;
    WriteOptionalNumber(summary, row, 5, ratio, rate);
    XlsxStyleId points = workbook.AddStyle(XlsxNumberStyle(XlsxPointsFormat(form.point_places)));
    summary.WriteFormula(row, 6,
                         "=" + QuotedSheetName(sheet.sheet->name()) + "!" +
                             XlsxCellName(sheet.total_row, sheet.total_column),
                         tree.total, points);
    summary.WriteText(row, 7, tree.grade, text);
    ++row;
  }
  summary.FreezePanes(1, 0);
  summary.SetAutoFilter(0, 0, row - 1, columns - 1);
  workbook.FitColumnWidths(summary, kMaxSummaryWidth);
  workbook.FitRowHeights(summary);
  return workbook;
}

bool WriteXlsxReport(const std::string& path, const std::vector<ScoreTree>& trees,
                     std::string& error) {
  return XlsxReport(trees).Save(path, error);
}

}  // namespace jixiao
