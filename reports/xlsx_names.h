// Names in an XLSX workbook as Excel wants them: sheet names (legal, unique), cells and ranges
// ("B7", "G8:G20"), and sheet names quoted for references.
#ifndef JIXIAO_REPORTS_XLSX_NAMES_H_
#define JIXIAO_REPORTS_XLSX_NAMES_H_

#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace jixiao {

/// Excel's limits: a sheet name has at most 31 characters, a cell at most 32,767 characters of
/// text (both counted in UTF-16 units); a sheet has 1,048,576 rows and 16,384 columns.
inline constexpr size_t kXlsxMaxSheetNameUnits = 31;
inline constexpr size_t kXlsxMaxCellChars = 32767;
inline constexpr int kXlsxMaxRows = 1048576;
inline constexpr int kXlsxMaxColumns = 16384;

/// Characters of UTF-8 text as Excel counts them: UTF-16 units (a character beyond U+FFFF,
/// such as an emoji, is two).
size_t XlsxTextLength(std::string_view text);

/// The sheet names of one workbook.
class XlsxSheetNames {
 public:
  /// A legal sheet name close to `wanted`, unlike every name added before (compared as Excel
  /// does, ignoring case), which is added: the characters []:*?/\ become "_", control
  /// characters spaces; leading and trailing apostrophes and spaces are dropped; it is cut to
  /// 31 characters on a character boundary; an empty name becomes "Sheet"; Excel's reserved
  /// "History" and names taken get "(2)", "(3)"… (within the 31 characters).
  std::string Add(std::string_view wanted);

 private:
  bool Taken(const std::string& name) const;

  std::set<std::string> folded_;  // the names added, ASCII letters lowered
};

/// `name` quoted for a reference in a formula or link: 'name' (an apostrophe doubled).
std::string QuotedSheetName(std::string_view name);

/// "B7" for row 6, column 1 (0-based); "G8:G20" for a range; "A1" when one cell.
std::string XlsxCellName(int row, int column);
std::string XlsxRangeName(int first_row, int first_column, int last_row, int last_column);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_XLSX_NAMES_H_
