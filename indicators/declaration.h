// The 绩效目标申报表 (performance target declaration) a unit files with its budget request: per
// project the declared indicators with 绩效指标性质 (≥ ≤ = 定性), 指标值, 度量单位, 指标方向性
// and, in the department table, 权重. Read from a CSV or a spreadsheet sheet and checked, so
// that it can become the project data skeleton of the year-end self-evaluation
// (indicators/declaration_skeleton.h). Layout: ../shared/reference/xicheng_2022_targets.json.
#ifndef JIXIAO_INDICATORS_DECLARATION_H_
#define JIXIAO_INDICATORS_DECLARATION_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/csv.h"
#include "indicators/diagnostic.h"
#include "indicators/template.h"
#include "indicators/value.h"

namespace jixiao {

/// One declared indicator (a row of the table).
struct DeclaredIndicator {
  std::string level1, level2, level3;     // after continuation of blank (merged) cells
  Comparator nature = Comparator::kNone;  // kQualitative for 定性
  std::string value;                      // 指标值 as written
  std::string unit;                       // 度量单位 as written
  std::string target;  // the target as project data writes it: "≥95%", "=3个", "优良中低差"
  std::optional<Direction> direction;  // 指标方向性, when the table has it
  std::optional<double> weight;        // 权重, when the table has it
  std::string activity, task;          // 活动, 任务 (department table)
  SourceLocation where;                // the row
};

struct DeclaredProject {
  std::string name;              // 项目名称
  std::string unit;              // 单位名称
  std::string department;        // 主管部门
  std::string category;          // 项目类别
  std::string goal;              // 绩效目标
  std::optional<double> budget;  // 项目总额
  std::string budget_unit = "万元";
  std::vector<DeclaredIndicator> indicators;
  SourceLocation where;  // its first row
};

struct Declaration {
  std::string file;
  std::vector<DeclaredProject> projects;
};

/// Reads a grid of located cells, the first non-blank row being the header (names as the
/// published tables print them, e.g. 绩效指标性质, 本年绩效指标值, 绩效度量单位, 指标方向性;
/// see declaration.cc). A blank 项目名称 and the project's other cells continue the project
/// above, a blank 一级/二级指标 the level above (merged cells). Errors: missing columns, a
/// missing 三级指标 or 指标值, an unknown 性质 or 方向, a value or 权重 that is not a number.
/// Warnings: ≤ with 正向 or ≥ with 反向, a numeric value without unit, 权重 not adding up to
/// 100 in a project, a 定性 row with a numeric value, unknown columns. A note: a 定性 value
/// that is a whole scale (优良中低差) rather than a target. Returns false on errors.
bool ReadDeclaration(const std::vector<std::vector<CsvField>>& grid, const std::string& file,
                     Declaration& out, std::vector<Diagnostic>& diagnostics);

/// Reads a declaration file: an .xlsx workbook (sheet `sheet`, or the first sheet when empty)
/// through ReadXlsx, anything else as CSV.
bool ReadDeclarationFile(std::string_view bytes, const std::string& file, const std::string& sheet,
                         Declaration& out, std::vector<Diagnostic>& diagnostics);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_DECLARATION_H_
