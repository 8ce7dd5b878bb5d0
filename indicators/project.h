// A project's data for one evaluation: its budget, actual values and judgements.
#ifndef JIXIAO_INDICATORS_PROJECT_H_
#define JIXIAO_INDICATORS_PROJECT_H_

#include <optional>
#include <string>
#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/method.h"
#include "indicators/value.h"

namespace jixiao {

/// 项目资金 (万元 unless `unit` says otherwise).
struct BudgetFigures {
  std::optional<double> initial;    // 年初预算数
  std::optional<double> full_year;  // 全年预算数 (the adjusted budget M1 divides by)
  std::optional<double> executed;   // 全年执行数
  std::string unit = "万元";
  SourceLocation where;
};

/// What a project says about one indicator. For an indicator of the template, `ref` names it
/// (id, name or path). For an indicator the project declares itself (三级指标 under an open
/// group), `group` names the open group and `name`, `points` and `target` describe it.
struct IndicatorEntry {
  std::string ref;
  std::string group;
  std::string name;
  std::optional<double> points;
  std::optional<Value> target;
  Value actual;                           // 实际完成值 / 业绩值
  std::optional<MethodSpec> method;       // a project-declared indicator's own method
  std::string criteria;                   // 评分标准 as printed
  std::optional<double> score;            // an evaluator's score (M5, M14)
  std::string band;                       // its band label (M5), optional
  std::optional<double> override_score;   // the unit's override of a computed score
  std::string note;                       // 偏差原因分析及改进措施
  bool not_applicable = false;            // 不适用
  std::optional<double> count;            // M7: number of failures
  std::vector<std::string> satisfied;     // M8: labels of satisfied items
  std::optional<double> published_score;  // the score a published table printed, if known
  SourceLocation where;
};

/// A group's points as this project sets them (a project without 满意度 moves its 10 to 效益).
struct GroupPoints {
  std::string group;  // id, name or path
  double points = 0;
  SourceLocation where;
};

struct Project {
  std::string name;        // 项目名称
  std::string department;  // 主管部门
  std::string unit;        // 实施单位
  std::string goal;        // 年度总体目标: 预期目标
  std::string achieved;    // 年度总体目标: 实际完成情况
  BudgetFigures budget;
  std::vector<GroupPoints> group_points;
  std::vector<IndicatorEntry> entries;
  std::optional<double> published_total;  // the total a published table printed, if known
  std::string published_grade;
  SourceLocation where;
};

/// What a report prints about a project besides its indicators: the form's header, budget and
/// published figures. A score tree keeps this, not the whole Project with its entries.
struct ProjectHeader {
  std::string name;
  std::string department;
  std::string unit;
  std::string goal;
  std::string achieved;
  BudgetFigures budget;
  std::optional<double> published_total;
  std::string published_grade;
};

/// The header fields of `project`.
inline ProjectHeader HeaderOf(const Project& project) {
  return ProjectHeader{project.name,
                       project.department,
                       project.unit,
                       project.goal,
                       project.achieved,
                       project.budget,
                       project.published_total,
                       project.published_grade};
}

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_PROJECT_H_
