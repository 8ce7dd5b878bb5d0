// The workbook of `jixiao score --format xlsx`.
#ifndef JIXIAO_REPORTS_XLSX_REPORT_H_
#define JIXIAO_REPORTS_XLSX_REPORT_H_

#include <string>
#include <vector>

#include "engine/score_tree.h"
#include "reports/xlsx_writer.h"

namespace jixiao {

/// First the sheet 汇总, one row per project: 项目名称 (a link to the project's sheet), 主管部门,
/// 实施单位, 全年预算数, 全年执行数 (numbers shown with their unit), 执行率, 总分 (a formula
/// on the project sheet's 总分, with its value cached) and 等级; then each project's form
/// (AddFormSheet), in order.
XlsxWorkbook XlsxReport(const std::vector<ScoreTree>& trees);

/// Writes XlsxReport(trees) to `path` atomically; false with `error` (in Chinese) when it
/// cannot, and then nothing is written.
bool WriteXlsxReport(const std::string& path, const std::vector<ScoreTree>& trees,
                     std::string& error);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_XLSX_REPORT_H_
