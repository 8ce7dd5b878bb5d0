// The department summary as an XLSX workbook: a sheet 综述 (the prose and the key figures),
// then one sheet per section, its figures stored as numbers with their formats.
#include <string>
#include <string_view>
#include <vector>

#include "reports/labels.h"
#include "reports/summary_labels.h"
#include "reports/summary_report.h"
#include "reports/xlsx_form.h"
#include "reports/xlsx_names.h"

namespace jixiao {
namespace {

constexpr double kTitleFontSize = 16;
constexpr double kLabelWidth = 26;   // 综述: labels and project names
constexpr double kProseWidth = 100;  // 综述: the prose
constexpr double kMaxColumnWidth = 40;
constexpr std::string_view kCountFormat = "0";
constexpr std::string_view kMoneyFormat = "#,##0.00";
constexpr std::string_view kPercentFormat = "0.00%";

struct Styles {
  XlsxStyleId title, plain, bold, header, text, label;
};

Styles AddStyles(XlsxWorkbook& workbook) {
  XlsxStyle title;
  title.bold = true;
  title.font_size = kTitleFontSize;
  XlsxStyle plain;
  plain.wrap = true;
  plain.align = XlsxAlign::kLeft;
  XlsxStyle bold = plain;
  bold.bold = true;
  XlsxStyle label = XlsxTextStyle();
  label.bold = true;
  return {workbook.AddStyle(title),
          workbook.AddStyle(plain),
          workbook.AddStyle(bold),
          workbook.AddStyle(XlsxHeaderStyle()),
          workbook.AddStyle(XlsxTextStyle()),
          workbook.AddStyle(label)};
}

// A figure as a number in its column's format (a percentage as a fraction); text otherwise.
void WriteCell(XlsxWorkbook& workbook, XlsxSheet& sheet, const Styles& styles, int places, int row,
               int column, const FormCell& cell, SummaryFigure figure) {
  if (!cell.numeric || !cell.value) {
    if (cell.Display().empty())
      sheet.WriteBlank(row, column, styles.text);
    else
      sheet.WriteText(row, column, cell.Display(), styles.text);
    return;
  }
  double value = *cell.value;
  std::string format;
  switch (figure) {
    case SummaryFigure::kPercent:
      value /= 100;
      format = kPercentFormat;
      break;
    case SummaryFigure::kMoney:
      format = kMoneyFormat;
      break;
    case SummaryFigure::kPoints:
      format = XlsxPointsFormat(places, cell.mark);
      break;
    case SummaryFigure::kText:
    case SummaryFigure::kCount:
      format = kCountFormat;
      break;
  }
  sheet.WriteNumber(row, column, value, workbook.AddStyle(XlsxNumberStyle(format)));
}

void AddOverview(XlsxWorkbook& workbook, const Styles& styles, const SummaryDocument& doc) {
  XlsxSheet& sheet = workbook.AddSheet(kSummaryProse);
  sheet.SetColumnWidth(0, kLabelWidth);
  sheet.SetColumnWidth(1, kProseWidth);
  int row = 0;
  sheet.WriteText(row++, 0, doc.title, styles.title);
  if (!doc.stamp.empty()) sheet.WriteText(row++, 0, doc.stamp, styles.plain);
  ++row;
  sheet.WriteText(row, 0, kSummaryProse, styles.label);
  sheet.WriteText(row++, 1, doc.overall_prose, styles.text);
  if (doc.HasProjectProse()) {
    ++row;
    sheet.WriteText(row++, 0, kSummaryProjectProse, styles.bold);
    doc.ForEachProjectProse([&](const FormField& p) {
      sheet.WriteText(row, 0, p.label, styles.text);
      sheet.WriteText(row++, 1, p.value, styles.text);
    });
  }
  ++row;
  sheet.WriteText(row++, 0, kSummaryFacts, styles.bold);
  for (const FormField& fact : doc.facts) {
    sheet.WriteText(row, 0, fact.label, styles.label);
    sheet.WriteText(row++, 1, fact.value, styles.text);
  }
  workbook.FitRowHeights(sheet);
}

void AddSection(XlsxWorkbook& workbook, const Styles& styles, int places,
                const SummarySection& section) {
  XlsxSheet& sheet = workbook.AddSheet(section.heading);
  sheet.WriteText(0, 0, section.heading, styles.bold);
  int row = 1;
  if (!section.HasRows()) {
    sheet.WriteText(row++, 0, section.empty_text, styles.plain);
  } else {
    int columns = static_cast<int>(section.columns.size());
    for (int c = 0; c < columns; ++c)
      sheet.WriteText(row, c, section.columns[static_cast<size_t>(c)].title, styles.header);
    int first = row++;
    section.ForEachRow([&](const CellRow& cells) {
      for (size_t c = 0; c < cells.size() && c < section.figures.size(); ++c)
        WriteCell(workbook, sheet, styles, places, row, static_cast<int>(c), cells[c],
                  section.figures[c]);
      ++row;
    });
    sheet.FreezePanes(first + 1, 0);
    sheet.SetAutoFilter(first, 0, row - 1, columns - 1);
  }
  for (const std::string& note : section.notes) sheet.WriteText(++row, 0, note, styles.plain);
  workbook.FitColumnWidths(sheet, kMaxColumnWidth);
  workbook.FitRowHeights(sheet);
}

}  // namespace

XlsxWorkbook SummaryWorkbook(const SummaryDocument& doc) {
  XlsxWorkbook workbook;
  workbook.SetConstantMemory(true);  // a few sheets, up to a million rows each, no merges
  workbook.properties().title = doc.title;
  workbook.properties().subject = doc.stamp;
  Styles styles = AddStyles(workbook);
  AddOverview(workbook, styles, doc);
  for (const SummarySection& section : doc.sections)
    AddSection(workbook, styles, doc.point_places, section);
  return workbook;
}

bool WriteSummaryXlsx(const std::string& path, const SummaryDocument& doc, std::string& error) {
  // A sheet holds at most kXlsxMaxRows rows: said before any cell is made, not when the sheet
  // is written. A section's sheet (AddSection): heading, header, rows, then a blank and the notes.
  for (const SummarySection& section : doc.sections) {
    const size_t notes = section.notes.empty() ? 0 : 1 + section.notes.size();
    const size_t rows = 2 + section.rows.size() + section.made_rows + notes;
    if (rows > static_cast<size_t>(kXlsxMaxRows)) {
      error = "工作表「" + section.heading + "」需要 " + std::to_string(rows) +
              " 行，超过 Excel 一张工作表的上限 " + std::to_string(kXlsxMaxRows) +
              " 行；改用 --format md 或 html（不限行数），或把项目分几批汇总";
      return false;
    }
  }
  return SummaryWorkbook(doc).Save(path, error);
}

}  // namespace jixiao
