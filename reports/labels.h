// Every user-visible Chinese string of the reports, and the one place numbers
// are formatted.
#ifndef JIXIAO_REPORTS_LABELS_H_
#define JIXIAO_REPORTS_LABELS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/template.h"
#include "rules/rule.h"

namespace jixiao {

/// Printed instead of a number that is not finite (a bug upstream: it must not
/// happen).
inline constexpr std::string_view kNotANumber = "—";

/// Points with a fixed number of decimals: FormatPoints(9.99, 2) is "9.99",
/// (88, 2) "88.00". Never prints "-0.00". A negative `places` prints up to 4
/// decimals, trailing zeros removed (scores that a template leaves unrounded).
std::string FormatPoints(double points, int places);
/// FormatPoints appended to `out`, for writers that stream many numbers.
void AppendPoints(double points, int places, std::string& out);

/// Decimal places to print a tree's scores with: `rule.places`, or -1 (see
/// FormatPoints) when the rule does not round.
int PointPlaces(const RoundingRule& rule);

/// Up to `max_places` decimals, trailing zeros removed:
/// FormatDecimalPlaces(7.7333333, 4) is "7.7333", (58, 4) "58".
std::string FormatDecimalPlaces(double value, int max_places);

/// A percentage already scaled to 0–100, rounded half-up on its decimal value (RoundDecimal):
/// FormatPercent(99.877, 2) is "99.88%", (52.675, 2) "52.68%" though the double is 52.674999….
std::string FormatPercent(double percent, int places = 2);

/// A money amount as the tables print it: up to 6 decimals, trailing zeros
/// removed ("160", "159.80445").
std::string FormatAmount(double amount);

/// A full-precision intermediate value for explanations: up to 6 decimals,
/// trailing zeros removed ("7.733333", "58").
std::string FormatDecimal(double value);
/// FormatDecimal appended to `out`.
void AppendDecimal(double value, std::string& out);

/// Money in 万元 as final accounts print it: rounded half-up to 2 decimals, with
/// thousands separators ("3,718.81", "328.50").
std::string FormatMoney(double amount);

/// A percentage as prose prints it: rounded half-up to 2 decimals, trailing
/// zeros removed ("94.74%", "100%", "141.23%").
std::string FormatShare(double percent);

/// A score as prose prints it: at the rule's places, trailing zeros removed
/// ("98", "94.52"); up to 4 decimals when the rule does not round.
std::string FormatScoreBrief(double score, const RoundingRule& rule);

/// 已评分 / 不适用 / 缺少数据 / 无法评分.
std::string_view OutcomeLabel(Outcome outcome);

/// Column title of hierarchy level `level` (1-based): 一级指标, 二级指标, …,
/// 十级指标, 11级指标.
std::string LevelTitle(int level);

/// 项目支出绩效自评表 / 自评价评分表.
std::string_view LayoutTitle(FormLayout layout);

/// The titles of the indicator table's value columns, which differ between
/// layouts.
struct ValueColumnTitles {
  std::string_view weight;  // 分值 / 权重
  std::string_view target;  // 年度指标值 / 目标值
  std::string_view actual;  // 实际完成值 / 业绩值
  std::string_view score;   // 得分 / 评分结果
};
ValueColumnTitles ValueTitles(FormLayout layout);

// Header fields, the 项目资金 block and the summary rows.
inline constexpr std::string_view kLabelProjectName = "项目名称";
inline constexpr std::string_view kLabelDepartment = "主管部门";
inline constexpr std::string_view kLabelUnit = "实施单位";
inline constexpr std::string_view kLabelGoals = "年度总体目标";
inline constexpr std::string_view kLabelGoalExpected = "预期目标";
inline constexpr std::string_view kLabelGoalAchieved = "实际完成情况";
inline constexpr std::string_view kLabelFunds = "项目资金";
inline constexpr std::string_view kLabelFundsTotal = "年度资金总额";
inline constexpr std::string_view kLabelBudgetInitial = "年初预算数";
inline constexpr std::string_view kLabelBudgetFullYear = "全年预算数";
inline constexpr std::string_view kLabelBudgetExecuted = "全年执行数";
inline constexpr std::string_view kLabelExecutionRate = "执行率";
inline constexpr std::string_view kLabelWeight = "分值";
inline constexpr std::string_view kLabelScore = "得分";
inline constexpr std::string_view kLabelNote = "偏差原因分析及改进措施";
inline constexpr std::string_view kLabelCriteria = "评分标准";
inline constexpr std::string_view kLabelRemarks = "说明";
inline constexpr std::string_view kLabelStamp = "评分模板";
inline constexpr std::string_view kLabelTotal = "总分";
inline constexpr std::string_view kLabelGrade = "等级";
inline constexpr std::string_view kLabelNotes = "注：";
inline constexpr std::string_view kRemarkSeparator = "；";
/// The remarks of one row joined by kRemarkSeparator ("" when there are none).
std::string JoinRemarks(const std::vector<std::string>& remarks);
inline constexpr std::string_view kListSeparator = "、";
inline constexpr std::string_view kColon = "：";  // between a label and its value
// The first sheet of an XLSX report, listing every project.
inline constexpr std::string_view kLabelSummarySheet = "汇总";

/// "项目支出绩效自评表（3 个项目）": the title of a document holding several forms.
std::string ProjectsTitle(std::string_view form_title, size_t projects);

/// "年度总体目标（预期目标）": a column of the 年度总体目标 block as a line's label.
std::string GoalLineLabel(std::string_view title, std::string_view column);

/// "项目资金（万元）".
std::string FundsTitle(std::string_view unit);

/// "全年预算数 160万元" and "全年执行数 159.80445万元，执行率 99.88%": the
/// budget row as cells of the indicator table (CSV). `rate` is empty when
/// unknown.
std::string FundsTargetText(std::string_view amount, std::string_view unit);
std::string FundsActualText(std::string_view amount, std::string_view unit, std::string_view rate);

/// "投入和管理目标（25.00）": a group cell of a scoring sheet.
std::string GroupWithWeight(std::string_view name, std::string_view weight);

/// "模板 beijing_2020 版本 1（内容哈希 9f86d081884c7d65）".
std::string StampLine(std::string_view id, std::string_view version, std::string_view hash);

/// "* 单位调整得分：计算得分 7.73，说明：农业嘉年华活动时间为58天" (no 说明
/// part when `note` is empty).
std::string OverrideNote(std::string_view mark, std::string_view computed, std::string_view note);
/// The same without the mark: "单位调整得分：计算得分 7.73，说明：…".
std::string OverrideText(std::string_view computed, std::string_view note);

/// "产出指标/数量指标/展销天数：<finding>".
std::string NodeFindingNote(std::string_view path, std::string_view finding);

/// "产出目标/数量/汕尾项目（说明）：<note>", for layouts without a note column.
std::string NodeRemarkNote(std::string_view path, std::string_view note);

/// Labels of RenderExplanation.
inline constexpr std::string_view kExplainIndicator = "指标";
inline constexpr std::string_view kExplainId = "编号";
inline constexpr std::string_view kExplainProject = "项目";
inline constexpr std::string_view kExplainMethod = "评分方法";
inline constexpr std::string_view kExplainTrace = "计算过程";
inline constexpr std::string_view kExplainRawScore = "原始得分";
inline constexpr std::string_view kExplainComputedScore = "计算得分";
/// "7.00（单位调整得分）".
std::string OverriddenScore(std::string_view score);
inline constexpr std::string_view kExplainOutcome = "结果";
inline constexpr std::string_view kExplainPublished = "公布得分";
inline constexpr std::string_view kExplainFindings = "发现的问题";
inline constexpr std::string_view kExplainChildren = "下级指标";
inline constexpr std::string_view kExplainNone = "（无）";

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_LABELS_H_
