#include "reports/summary_prose.h"

#include <string>
#include <string_view>

#include "reports/labels.h"

namespace jixiao {
namespace {

constexpr std::string_view kProjectWord = "项目";

std::string Wan(double amount) { return FormatMoney(amount) + " 万元"; }

// "全年预算数为 328.50 万元，执行数为 328.50 万元，完成预算的 100%", each part only when known;
// empty when none is.
std::string FundsClauses(const std::optional<double>& full_year,
                         const std::optional<double>& executed, const std::optional<double>& rate) {
  std::string out;
  if (full_year) out += "全年预算数为 " + Wan(*full_year);
  if (executed) out += (out.empty() ? "" : "，") + std::string("执行数为 ") + Wan(*executed);
  if (rate && !out.empty()) out += "，完成预算的 " + FormatShare(*rate);
  return out;
}

}  // namespace

std::string ProjectSummaryProse(const SummaryProject& project, const RoundingRule& rounding) {
  std::string name = project.name;
  if (!std::string_view(name).ends_with(kProjectWord)) name += kProjectWord;
  std::string out = "根据年初设定的绩效目标，" + name + "自评得分为 " +
                    FormatScoreBrief(project.total, rounding) + " 分。";
  std::string funds =
      FundsClauses(project.full_year_wan, project.executed_wan, project.execution_rate_percent);
  if (!funds.empty()) out += "项目" + funds + "。";
  return out;
}

std::string DepartmentCoverageProse(const DepartmentSummary& s) {
  std::string out = "共评价项目 " + std::to_string(s.projects.size()) + " 个";
  if (s.share_percent) out += "，占部门项目总数的 " + FormatShare(*s.share_percent);
  if (s.funded_projects > 0) out += "，涉及金额 " + Wan(s.executed_wan);
  return out + "。";
}

std::string DepartmentSummaryProse(const DepartmentSummary& s) {
  std::string out = DepartmentCoverageProse(s);
  if (s.funded_projects > 0)
    out += "项目" + FundsClauses(s.full_year_wan, s.executed_wan, s.execution_rate_percent) + "。";
  if (s.mean_total && s.max_total && s.min_total) {
    out += "自评平均得分 " + FormatScoreBrief(*s.mean_total, s.rounding) + " 分，最高 " +
           FormatScoreBrief(*s.max_total, s.rounding) + " 分，最低 " +
           FormatScoreBrief(*s.min_total, s.rounding) + " 分";
    std::string grades;
    for (const GradeCount& g : s.grades)
      if (g.count > 0 && !g.label.empty())
        grades += (grades.empty() ? "" : "、") + g.label + " " + std::to_string(g.count) + " 个";
    if (!grades.empty()) out += "；其中" + grades;
    out += "。";
  }
  return out;
}

}  // namespace jixiao
