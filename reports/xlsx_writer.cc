// The workbook model, and its writing with libxlsxwriter: the only file that includes it.
#include "reports/xlsx_writer.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "indicators/utf8.h"
#include "reports/output_file.h"
#include <xlsxwriter.h>

namespace jixiao {
namespace {

constexpr double kLineHeight = 15;       // points, one line of the default 11-point font
constexpr double kDefaultFontSize = 11;  // points
constexpr double kDefaultColumnWidth = 8.43;
constexpr double kMinFitWidth = 8;
constexpr uint32_t kLinkColour = 0x0563C1;  // Excel's hyperlink blue
constexpr uint8_t kPaperA4 = 9;

bool Inside(const XlsxMerge& m, int row, int column) {
  return row >= m.first_row && row <= m.last_row && column >= m.first_column &&
         column <= m.last_column;
}

[[maybe_unused]] bool Overlap(const XlsxMerge& a, const XlsxMerge& b) {
  return a.first_row <= b.last_row && b.first_row <= a.last_row &&
         a.first_column <= b.last_column && b.first_column <= a.last_column;
}

// Display width (CJK counts two) of what the cell shows, its widest line for text.
int ShownWidth(const XlsxCell& cell, const XlsxStyle& style) {
  if (cell.kind == XlsxCellKind::kNumber || cell.kind == XlsxCellKind::kFormula) {
    char buffer[64];
    int n = std::snprintf(buffer, sizeof buffer, "%.2f", cell.number);
    bool percent = style.number_format.find('%') != std::string::npos;
    return std::max(n, 0) + (percent ? 3 : 0);
  }
  if (cell.kind == XlsxCellKind::kBlank) return 0;
  int widest = 0;
  std::string_view text = cell.text;
  for (size_t start = 0; start <= text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    widest = std::max(widest, DisplayWidth(text.substr(start, end - start)));
    start = end + 1;
  }
  return widest;
}

// Lines that the cell's text takes when wrapped in `width` units.
int WrappedLines(const XlsxCell& cell, double width) {
  if (cell.kind != XlsxCellKind::kText && cell.kind != XlsxCellKind::kLink) return 1;
  double usable = std::max(1.0, width - 1);
  int lines = 0;
  std::string_view text = cell.text;
  for (size_t start = 0; start <= text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    int shown = DisplayWidth(text.substr(start, end - start));
    lines += std::max(1, static_cast<int>(std::ceil(shown / usable)));
    start = end + 1;
  }
  return lines;
}

// Whether `cell` comes before (row, column) in row order.
bool Before(const XlsxCell& cell, int row, int column) {
  return cell.row < row || (cell.row == row && cell.column < column);
}

// The first cell of `cells` (in row order) not before (row, column).
template <typename Cells>
auto LowerBound(Cells& cells, int row, int column) {
  return std::lower_bound(cells.begin(), cells.end(), 0,
                          [&](const XlsxCell& cell, int) { return Before(cell, row, column); });
}

struct WorkbookCloser {
  void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};

lxw_format* NewFormat(lxw_workbook* workbook, const XlsxStyle& style) {
  lxw_format* format = workbook_add_format(workbook);
  if (!style.number_format.empty()) format_set_num_format(format, style.number_format.c_str());
  if (style.bold) format_set_bold(format);
  if (style.font_size > 0) format_set_font_size(format, style.font_size);
  if (style.border) format_set_border(format, LXW_BORDER_THIN);
  if (style.wrap) format_set_text_wrap(format);
  switch (style.align) {
    case XlsxAlign::kGeneral:
      break;
    case XlsxAlign::kLeft:
      format_set_align(format, LXW_ALIGN_LEFT);
      break;
    case XlsxAlign::kCenter:
      format_set_align(format, LXW_ALIGN_CENTER);
      break;
    case XlsxAlign::kRight:
      format_set_align(format, LXW_ALIGN_RIGHT);
      break;
  }
  if (style.vertical_center) format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
  if (style.link) {
    format_set_font_color(format, kLinkColour);
    format_set_underline(format, LXW_UNDERLINE_SINGLE);
  }
  if (style.fill != 0) {
    format_set_pattern(format, LXW_PATTERN_SOLID);
    format_set_bg_color(format, style.fill);
  }
  return format;
}

lxw_error WriteCell(lxw_worksheet* sheet, const XlsxCell& cell, lxw_format* format) {
  auto row = static_cast<lxw_row_t>(cell.row);
  auto column = static_cast<lxw_col_t>(cell.column);
  switch (cell.kind) {
    case XlsxCellKind::kBlank:
      return worksheet_write_blank(sheet, row, column, format);
    case XlsxCellKind::kText:
      return worksheet_write_string(sheet, row, column, cell.text.c_str(), format);
    case XlsxCellKind::kNumber:
      return worksheet_write_number(sheet, row, column, cell.number, format);
    case XlsxCellKind::kFormula:
      return worksheet_write_formula_num(sheet, row, column, cell.text.c_str(), format,
                                         cell.number);
    case XlsxCellKind::kLink:
      return worksheet_write_url_opt(sheet, row, column, ("internal:" + cell.target).c_str(),
                                     format, cell.text.c_str(), nullptr);
  }
  return LXW_NO_ERROR;
}

// "无法写入工作表「汇总」的 B7：<libxlsxwriter's reason>".
std::string CellError(const std::string& sheet, int row, int column, lxw_error error) {
  return "无法写入工作表「" + sheet + "」的 " + XlsxCellName(row, column) + "：" +
         lxw_strerror(error);
}

}  // namespace

void XlsxSheet::Put(XlsxCell cell) {
  assert(cell.row >= 0 && cell.column >= 0);
  if (!error_.empty()) return;  // the workbook cannot be saved: keep no more cells
  if (cell.row >= kXlsxMaxRows || cell.column >= kXlsxMaxColumns)
    error_ = "工作表「" + name_ + "」超出 Excel 的范围（" + std::to_string(kXlsxMaxRows) + " 行、" +
             std::to_string(kXlsxMaxColumns) + " 列）";
  if (error_.empty() && cell.kind != XlsxCellKind::kNumber &&
      XlsxTextLength(cell.text) > kXlsxMaxCellChars)
    error_ = "工作表「" + name_ + "」单元格 " + XlsxCellName(cell.row, cell.column) + " 的文字有 " +
             std::to_string(XlsxTextLength(cell.text)) + " 个字符，超过 Excel 单元格的上限 " +
             std::to_string(kXlsxMaxCellChars) + " 个字符";
  // Cells written in order (the common case, and every large sheet) are appended.
  if (cells_.empty() || Before(cells_.back(), cell.row, cell.column)) {
    cells_.push_back(std::move(cell));
    return;
  }
  auto it = LowerBound(cells_, cell.row, cell.column);
  if (it != cells_.end() && it->row == cell.row && it->column == cell.column)
    *it = std::move(cell);
  else
    cells_.insert(it, std::move(cell));
}

void XlsxSheet::WriteText(int row, int column, std::string_view text, XlsxStyleId style) {
  Put({row, column, XlsxCellKind::kText, std::string(text), 0, "", style});
}

void XlsxSheet::WriteNumber(int row, int column, double value, XlsxStyleId style) {
  assert(std::isfinite(value));
  Put({row, column, XlsxCellKind::kNumber, "", value, "", style});
}

void XlsxSheet::WriteFormula(int row, int column, std::string_view formula, double cached,
                             XlsxStyleId style) {
  assert(std::isfinite(cached));
  Put({row, column, XlsxCellKind::kFormula, std::string(formula), cached, "", style});
}

void XlsxSheet::WriteBlank(int row, int column, XlsxStyleId style) {
  Put({row, column, XlsxCellKind::kBlank, "", 0, "", style});
}

void XlsxSheet::WriteLink(int row, int column, std::string_view text, const XlsxSheet& target,
                          std::string_view cell, XlsxStyleId style) {
  Put({row, column, XlsxCellKind::kLink, std::string(text), 0,
       QuotedSheetName(target.name()) + "!" + std::string(cell), style});
}

void XlsxSheet::Merge(int first_row, int first_column, int last_row, int last_column,
                      XlsxStyleId style) {
  XlsxMerge merge{first_row, first_column, last_row, last_column, style};
  assert(first_row >= 0 && first_column >= 0 && first_row <= last_row &&
         first_column <= last_column && (first_row < last_row || first_column < last_column));
  assert(std::none_of(merges_.begin(), merges_.end(),
                      [&](const XlsxMerge& other) { return Overlap(merge, other); }));
  merges_.push_back(merge);
}

void XlsxSheet::SetColumnWidth(int column, double width) { widths_[column] = width; }

void XlsxSheet::SetRowHeight(int row, double height) { heights_[row] = height; }

double XlsxSheet::ColumnWidth(int column) const {
  auto it = widths_.find(column);
  return it == widths_.end() ? kDefaultColumnWidth : it->second;
}

double XlsxSheet::RowHeight(int row) const {
  auto it = heights_.find(row);
  return it == heights_.end() ? 0 : it->second;
}

const XlsxCell* XlsxSheet::Find(int row, int column) const {
  auto it = LowerBound(cells_, row, column);
  return it != cells_.end() && it->row == row && it->column == column ? &*it : nullptr;
}

void XlsxSheet::FreezePanes(int rows, int columns) {
  freeze_rows_ = rows;
  freeze_columns_ = columns;
}

void XlsxSheet::SetAutoFilter(int first_row, int first_column, int last_row, int last_column) {
  has_filter_ = true;
  filter_ = {first_row, first_column, last_row, last_column, {}};
}

void XlsxSheet::SetPrintLandscapeFitWidth() { print_landscape_ = true; }

XlsxWorkbook::XlsxWorkbook() : styles_(1) {}

XlsxStyleId XlsxWorkbook::AddStyle(const XlsxStyle& style) {
  auto it = std::find(styles_.begin(), styles_.end(), style);
  if (it == styles_.end()) it = styles_.insert(styles_.end(), style);
  return {static_cast<int>(it - styles_.begin())};
}

XlsxSheet& XlsxWorkbook::AddSheet(std::string_view wanted) {
  return sheets_.emplace_back(names_.Add(wanted));
}

void XlsxWorkbook::FitColumnWidths(XlsxSheet& sheet, double max_width) const {
  std::map<int, double> widest;
  for (const XlsxCell& cell : sheet.cells_) {
    bool across = std::any_of(sheet.merges_.begin(), sheet.merges_.end(), [&](const XlsxMerge& m) {
      return Inside(m, cell.row, cell.column) && m.first_column < m.last_column;
    });
    if (across) continue;
    const XlsxStyle& style = styles_[static_cast<size_t>(cell.style.index)];
    double scale = style.font_size > 0 ? style.font_size / kDefaultFontSize : 1;
    double width = (ShownWidth(cell, style) + 2) * scale;
    widest[cell.column] = std::max(widest[cell.column], width);
  }
  for (const auto& [column, width] : widest) {
    if (sheet.widths_.count(column) == 0)
      sheet.SetColumnWidth(column, std::clamp(width, kMinFitWidth, max_width));
  }
}

void XlsxWorkbook::FitRowHeights(XlsxSheet& sheet) const {
  std::map<int, double> tallest;
  for (const XlsxCell& cell : sheet.cells_) {
    const XlsxStyle& style = styles_[static_cast<size_t>(cell.style.index)];
    double width = sheet.ColumnWidth(cell.column);
    bool down = false;
    for (const XlsxMerge& m : sheet.merges_) {
      if (!Inside(m, cell.row, cell.column)) continue;
      down = m.first_row < m.last_row;
      width = 0;
      for (int c = m.first_column; c <= m.last_column; ++c) width += sheet.ColumnWidth(c);
    }
    if (down) continue;
    double scale = style.font_size > 0 ? style.font_size / kDefaultFontSize : 1;
    int lines = style.wrap ? WrappedLines(cell, width / scale) : 1;
    tallest[cell.row] = std::max(tallest[cell.row], lines * kLineHeight * scale);
  }
  for (const auto& [row, height] : tallest)
    if (height > kLineHeight && sheet.RowHeight(row) == 0) sheet.SetRowHeight(row, height);
}

bool XlsxWorkbook::UsesConstantMemory() const {
  return constant_memory_ && std::all_of(sheets_.begin(), sheets_.end(),
                                         [](const XlsxSheet& s) { return s.merges_.empty(); });
}

bool XlsxWorkbook::Save(const std::string& path, std::string& error) const {
  for (const XlsxSheet& sheet : sheets_) {
    if (!sheet.error().empty()) {
      error = sheet.error();
      return false;
    }
  }
  return WriteFileAtomically(
      path, [&](const std::string& temp, std::string& err) { return WriteTo(temp, path, err); },
      error);
}

bool XlsxWorkbook::WriteTo(const std::string& file, const std::string& shown_path,
                           std::string& error) const {
  // libxlsxwriter's own temporary files (removed as soon as they are made) go next to `file`,
  // on the disk that must hold the workbook anyway, rather than in a /tmp that may be memory.
  std::string tmpdir = std::filesystem::path(file).parent_path().string();
  if (tmpdir.empty()) tmpdir = ".";
  lxw_workbook_options options{};
  options.constant_memory = UsesConstantMemory() ? LXW_TRUE : LXW_FALSE;
  options.tmpdir = tmpdir.data();
  std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new_opt(file.c_str(), &options));
  if (!workbook) {
    error = "无法创建 XLSX 文件「" + shown_path + "」";
    return false;
  }
  std::string title = properties_.title, subject = properties_.subject;
  std::string comments = properties_.comments;
  lxw_doc_properties properties{};  // never NULL: workbook_set_properties would crash
  properties.title = title.data();
  properties.subject = subject.data();
  properties.comments = comments.data();
  properties.created = properties_.created;
  workbook_set_properties(workbook.get(), &properties);

  std::vector<lxw_format*> formats;
  for (const XlsxStyle& style : styles_) formats.push_back(NewFormat(workbook.get(), style));
  auto format_of = [&](XlsxStyleId id) { return formats[static_cast<size_t>(id.index)]; };

  for (const XlsxSheet& sheet : sheets_) {
    lxw_worksheet* ws = workbook_add_worksheet(workbook.get(), sheet.name().c_str());
    if (ws == nullptr) {
      error = "无法添加工作表「" + sheet.name() + "」";
      return false;
    }
    for (const auto& [column, width] : sheet.widths_) {
      auto c = static_cast<lxw_col_t>(column);
      worksheet_set_column(ws, c, c, width, nullptr);
    }
    // Before the cells: in constant-memory mode the library refuses a filter over rows
    // already written.
    if (sheet.freeze_rows_ > 0 || sheet.freeze_columns_ > 0)
      worksheet_freeze_panes(ws, static_cast<lxw_row_t>(sheet.freeze_rows_),
                             static_cast<lxw_col_t>(sheet.freeze_columns_));
    if (sheet.has_filter_) {
      const XlsxMerge& f = sheet.filter_;
      lxw_error e = worksheet_autofilter(
          ws, static_cast<lxw_row_t>(f.first_row), static_cast<lxw_col_t>(f.first_column),
          static_cast<lxw_row_t>(f.last_row), static_cast<lxw_col_t>(f.last_column));
      if (e != LXW_NO_ERROR) {
        error = CellError(sheet.name(), f.first_row, f.first_column, e);
        return false;
      }
    }
    if (sheet.print_landscape_) {
      worksheet_set_landscape(ws);
      worksheet_set_paper(ws, kPaperA4);
      worksheet_fit_to_pages(ws, 1, 0);
    }
    // A merge writes its first cell as an empty string: the cells written next replace it, and
    // a merge without a value gets a blank instead (readers would see "" otherwise).
    for (const XlsxMerge& m : sheet.merges_) {
      lxw_error e = worksheet_merge_range(
          ws, static_cast<lxw_row_t>(m.first_row), static_cast<lxw_col_t>(m.first_column),
          static_cast<lxw_row_t>(m.last_row), static_cast<lxw_col_t>(m.last_column), "",
          format_of(m.style));
      if (e == LXW_NO_ERROR && sheet.Find(m.first_row, m.first_column) == nullptr)
        e = WriteCell(ws, {m.first_row, m.first_column, XlsxCellKind::kBlank, "", 0, "", m.style},
                      format_of(m.style));
      if (e != LXW_NO_ERROR) {
        error = CellError(sheet.name(), m.first_row, m.first_column, e);
        return false;
      }
    }
    // Row by row, top to bottom, each row's height before its cells: the order that
    // constant-memory mode needs (a row once left is on disk), and any order does otherwise.
    auto height = sheet.heights_.begin();
    auto set_heights_to = [&](int row) {  // the heights of the rows up to `row`
      for (; height != sheet.heights_.end() && height->first <= row; ++height)
        worksheet_set_row(ws, static_cast<lxw_row_t>(height->first), height->second, nullptr);
    };
    for (const XlsxCell& cell : sheet.cells_) {
      set_heights_to(cell.row);
      if (lxw_error e = WriteCell(ws, cell, format_of(cell.style)); e != LXW_NO_ERROR) {
        error = CellError(sheet.name(), cell.row, cell.column, e);
        return false;
      }
    }
    set_heights_to(kXlsxMaxRows);
  }
  lxw_error closed = workbook_close(workbook.release());
  if (closed != LXW_NO_ERROR) {
    error = "无法写入「" + shown_path + "」：" + lxw_strerror(closed);
    return false;
  }
  return true;
}

}  // namespace jixiao
