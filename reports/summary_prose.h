// The 绩效自评综述 sentences that final accounts print, per project and for the department,
// written from the data (never typed by hand). The forms are the published ones:
//   根据年初设定的绩效目标，X项目自评得分为 98 分。
//   项目全年预算数为 328.50 万元，执行数为 328.50 万元，完成预算的 100%。
//   共评价项目 36 个，占部门项目总数的 94.74%，涉及金额 3,718.81 万元。
// A clause whose figure is not in the data is left out, never invented.
#ifndef JIXIAO_REPORTS_SUMMARY_PROSE_H_
#define JIXIAO_REPORTS_SUMMARY_PROSE_H_

#include <string>

#include "engine/department_summary.h"

namespace jixiao {

/// One project's 自评综述: its score, then its 全年预算数, 执行数 and 完成预算 rate (uncapped)
/// when stated. Money in 万元.
std::string ProjectSummaryProse(const SummaryProject& project, const RoundingRule& rounding);

/// The department's first sentence, as published: the number of projects evaluated, their
/// share of the department's projects (only when the department's number of projects is
/// known) and 涉及金额, the projects' Σ 全年执行数 (only when some project states its funds).
std::string DepartmentCoverageProse(const DepartmentSummary& summary);

/// The department's whole 自评综述: DepartmentCoverageProse; then Σ 全年预算数, Σ 全年执行数
/// and the rate; then the mean, highest and lowest totals and the number of projects of each
/// grade.
std::string DepartmentSummaryProse(const DepartmentSummary& summary);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_SUMMARY_PROSE_H_
