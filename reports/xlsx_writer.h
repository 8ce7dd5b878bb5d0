// A small writer of XLSX workbooks: sheets of text, numbers, and formulas with their cached
// results; merged ranges; styles; column widths and row heights; frozen panes, filters and links
// between sheets. A workbook is built in memory and written by Save, atomically; libxlsxwriter
// stays inside xlsx_writer.cc. Rows and columns are 0-based (A1 is row 0, column 0).
#ifndef JIXIAO_REPORTS_XLSX_WRITER_H_
#define JIXIAO_REPORTS_XLSX_WRITER_H_

#include <cstdint>
#include <ctime>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "reports/xlsx_names.h"

namespace jixiao {

enum class XlsxAlign { kGeneral, kLeft, kCenter, kRight };

/// How a cell looks. Styles are values: equal styles share one format in the file.
struct XlsxStyle {
  std::string number_format;  // Excel's format code: "" (General), "0.00", "0.00%", 0.00"*"
  bool bold = false;
  double font_size = 0;  // points; 0 is the default (11)
  bool border = false;   // a thin border on all four sides
  bool wrap = false;     // long text wraps within the cell
  XlsxAlign align = XlsxAlign::kGeneral;
  bool vertical_center = true;
  bool link = false;  // blue and underlined, for hyperlinks
  uint32_t fill = 0;  // background colour 0xRRGGBB; 0 is none
  bool operator==(const XlsxStyle&) const = default;
};

/// A style added to a workbook. The default-constructed id is the default style.
struct XlsxStyleId {
  int index = 0;
};

/// What a cell holds.
enum class XlsxCellKind { kBlank, kText, kNumber, kFormula, kLink };

struct XlsxCell {
  int row = 0;
  int column = 0;
  XlsxCellKind kind = XlsxCellKind::kBlank;
  std::string text;    // kText and kLink: the text; kFormula: the formula ("=SUM(G8:G20)")
  double number = 0;   // kNumber: the value; kFormula: the cached result
  std::string target;  // kLink: the location linked to ("'项目一'!A1")
  XlsxStyleId style;
};

struct XlsxMerge {
  int first_row = 0;
  int first_column = 0;
  int last_row = 0;
  int last_column = 0;
  XlsxStyleId style;
};

/// One sheet. Writing a cell again replaces it. A merged range shows the value of its top-left
/// cell (written with any Write… call); its other cells must stay unwritten.
/// REQUIRES (every call): 0 <= row, 0 <= column; ranges with first <= last.
class XlsxSheet {
 public:
  explicit XlsxSheet(std::string name) : name_(std::move(name)) {}

  /// The sheet's name, as Excel shows it (made legal and unique by XlsxWorkbook::AddSheet).
  const std::string& name() const { return name_; }

  /// Text, kept as text even when it looks like a number or a formula.
  /// REQUIRES: `text` is UTF-8.
  void WriteText(int row, int column, std::string_view text, XlsxStyleId style = {});
  void WriteNumber(int row, int column, double value, XlsxStyleId style = {});
  /// A formula ("=SUM(G8:G20)", in Excel's English syntax) with the result it has now, which
  /// readers that do not calculate (and Excel, until it recalculates) show.
  void WriteFormula(int row, int column, std::string_view formula, double cached,
                    XlsxStyleId style = {});
  /// An empty cell that still shows its style (borders, fill).
  void WriteBlank(int row, int column, XlsxStyleId style);
  /// `text` linking to cell `cell` ("A1") of sheet `target` of the same workbook.
  void WriteLink(int row, int column, std::string_view text, const XlsxSheet& target,
                 std::string_view cell = "A1", XlsxStyleId style = {});
  /// Merges the range, which takes `style` throughout. REQUIRES: the range overlaps no other
  /// merged range and covers more than one cell.
  void Merge(int first_row, int first_column, int last_row, int last_column, XlsxStyleId style);

  /// Column width in Excel's units (about one digit, or half a CJK character, each).
  void SetColumnWidth(int column, double width);
  /// Row height in points (15 is one line of the default font).
  void SetRowHeight(int row, double height);
  /// Keeps the first `rows` rows and `columns` columns in view while scrolling.
  void FreezePanes(int rows, int columns);
  /// Filter buttons on the header row `first_row` of the range.
  void SetAutoFilter(int first_row, int first_column, int last_row, int last_column);
  /// Prints on A4 paper, landscape, all columns on one page wide.
  void SetPrintLandscapeFitWidth();

  /// The cells written, in row order (by row, then column).
  const std::deque<XlsxCell>& cells() const { return cells_; }
  const std::vector<XlsxMerge>& merges() const { return merges_; }
  /// The cell written at (row, column), or nullptr.
  const XlsxCell* Find(int row, int column) const;
  /// The width of `column`: as set, or Excel's default 8.43.
  double ColumnWidth(int column) const;
  /// The height of `row` as set, or 0 when not set (Excel's default, 15).
  double RowHeight(int row) const;
  /// The first problem met while writing (text longer than a cell holds, a position beyond
  /// Excel's limits), in Chinese; empty when none. Save reports it. Cells written after it are
  /// not kept (the workbook cannot be saved).
  const std::string& error() const { return error_; }

 private:
  friend class XlsxWorkbook;
  void Put(XlsxCell cell);

  std::string name_;
  // In row order: appended when written in order. A deque, as a large sheet grows without
  // holding its cells twice while it moves them.
  std::deque<XlsxCell> cells_;
  std::vector<XlsxMerge> merges_;
  std::map<int, double> widths_;   // by column
  std::map<int, double> heights_;  // by row
  int freeze_rows_ = 0;
  int freeze_columns_ = 0;
  bool has_filter_ = false;
  XlsxMerge filter_;
  bool print_landscape_ = false;
  std::string error_;
};

/// Document properties (File › Info in Excel).
struct XlsxProperties {
  std::string title;
  std::string subject;
  std::string comments;
  /// The creation time written into the file. Fixed by default (1980-01-01, the date the zip
  /// entries carry), so that the same content always gives the same bytes.
  std::time_t created = 315532800;
};

/// A workbook: styles, sheets in order, properties. Moving it keeps its sheets where they are.
class XlsxWorkbook {
 public:
  XlsxWorkbook();

  /// Adds `style` (or finds it) and returns its id.
  XlsxStyleId AddStyle(const XlsxStyle& style);
  const std::vector<XlsxStyle>& styles() const { return styles_; }

  /// Adds a sheet named `wanted`, made legal and unique by XlsxSheetNames::Add. The reference
  /// stays valid while the workbook lives.
  XlsxSheet& AddSheet(std::string_view wanted);
  const std::deque<XlsxSheet>& sheets() const { return sheets_; }

  /// Gives every column of `sheet` without a width set the width of its widest cell (cells
  /// merged across columns excepted), between 8 and `max_width`.
  void FitColumnWidths(XlsxSheet& sheet, double max_width) const;
  /// Gives every row of `sheet` without a height set the height its wrapped text needs at the
  /// column widths set now (cells merged across rows excepted); one-line rows stay unset.
  void FitRowHeights(XlsxSheet& sheet) const;

  XlsxProperties& properties() { return properties_; }

  /// Asks Save to hand each row to the file as it goes (libxlsxwriter's constant-memory mode)
  /// instead of holding the whole workbook a second time until the end. The strings are then
  /// stored in their cells (inline) rather than in a shared table; readers show the same text.
  /// For workbooks of a few sheets only: each sheet keeps a temporary file open while the
  /// workbook is written. A workbook with merged ranges is written the usual way (the library
  /// cannot merge cells in this mode).
  void SetConstantMemory(bool on) { constant_memory_ = on; }
  /// Whether Save writes in constant-memory mode: asked for, and no merged ranges.
  bool UsesConstantMemory() const;

  /// Writes the workbook to `path` atomically (reports/output_file.h: a temporary file in the
  /// same directory, renamed when complete; on failure nothing is left behind and `error` says
  /// why, in Chinese). "-" is refused: a workbook is not written to standard output.
  bool Save(const std::string& path, std::string& error) const;

 private:
  bool WriteTo(const std::string& file, const std::string& shown_path, std::string& error) const;

  std::vector<XlsxStyle> styles_;
  std::deque<XlsxSheet> sheets_;
  XlsxSheetNames names_;
  XlsxProperties properties_;
  bool constant_memory_ = false;
};

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_XLSX_WRITER_H_
