// The plain rows of a project table, read without the general CSV reader: what most batch data
// is (项目名称,指标,目标值,实际完成值 with plain numbers), recognised exactly, so that anything
// else can be left to the general reader.
#ifndef JIXIAO_INDICATORS_PLAIN_ROWS_H_
#define JIXIAO_INDICATORS_PLAIN_ROWS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/project_csv_header.h"

namespace jixiao {

inline constexpr size_t kPlainFields = 4;

/// The columns of a plain table: 项目名称, 指标 (a template indicator), 目标值 and 实际完成值,
/// in any order, and no other column.
struct PlainColumns {
  enum Field { kName, kRef, kTarget, kActual };
  Field fields[kPlainFields] = {kName, kRef, kTarget, kActual};  // what each field holds
};

/// The columns of `layout` when its table is plain, else nullopt.
std::optional<PlainColumns> PlainColumnsOf(const ProjectCsvLayout& layout);

/// One plain row: the indicator it names and its two values.
struct PlainRow {
  std::string_view ref;
  bool expected = false;  // `ref` is the expected one at the row's place in its project
  double target = 0;
  double actual = 0;
  std::string_view target_text;  // the two values as written (Value::raw)
  std::string_view actual_text;
};

/// One project's rows, every one plain.
struct PlainProject {
  std::string_view name;
  std::vector<PlainRow> rows;
  size_t end = 0;  // byte offset just past its last row
  int lines = 0;   // lines it takes (one a row)
};

/// Reads the projects of a plain table whose rows are all plain, exactly as the general reader
/// (ProjectRowReader) reads them: Trim changes nothing in them, and ParseValue gives their values
/// as the same numbers without a unit or a comparator. A plain row is one line (LF or CRLF) of
/// exactly the four fields, without quotes or other CRs; its 项目名称 and 指标 are not empty, have
/// no white space at either end and are valid UTF-8; its 目标值 and 实际完成值 are plain decimals
/// (ParsePlainDecimal). Everything such a project's rows hold is valid UTF-8.
class PlainProjectReader {
 public:
  /// `expected_refs`: how rows usually name their indicators, in order (a template's ids); a
  /// row naming the one expected at its place is read without looking for the end of the field
  /// or checking its text. Refs that are not plain themselves are left out.
  PlainProjectReader(const PlainColumns& columns, const std::vector<std::string>& expected_refs);

  /// Reads the project whose first row starts at byte `pos` of `text` (a record start) when all
  /// its rows are plain and the row after it, if any, clearly names another project; false
  /// otherwise (the general reader then reads that project).
  bool Read(std::string_view text, size_t pos, PlainProject& out) const;

 private:
  PlainColumns columns_;
  std::vector<std::string> expected_refs_;
};

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_PLAIN_ROWS_H_
