// A filled self-evaluation table as users hand it in (CSV or a spreadsheet's first sheet): rows
// with their cells kept for echoing, and the cells jixiao reads, found by header alias.
#ifndef JIXIAO_INDICATORS_FILLED_TABLE_H_
#define JIXIAO_INDICATORS_FILLED_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "indicators/csv.h"
#include "indicators/diagnostic.h"

namespace jixiao {

enum class FilledRowKind {
  kIndicator,  // a 三级指标 row
  kBudget,     // 预算执行率 / 年度资金总额: budget figures and their points
  kTotal,      // 总分: the published total
  kGroup,  // a 一级/二级指标 with 分值 and no 三级指标: the group's points (level 1 when its
           // level2 is empty), and maybe its subtotal
  kOther,  // blank, 等级, or a row with no indicator: echoed, not checked
};

/// One row. The level cells are after continuation (a blank 一级/二级指标 repeats the one above,
/// as merged cells print); the other cells are as written, trimmed.
struct FilledRow {
  FilledRowKind kind = FilledRowKind::kOther;
  int line = 0;                    // 1-based source line (CSV) or sheet row (XLSX)
  std::vector<std::string> cells;  // every cell as read, for the echoed output
  std::string project;
  std::string level1, level2, level3;
  std::string points, target, actual, score, criteria, note;
  std::string budget_initial, budget_full_year, budget_executed, execution_rate;
  std::string level1_points, level2_points;  // 一级/二级指标分值 columns, as written
};

struct FilledTable {
  std::string file;
  std::vector<std::string> header;  // as written
  std::vector<FilledRow> rows;
  std::string budget_unit = "万元";
  int actual_column = -1;  // index of 实际完成值 in FilledRow::cells, -1 when there is none
};

/// Builds a table from a grid of located cells, the first row being the header. Unknown columns
/// are warnings (kept, not read); a table without 三级指标, 分值 or 得分 columns is an error.
/// A group's points may also stand in columns of their own: 一级指标分值 (一级指标权重),
/// 二级指标分值 (二级指标权重), or a 分值/权重 column right of 一级指标 or 二级指标 when the table
/// has another one for the 三级指标. Returns false on errors.
bool ReadFilledTable(const std::vector<std::vector<CsvField>>& grid, const std::string& file,
                     FilledTable& out, std::vector<Diagnostic>& diagnostics);

/// Reads a CSV text (UTF-8, with or without BOM) into a table.
bool ReadFilledTableCsv(std::string_view text, const std::string& file, FilledTable& out,
                        std::vector<Diagnostic>& diagnostics);

/// Reads sheet `sheet` of an XLSX workbook (the first sheet when empty) into a table, through
/// ReadXlsx (indicators/xlsx.h): the same table as from the sheet exported to CSV.
bool ReadFilledTableXlsx(std::string_view bytes, const std::string& file, const std::string& sheet,
                         FilledTable& out, std::vector<Diagnostic>& diagnostics);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_FILLED_TABLE_H_
