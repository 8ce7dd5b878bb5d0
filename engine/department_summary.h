// A department's projects taken together (绩效自评综述): counts, funds, the distribution of
// totals and grades, where points were lost, every deduction and the weakest projects. Plain
// data computed from the score trees; the summary renderers (reports/) only read it. Each tree
// is reduced to a ProjectDigest as soon as it is evaluated and folded into a
// DepartmentSummaryBuilder, so that no tree is kept however many projects there are.
#ifndef JIXIAO_ENGINE_DEPARTMENT_SUMMARY_H_
#define JIXIAO_ENGINE_DEPARTMENT_SUMMARY_H_

#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/score_tree.h"
#include "indicators/template.h"
#include "rules/rule.h"

namespace jixiao {

/// Projects whose total is below this are listed (the lower edge of 良 in the central bands).
inline constexpr double kDefaultSummaryThreshold = 80;

struct SummaryOptions {
  /// Projects with total < threshold are listed as below it.
  double threshold = kDefaultSummaryThreshold;
  /// The department's number of projects (evaluated or not): it is not in the project data.
  /// Without it there is no share of the department's projects.
  std::optional<long long> department_projects;
};

/// One evaluated project, with its money in 万元 whatever unit the data used.
struct SummaryProject {
  std::string name;
  std::string department;  // 主管部门
  std::string unit;        // 实施单位
  double total = 0;
  double max_total = 100;
  std::string grade;
  std::optional<double> full_year_wan;  // 全年预算数
  std::optional<double> executed_wan;   // 全年执行数
  /// 全年执行数 / 全年预算数 × 100, uncapped (final accounts print 141.23%); absent when the
  /// budget is missing or 0.
  std::optional<double> execution_rate_percent;
  size_t deductions = 0;  // indicator rows scored below their points
  bool has_problems = false;
};

/// Totals in [low, high): the last bin is closed ([90, 100]). Totals are on a 100-point scale
/// (total × 100 / max_total), so templates out of other totals share the bins.
struct ScoreBin {
  double low = 0;
  double high = 0;
  size_t count = 0;
};

/// The score bins: <60, 60–70, 70–80, 80–90, 90–100.
inline constexpr double kScoreBinEdges[] = {0, 60, 70, 80, 90, 100};

struct GradeCount {
  std::string label;  // the template's label (优, 良, 中, 差), best first
  size_t count = 0;
};

/// Points available and scored in one group (一级 or 二级指标), over all projects that have it.
/// Indicators that do not apply are left out; rows that could not be scored count as 0.
struct GroupLoss {
  std::string path;     // "产出指标", "产出指标/质量指标"; the budget row's own name
  double points = 0;    // Σ 分值 of its indicator rows
  double scored = 0;    // Σ 得分
  double lost = 0;      // points − scored
  size_t projects = 0;  // projects that have the group
  size_t projects_losing = 0;                // projects that lost points in it
  size_t deductions = 0;                     // rows scored below their points
  std::optional<double> attainment_percent;  // scored / points × 100; absent when points = 0
  std::optional<double> lost_share_percent;  // lost / Σ lost × 100; absent when nothing was lost
};

/// One indicator row scored below its points. There is one for every such row of every
/// project, so it names its project and indicator by number.
struct Deduction {
  size_t project = 0;  // index into DepartmentSummary::projects
  size_t path = 0;  // index into DepartmentSummary::paths: "产出指标/数量指标/展销天数"
  double points = 0;
  double score = 0;
  double lost = 0;
  std::string target_text;
  std::string actual_text;
  std::string note;  // 偏差原因分析及改进措施; empty when the unit gave none
  Outcome outcome = Outcome::kScored;
  bool overridden = false;  // the unit set the score itself
  bool budget_execution = false;
};

struct DepartmentSummary {
  TemplateStamp stamp;
  RoundingRule rounding;  // the template's: how totals and row scores are printed
  double threshold = kDefaultSummaryThreshold;
  std::vector<SummaryProject> projects;  // in input order

  std::optional<long long> department_projects;
  std::optional<double> share_percent;  // projects / department_projects × 100

  /// Funds over the projects that state both 全年预算数 and 全年执行数, in 万元.
  size_t funded_projects = 0;
  double full_year_wan = 0;
  double executed_wan = 0;
  std::optional<double> execution_rate_percent;  // absent when Σ 全年预算数 is 0

  std::optional<double> mean_total;  // absent when there are no projects
  std::optional<double> min_total;
  std::optional<double> max_total;

  std::vector<ScoreBin> histogram;
  std::vector<GradeCount> grades;
  std::vector<GroupLoss> level1;   // every 一级指标 (and the budget row), in template order
  std::vector<GroupLoss> weakest;  // 二级指标 that lost points, most points lost first
  double points_lost = 0;          // Σ lost over every indicator row of every project
  std::vector<std::string> paths;  // the indicators' paths the deductions name
  /// In project order, then row order. A deque: there can be millions, and it grows without
  /// moving them.
  std::deque<Deduction> deductions;
  size_t deductions_without_note = 0;
  std::vector<size_t> below_threshold;  // indices into projects, lowest total first
};

/// One project reduced to what the summary needs: its line, its deductions, and the points and
/// score of each of its indicator rows that apply, by group.
struct ProjectDigest {
  struct Row {
    std::string level1;  // the path of its 一级指标 (its own path when it is not deeper)
    std::string level2;  // the path of its 二级指标 (likewise)
    double points = 0;
    double score = 0;  // 0 when it could not be scored
  };
  SummaryProject line;
  std::vector<Row> rows;  // in row order
  /// Its deductions (project 0, path an index into deduction_paths).
  std::vector<Deduction> deductions;
  std::vector<std::string> deduction_paths;
  TemplateStamp stamp;
  RoundingRule rounding;
};

/// Reduces a scored project to its digest (the tree can then be freed).
ProjectDigest DigestProject(const ScoreTree& tree);

/// The summary built one project at a time, in input order, from projects scored by one
/// template (whose grade bands are `grades`). Keeps each project's line and deductions (the
/// report lists them) and running sums for the rest: the result is SummarizeDepartment's over
/// the same projects, to the bit.
class DepartmentSummaryBuilder {
 public:
  DepartmentSummaryBuilder(std::vector<GradeBand> grades, const SummaryOptions& options);
  ~DepartmentSummaryBuilder();
  DepartmentSummaryBuilder(const DepartmentSummaryBuilder&) = delete;
  DepartmentSummaryBuilder& operator=(const DepartmentSummaryBuilder&) = delete;

  void Add(ProjectDigest digest);
  size_t projects() const { return summary_.projects.size(); }
  /// The summary of the projects added. REQUIRES: called once, last.
  DepartmentSummary Finish();

 private:
  struct Sums;
  std::vector<GradeBand> grades_;
  std::map<std::string, size_t, std::less<>> path_index_;  // into summary_.paths
  DepartmentSummary summary_;
  std::unique_ptr<Sums> sums_;
};

/// Summarises `trees` (all scored by one template, whose grade bands are `grades`).
DepartmentSummary SummarizeDepartment(const std::vector<ScoreTree>& trees,
                                      const std::vector<GradeBand>& grades,
                                      const SummaryOptions& options = {});

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_DEPARTMENT_SUMMARY_H_
