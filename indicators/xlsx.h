// A small reader of XLSX workbooks (Office Open XML spreadsheets): one sheet's cell values as
// rows of located cells, the same shape as a CSV table, so that a filled table reads the same
// from either. libzip and pugixml stay inside xlsx.cc.
#ifndef JIXIAO_INDICATORS_XLSX_H_
#define JIXIAO_INDICATORS_XLSX_H_

#include <string>
#include <string_view>
#include <vector>

#include "indicators/csv.h"
#include "indicators/diagnostic.h"

namespace jixiao {

/// True when `path` ends in .xlsx, in any case (表.XLSX): how the CLI tells a workbook.
bool IsXlsxPath(std::string_view path);

/// "B7" for row 7, column 2 (both 1-based). REQUIRES: row >= 1, column >= 1.
std::string CellReference(int row, int column);

/// Reads sheet `sheet` of the workbook `bytes` (the first sheet when `sheet` is empty) into
/// `out`: one row per sheet row from row 1 to the last row holding a value, each as wide as the
/// widest row (a blank row is one empty cell, as a blank CSV line), every cell located at
/// line = row and column = column number. Values are what the sheet's cells mean: shared and
/// inline strings (rich text runs joined), numbers as written (at most 15 significant digits, as
/// a spreadsheet shows them) unless their number format changes what they stand for — a
/// percentage format gives the percentage ("99.87778125%" for 0.9987778125 as 0.00%), a date
/// or time format the date or time ("2020年12月31日" for 44196), see xlsx_number_format.h —
/// TRUE/FALSE, error codes. A merged range keeps its value in its top-left cell only; its other
/// cells are empty (as a merged cell exports to CSV). Formulas give their cached value. Returns
/// true when no error was reported; errors name the cell as "Sheet1!B7".
bool ReadXlsx(std::string_view bytes, const std::string& file, const std::string& sheet,
              CsvTable& out, std::vector<Diagnostic>& diagnostics);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_XLSX_H_
