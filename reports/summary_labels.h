// The user-visible Chinese strings of the department summary (jixiao summary), beside
// labels.h which holds the forms' strings and every number format.
#ifndef JIXIAO_REPORTS_SUMMARY_LABELS_H_
#define JIXIAO_REPORTS_SUMMARY_LABELS_H_

#include <string_view>

namespace jixiao {

inline constexpr std::string_view kSummaryTitle = "部门项目支出绩效自评汇总";
inline constexpr std::string_view kSummaryProse = "自评综述";
inline constexpr std::string_view kSummaryProjectProse = "各项目自评综述";
inline constexpr std::string_view kSummaryFacts = "概况";

// 概况.
inline constexpr std::string_view kFactProjects = "评价项目数";
inline constexpr std::string_view kFactDepartmentProjects = "部门项目总数";
inline constexpr std::string_view kFactShare = "占部门项目总数";
inline constexpr std::string_view kFactNoDepartmentProjects =
    "未提供（用 --department-projects N 给出，才能计算占比）";
inline constexpr std::string_view kFactFullYear = "全年预算数合计";
inline constexpr std::string_view kFactExecuted = "全年执行数合计（涉及金额）";
inline constexpr std::string_view kFactRate = "预算执行率";
inline constexpr std::string_view kFactUnfunded = "未填写全年预算数或执行数的项目（不计入金额）";
inline constexpr std::string_view kFactMean = "平均得分";
inline constexpr std::string_view kFactHighest = "最高得分";
inline constexpr std::string_view kFactLowest = "最低得分";
inline constexpr std::string_view kFactDeductions = "扣分指标";
inline constexpr std::string_view kFactPointsLost = "失分合计";
inline constexpr std::string_view kFactBelow = "总分低于阈值的项目";
inline constexpr std::string_view kUnitProjects = " 个";
inline constexpr std::string_view kUnitRows = " 项";
inline constexpr std::string_view kUnitPoints = " 分";
inline constexpr std::string_view kUnitWan = " 万元";

// Sections: headings and column titles.
inline constexpr std::string_view kSectionDistribution = "得分分布";
inline constexpr std::string_view kSectionGrades = "等级分布";
inline constexpr std::string_view kSectionLevel1 = "各一级指标失分";
inline constexpr std::string_view kSectionWeakest = "失分最多的二级指标";
inline constexpr std::string_view kSectionDeductions = "扣分明细";
inline constexpr std::string_view kSectionProjects = "项目一览";
inline constexpr std::string_view kColumnBin = "分数段";
inline constexpr std::string_view kColumnProjects = "项目数";
inline constexpr std::string_view kColumnShare = "占比";
inline constexpr std::string_view kColumnPoints = "分值合计";
inline constexpr std::string_view kColumnScored = "得分合计";
inline constexpr std::string_view kColumnLost = "失分";
inline constexpr std::string_view kColumnAttainment = "得分率";
inline constexpr std::string_view kColumnLostShare = "失分占比";
inline constexpr std::string_view kColumnProjectsLosing = "失分项目数";
inline constexpr std::string_view kColumnDeductions = "扣分指标数";
inline constexpr std::string_view kColumnIndicator = "指标";
inline constexpr std::string_view kColumnDeducted = "扣分";
inline constexpr std::string_view kColumnNumber = "序号";
inline constexpr std::string_view kColumnFullYearWan = "全年预算数（万元）";
inline constexpr std::string_view kColumnExecutedWan = "全年执行数（万元）";
inline constexpr std::string_view kChartPointsLost = "各一级指标失分（分）";
inline constexpr std::string_view kChartProjects = "（项目数）";

// Texts in and under the tables.
inline constexpr std::string_view kBinBelow = "<";
inline constexpr std::string_view kBinDash = "–";
inline constexpr std::string_view kBinNote = "分数段含下限、不含上限，最后一段含满分。";
inline constexpr std::string_view kBinScaledNote =
    "满分不是 100 分的项目，总分折算为百分制后分段。";
inline constexpr std::string_view kNoLoss = "没有失分的指标。";
inline constexpr std::string_view kNoDeductions = "没有扣分的指标。";
inline constexpr std::string_view kNoRows = "没有评分的指标。";
inline constexpr std::string_view kNoProjects = "没有项目。";
inline constexpr std::string_view kNoteMissing = "未填写";
inline constexpr std::string_view kOverrideMark = "*";
inline constexpr std::string_view kOverrideNote = "* 单位调整得分（不是按评分规则计算的得分）。";
inline constexpr std::string_view kWeakestNote =
    "按失分从多到少排列；失分 = 分值 − 得分，不适用的指标不计，未能评分的指标按 0 分计。";

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_SUMMARY_LABELS_H_
