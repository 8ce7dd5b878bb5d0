// The sheet is as wide as the wider of the indicator table and the 项目资金 block: the table's
// columns start at A (its last column widens when the block is wider) and the block's label
// column widens to fill the sheet. Header fields, the 年度总体目标 block and notes span the sheet.
#include "reports/xlsx_form.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "reports/labels.h"

namespace jixiao {
namespace {

constexpr double kTitleFontSize = 16;
constexpr double kMaxFittedWidth = 24;      // level, target and actual columns wrap beyond this
constexpr double kNoteColumnWidth = 36;     // 偏差原因分析及改进措施 / 评分标准
constexpr uint32_t kHeaderFill = 0xF2F2F2;  // light grey behind column titles
constexpr double kSumTolerance = 1e-6;      // a figure within this of the cells' sum is their sum

struct Styles {
  XlsxStyleId title, label, header, text, centered, plain, notes_label, amount, rate;
};

XlsxStyle Boxed(XlsxAlign align, bool wrap) {
  XlsxStyle style;
  style.border = true;
  style.wrap = wrap;
  style.align = align;
  return style;
}

Styles AddStyles(XlsxWorkbook& workbook) {
  XlsxStyle title;
  title.bold = true;
  title.font_size = kTitleFontSize;
  title.align = XlsxAlign::kCenter;
  XlsxStyle label = XlsxTextStyle();
  label.bold = true;
  XlsxStyle plain;
  plain.wrap = true;
  plain.align = XlsxAlign::kLeft;
  XlsxStyle notes_label = plain;
  notes_label.bold = true;
  return {workbook.AddStyle(title),
          workbook.AddStyle(label),
          workbook.AddStyle(XlsxHeaderStyle()),
          workbook.AddStyle(XlsxTextStyle()),
          workbook.AddStyle(Boxed(XlsxAlign::kCenter, true)),
          workbook.AddStyle(plain),
          workbook.AddStyle(notes_label),
          workbook.AddStyle(XlsxNumberStyle("")),
          workbook.AddStyle(XlsxNumberStyle("0.00%"))};
}

// A score cell of the sheet and the number it holds (none for text or a blank).
struct ScoreRef {
  int row = 0;
  int column = 0;
  std::optional<double> value;
};

struct Layout {
  XlsxWorkbook& workbook;
  XlsxSheet& sheet;
  const Form& form;
  Styles styles;
  int width = 0;                        // columns of the sheet
  int row = 0;                          // the next row to write
  std::vector<int> sheet_rows;          // the sheet row of each Form::rows entry, or -1
  std::optional<ScoreRef> funds_score;  // the budget row's score, in the 项目资金 block
};

XlsxStyleId PointsStyle(Layout& l, const std::string& mark) {
  return l.workbook.AddStyle(XlsxNumberStyle(XlsxPointsFormat(l.form.point_places, mark)));
}

size_t IndexOf(const std::vector<FormColumn>& columns, ColumnKind kind) {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].kind == kind) return i;
  return columns.size();
}

// Writes one cell of a block: numbers as numbers in their column's format, text as text, and
// a bordered blank for an empty cell.
void WriteCell(Layout& l, int row, int column, const FormCell& cell, ColumnKind kind) {
  if (cell.numeric && cell.value) {
    if (kind == ColumnKind::kRate)
      l.sheet.WriteNumber(row, column, *cell.value / 100, l.styles.rate);
    else if (kind == ColumnKind::kAmount)
      l.sheet.WriteNumber(row, column, *cell.value, l.styles.amount);
    else
      l.sheet.WriteNumber(row, column, *cell.value, PointsStyle(l, cell.mark));
  } else if (cell.Display().empty()) {
    l.sheet.WriteBlank(row, column, l.styles.text);
  } else {
    bool centered = kind == ColumnKind::kScore || kind == ColumnKind::kWeight;
    l.sheet.WriteText(row, column, cell.Display(), centered ? l.styles.centered : l.styles.text);
  }
}

// "label | value" rows, the value across the rest of the sheet.
void WriteFields(Layout& l, const std::vector<FormField>& fields) {
  for (const FormField& field : fields) {
    l.sheet.WriteText(l.row, 0, field.label, l.styles.label);
    l.sheet.Merge(l.row, 1, l.row, l.width - 1, l.styles.text);
    l.sheet.WriteText(l.row, 1, field.value, l.styles.text);
    ++l.row;
  }
}

// Writes `text` across columns first..last of `row` (merged when more than one).
void WriteAcross(Layout& l, int row, int first, int last, const std::string& text,
                 XlsxStyleId style) {
  if (first < last) l.sheet.Merge(row, first, row, last, style);
  l.sheet.WriteText(row, first, text, style);
}

// The 年度总体目标 block as the printed form has it: the title down column A over two rows,
// 预期目标 and 实际完成情况 side by side over their texts. The columns split where the indicator
// table's 实际完成值 column starts, so that 预期目标 stands over the targets.
void WriteGoals(Layout& l) {
  const FormGoals& goals = *l.form.goals;
  // REQUIRES: a sheet at least three columns wide (an indicator table has six or more).
  int split = static_cast<int>(IndexOf(l.form.columns, ColumnKind::kActual));
  if (split <= 1 || split >= l.width) split = (l.width + 1) / 2;
  const int first[] = {1, split};
  const int last[] = {split - 1, l.width - 1};
  l.sheet.Merge(l.row, 0, l.row + 1, 0, l.styles.label);
  l.sheet.WriteText(l.row, 0, goals.title, l.styles.label);
  for (size_t i = 0; i < goals.columns.size() && i < 2; ++i) {
    WriteAcross(l, l.row, first[i], last[i], goals.columns[i].label, l.styles.header);
    WriteAcross(l, l.row + 1, first[i], last[i], goals.columns[i].value, l.styles.text);
  }
  l.row += 2;
}

void WriteFunds(Layout& l) {
  const FormBlock& block = *l.form.funds;
  int label_span = l.width - static_cast<int>(block.columns.size()) + 1;
  auto column_of = [&](size_t i) { return i == 0 ? 0 : label_span + static_cast<int>(i) - 1; };
  auto widen_label = [&](XlsxStyleId style) {
    if (label_span > 1) l.sheet.Merge(l.row, 0, l.row, label_span - 1, style);
  };
  widen_label(l.styles.header);
  for (size_t i = 0; i < block.columns.size(); ++i)
    l.sheet.WriteText(l.row, column_of(i), block.columns[i].title, l.styles.header);
  ++l.row;
  for (const std::vector<FormCell>& cells : block.rows) {
    widen_label(l.styles.text);
    for (size_t i = 0; i < cells.size() && i < block.columns.size(); ++i) {
      WriteCell(l, l.row, column_of(i), cells[i], block.columns[i].kind);
      if (block.columns[i].kind == ColumnKind::kScore)
        l.funds_score = ScoreRef{l.row, column_of(i), cells[i].value};
    }
    ++l.row;
  }
}

// "=SUM(H5,G8:G20)": the cells, consecutive rows of a column as one range.
std::string SumFormula(std::vector<ScoreRef> refs) {
  std::sort(refs.begin(), refs.end(), [](const ScoreRef& a, const ScoreRef& b) {
    return std::pair(a.row, a.column) < std::pair(b.row, b.column);
  });
  std::string formula = "=SUM(";
  for (size_t i = 0; i < refs.size();) {
    size_t j = i;
    while (j + 1 < refs.size() && refs[j + 1].column == refs[i].column &&
           refs[j + 1].row == refs[j].row + 1)
      ++j;
    if (i > 0) formula += ",";
    formula += XlsxRangeName(refs[i].row, refs[i].column, refs[j].row, refs[j].column);
    i = j + 1;
  }
  return formula + ")";
}

// A total of score cells: the formula adding them, cached with the engine's figure, when the
// figure is their sum; otherwise the figure itself.
void WriteSum(Layout& l, int row, int column, const std::vector<ScoreRef>& refs,
              const FormCell& figure) {
  double sum = 0;
  for (const ScoreRef& ref : refs) sum += ref.value.value_or(0);
  if (figure.value && !refs.empty() && std::fabs(sum - *figure.value) < kSumTolerance)
    l.sheet.WriteFormula(row, column, SumFormula(refs), *figure.value, PointsStyle(l, figure.mark));
  else
    WriteCell(l, row, column, figure, ColumnKind::kScore);
}

// The score cell of Form::rows[i] (in the 项目资金 block for the budget row).
std::optional<ScoreRef> ScoreOf(const Layout& l, size_t i, size_t score_column) {
  const FormRow& row = l.form.rows[i];
  if (row.kind == RowKind::kBudget) return l.funds_score;
  if (l.sheet_rows[i] < 0 || score_column >= row.cells.size()) return std::nullopt;
  return ScoreRef{l.sheet_rows[i], static_cast<int>(score_column), row.cells[score_column].value};
}

// The indicator table; returns the position of the 总分 cell.
std::pair<int, int> WriteTable(Layout& l) {
  const std::vector<FormColumn>& columns = l.form.columns;
  int last = static_cast<int>(columns.size()) - 1;
  size_t score = IndexOf(columns, ColumnKind::kScore);
  int label_span = static_cast<int>(std::min(IndexOf(columns, ColumnKind::kWeight), score));
  auto widen_last = [&](XlsxStyleId style) {
    if (last < l.width - 1) l.sheet.Merge(l.row, last, l.row, l.width - 1, style);
  };
  widen_last(l.styles.header);
  for (size_t i = 0; i < columns.size(); ++i)
    l.sheet.WriteText(l.row, static_cast<int>(i), columns[i].title, l.styles.header);
  ++l.row;

  std::pair<int, int> total{-1, -1};
  std::vector<ScoreRef> scored;
  for (size_t i = 0; i < l.form.rows.size(); ++i) {
    const FormRow& row = l.form.rows[i];
    if (row.kind == RowKind::kBudget) {
      if (l.funds_score) scored.push_back(*l.funds_score);
      continue;
    }
    l.sheet_rows[i] = l.row;
    bool summary = row.kind == RowKind::kTotal || row.kind == RowKind::kGrade;
    widen_last(l.styles.text);
    if (summary && label_span > 1) l.sheet.Merge(l.row, 0, l.row, label_span - 1, l.styles.label);
    for (size_t c = 0; c < row.cells.size(); ++c) {
      const FormCell& cell = row.cells[c];
      int column = static_cast<int>(c);
      if (cell.continuation || (summary && c > 0 && column < label_span)) continue;
      if (cell.row_span > 1)
        l.sheet.Merge(l.row, column, l.row + cell.row_span - 1, column, l.styles.text);
      if (row.kind == RowKind::kTotal && c == score) {
        WriteSum(l, l.row, column, scored, cell);
        total = {l.row, column};
      } else if (summary && c == 0) {
        l.sheet.WriteText(l.row, column, cell.Display(), l.styles.label);
      } else {
        WriteCell(l, l.row, column, cell, columns[c].kind);
      }
    }
    if (!summary)
      if (std::optional<ScoreRef> ref = ScoreOf(l, i, score)) scored.push_back(*ref);
    ++l.row;
  }
  return total;
}

// 一级指标 | 分值 | 得分, under the table's columns of the same name.
void WriteSubtotals(Layout& l) {
  if (l.form.subtotals.empty()) return;
  const std::vector<FormColumn>& columns = l.form.columns;
  size_t weight = IndexOf(columns, ColumnKind::kWeight);
  size_t score = IndexOf(columns, ColumnKind::kScore);
  int label_span = static_cast<int>(std::min(weight, score));
  int end = static_cast<int>(std::max(weight, score));
  ++l.row;
  auto write_row = [&](const std::string& label, XlsxStyleId style) {
    if (label_span > 1) l.sheet.Merge(l.row, 0, l.row, label_span - 1, style);
    l.sheet.WriteText(l.row, 0, label, style);
    for (int c = label_span; c <= end; ++c) l.sheet.WriteBlank(l.row, c, l.styles.text);
  };
  write_row(LevelTitle(1), l.styles.header);
  l.sheet.WriteText(l.row, static_cast<int>(weight), columns[weight].title, l.styles.header);
  l.sheet.WriteText(l.row, static_cast<int>(score), columns[score].title, l.styles.header);
  ++l.row;
  for (const FormSubtotal& subtotal : l.form.subtotals) {
    write_row(subtotal.name, l.styles.text);
    WriteCell(l, l.row, static_cast<int>(weight), subtotal.weight, ColumnKind::kWeight);
    std::vector<ScoreRef> refs;
    for (size_t i : subtotal.rows)
      if (std::optional<ScoreRef> ref = ScoreOf(l, i, score)) refs.push_back(*ref);
    WriteSum(l, l.row, static_cast<int>(score), refs, subtotal.score);
    ++l.row;
  }
}

void WriteLine(Layout& l, const std::string& text, XlsxStyleId style) {
  l.sheet.Merge(l.row, 0, l.row, l.width - 1, style);
  l.sheet.WriteText(l.row, 0, text, style);
  ++l.row;
}

}  // namespace

XlsxStyle XlsxHeaderStyle() {
  XlsxStyle style = Boxed(XlsxAlign::kCenter, true);
  style.bold = true;
  style.fill = kHeaderFill;
  return style;
}

XlsxStyle XlsxTextStyle() { return Boxed(XlsxAlign::kLeft, true); }

XlsxStyle XlsxNumberStyle(std::string format) {
  XlsxStyle style = Boxed(XlsxAlign::kGeneral, false);
  style.number_format = std::move(format);
  return style;
}

std::string XlsxPointsFormat(int places, std::string_view mark) {
  std::string format = places < 0    ? "General"
                       : places == 0 ? "0"
                                     : "0." + std::string(static_cast<size_t>(places), '0');
  if (!mark.empty()) format += "\"" + std::string(mark) + "\"";
  return format == "General" ? "" : format;
}

XlsxFormSheet AddFormSheet(XlsxWorkbook& workbook, const Form& form) {
  XlsxSheet& sheet = workbook.AddSheet(form.project_name);
  Layout l{workbook, sheet, form, AddStyles(workbook), 0, 0, {}, std::nullopt};
  l.width = static_cast<int>(form.columns.size());
  if (form.funds) l.width = std::max(l.width, static_cast<int>(form.funds->columns.size()));
  l.sheet_rows.assign(form.rows.size(), -1);

  WriteLine(l, form.title, l.styles.title);
  WriteFields(l, form.header);
  if (form.funds) WriteFunds(l);
  if (form.goals) WriteGoals(l);
  std::pair<int, int> total = WriteTable(l);
  WriteSubtotals(l);
  if (!form.notes.empty()) {
    ++l.row;
    l.sheet.WriteText(l.row++, 0, std::string(kLabelNotes), l.styles.notes_label);
    for (const std::string& note : form.notes) WriteLine(l, note, l.styles.plain);
  }
  ++l.row;
  WriteLine(l, form.stamp, l.styles.plain);

  sheet.SetColumnWidth(static_cast<int>(form.columns.size()) - 1, kNoteColumnWidth);
  workbook.FitColumnWidths(sheet, kMaxFittedWidth);
  workbook.FitRowHeights(sheet);
  sheet.SetPrintLandscapeFitWidth();
  return {&sheet, total.first, total.second};
}

}  // namespace jixiao
