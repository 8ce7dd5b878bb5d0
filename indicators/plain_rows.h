// The plain rows of a project table, read without the general CSV reader: what most batch data
// is (项目名称,指标,目标值,实际完成值 with plain numbers), recognised exactly, so that anything
// else can be left to the general reader.
#ifndef JIXIAO_INDICATORS_PLAIN_ROWS_H_
#define JIXIAO_INDICATORS_PLAIN_ROWS_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "indicators/project_csv_header.h"

namespace jixiao {

/// The fields of a plain table's columns: 项目名称, 指标 (a template indicator), 目标值 and
/// 实际完成值, in any order, and no other column.
struct PlainColumns {
  size_t name = 0;
  size_t ref = 0;
  size_t target = 0;
  size_t actual = 0;
};

/// The columns of `layout` when its table is plain, else nullopt.
std::optional<PlainColumns> PlainColumnsOf(const ProjectCsvLayout& layout);

/// One plain row: the indicator it names and its two values.
struct PlainRow {
  std::string_view ref;
  double target = 0;
  double actual = 0;
};

/// One project's rows, every one plain.
struct PlainProject {
  std::string_view name;
  std::vector<PlainRow> rows;
  size_t end = 0;  // byte offset just past its last row
  int lines = 0;   // lines it takes (one a row)
};

/// Reads the project whose first row starts at byte `pos` of `text` (a record start) when all its
/// rows are plain and the row after it, if any, clearly names another project; false otherwise
/// (the general reader then reads the project). A plain row is one line (LF or CRLF) of exactly
/// the four fields, without quotes or other CRs; its 项目名称 and 指标 are not empty and have no
/// white space at either end; its 目标值 and 实际完成值 are plain decimals (ParsePlainDecimal).
/// Such rows read exactly as ProjectRowReader reads them (Trim changes nothing, ParseValue
/// gives the same number without a unit or comparator). REQUIRES: `text` is valid UTF-8.
bool ReadPlainProject(std::string_view text, size_t pos, const PlainColumns& columns,
                      PlainProject& out);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_PLAIN_ROWS_H_
