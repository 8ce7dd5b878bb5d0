// Project data as a long CSV table: one row per project × indicator, for
// batches too large for YAML. Columns are found by the names users give them,
// in any order.
#ifndef JIXIAO_INDICATORS_PROJECT_CSV_H_
#define JIXIAO_INDICATORS_PROJECT_CSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/project.h"

namespace jixiao {

/// Reads the projects of a long table. The first non-blank row names the
/// columns (项目名称 is required; a unit in brackets, "全年预算数（万元）",
/// sets the budget unit); rows group into projects by 项目名称 in order of
/// first appearance; a blank 一级指标 or 二级指标 cell continues the one above
/// in the same project (merged cells). A row names a template indicator in 指标
/// / 指标ID, or declares one by 一级/二级/三级指标; a row with only
/// 一级/二级指标 and 分值 sets that group's points. Blank rows are skipped.
/// Every problem becomes a located diagnostic and reading goes on, so that all
/// of them are reported at once; the projects read so far are returned even
/// then.
std::vector<Project> LoadProjectsFromCsv(std::string_view text, const std::string& file,
                                         std::vector<Diagnostic>& diagnostics);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_PROJECT_CSV_H_
