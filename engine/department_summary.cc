#include "engine/department_summary.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/rounding.h"
#include "indicators/value.h"

namespace jixiao {
namespace {

constexpr std::string_view kWan = "万元";

// An amount of `unit` in 万元; nullopt when absent or not money (the loader refuses the latter).
std::optional<double> InWan(const std::optional<double>& amount, const std::string& unit) {
  if (!amount) return std::nullopt;
  return ConvertUnit(*amount, unit, kWan);
}

// Points and scores of one group over all projects. Scores are rounded rows, added exactly
// (RoundedSum) so that 9.99 + 88 stays 97.99 however many projects there are.
struct GroupTally {
  std::string path;
  RoundedSum points;
  RoundedSum scored;
  size_t projects = 0;
  size_t projects_losing = 0;
  size_t deductions = 0;
  size_t last_project = static_cast<size_t>(-1);
  bool lost_in_last_project = false;
};

class Tallies {
 public:
  explicit Tallies(const RoundingRule& rule) : rule_(rule) {}

  void Add(const std::string& path, size_t project, double points, double score) {
    auto [it, inserted] = index_.try_emplace(path, tallies_.size());
    if (inserted) tallies_.push_back(GroupTally{path, RoundedSum(rule_), RoundedSum(rule_)});
    GroupTally& t = tallies_[it->second];
    if (t.last_project != project) {
      t.last_project = project;
      t.lost_in_last_project = false;
      ++t.projects;
    }
    t.points.Add(points);
    t.scored.Add(score);
    if (score < points) {
      ++t.deductions;
      if (!t.lost_in_last_project) ++t.projects_losing;
      t.lost_in_last_project = true;
    }
  }

  // The groups in order of first appearance, with the share of `all_lost` each lost.
  std::vector<GroupLoss> Losses(double all_lost) const {
    std::vector<GroupLoss> out;
    for (const GroupTally& t : tallies_) {
      GroupLoss g;
      g.path = t.path;
      g.points = t.points.value();
      g.scored = t.scored.value();
      g.lost = std::max(0.0, SumRounded({g.points, -g.scored}, rule_));
      g.projects = t.projects;
      g.projects_losing = t.projects_losing;
      g.deductions = t.deductions;
      if (g.points > 0) g.attainment_percent = g.scored / g.points * 100;
      if (all_lost > 0) g.lost_share_percent = g.lost / all_lost * 100;
      out.push_back(std::move(g));
    }
    return out;
  }

 private:
  RoundingRule rule_;
  std::map<std::string, size_t> index_;
  std::vector<GroupTally> tallies_;
};

// The path of `node`'s ancestor at `level` (the node's own path when it is not deeper).
std::string PathAtLevel(const ScoreNode& node, const std::vector<const ScoreNode*>& ancestors,
                        int level) {
  for (const ScoreNode* a : ancestors)
    if (a->level == level) return a->path;
  return node.path;
}

void VisitRows(const ScoreNode& node, std::vector<const ScoreNode*>& ancestors,
               const ScoreTree& tree, ProjectDigest& digest) {
  if (!node.is_indicator) {
    ancestors.push_back(&node);
    for (const ScoreNode& child : node.children) VisitRows(child, ancestors, tree, digest);
    ancestors.pop_back();
    return;
  }
  if (node.outcome == Outcome::kNotApplicable) return;
  double score = node.outcome == Outcome::kScored ? node.score : 0;
  digest.rows.push_back(
      {PathAtLevel(node, ancestors, 1), PathAtLevel(node, ancestors, 2), node.weight, score});
  if (score >= node.weight) return;
  ++digest.line.deductions;
  Deduction d;
  d.path = digest.deduction_paths.size();
  digest.deduction_paths.push_back(node.path);
  d.points = node.weight;
  d.score = score;
  d.lost = SumRounded({node.weight, -score}, tree.rounding);
  d.target_text = node.target_text;
  d.actual_text = node.actual_text;
  d.note = node.note;
  d.outcome = node.outcome;
  d.overridden = node.overridden;
  d.budget_execution = node.budget_execution;
  digest.deductions.push_back(std::move(d));
}

SummaryProject LineOf(const ScoreTree& tree) {
  SummaryProject p;
  p.name = tree.project.name;
  p.department = tree.project.department;
  p.unit = tree.project.unit;
  p.total = tree.total;
  p.max_total = tree.max_total;
  p.grade = tree.grade;
  p.full_year_wan = InWan(tree.project.budget.full_year, tree.project.budget.unit);
  p.executed_wan = InWan(tree.project.budget.executed, tree.project.budget.unit);
  p.execution_rate_percent = tree.execution_rate_percent;
  p.has_problems = tree.has_problems;
  return p;
}

std::vector<ScoreBin> Histogram(const std::vector<SummaryProject>& projects) {
  std::vector<ScoreBin> bins;
  constexpr size_t kEdges = std::size(kScoreBinEdges);
  for (size_t i = 0; i + 1 < kEdges; ++i)
    bins.push_back({kScoreBinEdges[i], kScoreBinEdges[i + 1]});
  for (const SummaryProject& p : projects) {
    double on_100 = p.max_total > 0 ? p.total * 100 / p.max_total : 0;
    size_t bin = 0;
    while (bin + 1 < bins.size() && on_100 >= bins[bin].high) ++bin;
    ++bins[bin].count;
  }
  return bins;
}

std::vector<GradeCount> CountGrades(const std::vector<SummaryProject>& projects,
                                    const std::vector<GradeBand>& grades) {
  std::vector<GradeCount> counts;
  for (const GradeBand& band : grades) counts.push_back({band.label, 0});
  for (const SummaryProject& p : projects) {
    auto it = std::find_if(counts.begin(), counts.end(),
                           [&](const GradeCount& c) { return c.label == p.grade; });
    if (it == counts.end()) it = counts.insert(counts.end(), {p.grade, 0});
    ++it->count;
  }
  return counts;
}

}  // namespace

ProjectDigest DigestProject(const ScoreTree& tree) {
  ProjectDigest digest;
  digest.line = LineOf(tree);
  digest.stamp = tree.stamp;
  digest.rounding = tree.rounding;
  std::vector<const ScoreNode*> ancestors;
  for (const ScoreNode& root : tree.roots) VisitRows(root, ancestors, tree, digest);
  return digest;
}

// The running sums, made with the template's rounding when the first project comes.
struct DepartmentSummaryBuilder::Sums {
  explicit Sums(const RoundingRule& rule) : level1(rule), level2(rule), lost(rule) {}
  Tallies level1;
  Tallies level2;
  RoundedSum lost;  // Σ (points − score) over every row scored below its points
  double sum_totals = 0;
};

DepartmentSummaryBuilder::DepartmentSummaryBuilder(std::vector<GradeBand> grades,
                                                   const SummaryOptions& options)
    : grades_(std::move(grades)) {
  summary_.threshold = options.threshold;
  summary_.department_projects = options.department_projects;
}

DepartmentSummaryBuilder::~DepartmentSummaryBuilder() = default;

void DepartmentSummaryBuilder::Add(ProjectDigest digest) {
  DepartmentSummary& s = summary_;
  if (!sums_) {
    s.stamp = std::move(digest.stamp);
    s.rounding = digest.rounding;
    sums_ = std::make_unique<Sums>(s.rounding);
  }
  const size_t project = s.projects.size();
  for (const ProjectDigest::Row& row : digest.rows) {
    sums_->level1.Add(row.level1, project, row.points, row.score);
    sums_->level2.Add(row.level2, project, row.points, row.score);
    if (row.score >= row.points) continue;
    sums_->lost.Add(row.points);
    sums_->lost.Add(-row.score);
  }
  for (Deduction& d : digest.deductions) {
    s.deductions_without_note += d.note.empty() ? 1u : 0u;
    auto [it, inserted] = path_index_.try_emplace(digest.deduction_paths[d.path], s.paths.size());
    if (inserted) s.paths.push_back(it->first);
    d.project = project;
    d.path = it->second;
    s.deductions.push_back(std::move(d));
  }
  const SummaryProject& line = s.projects.emplace_back(std::move(digest.line));
  sums_->sum_totals += line.total;
  if (!s.min_total || line.total < *s.min_total) s.min_total = line.total;
  if (!s.max_total || line.total > *s.max_total) s.max_total = line.total;
  if (line.full_year_wan && line.executed_wan) {
    ++s.funded_projects;
    s.full_year_wan += *line.full_year_wan;
    s.executed_wan += *line.executed_wan;
  }
}

DepartmentSummary DepartmentSummaryBuilder::Finish() {
  DepartmentSummary s = std::move(summary_);
  if (!sums_) sums_ = std::make_unique<Sums>(s.rounding);
  s.points_lost = std::max(0.0, sums_->lost.value());
  if (s.full_year_wan > 0) s.execution_rate_percent = s.executed_wan / s.full_year_wan * 100;
  if (s.department_projects && *s.department_projects > 0)
    s.share_percent =
        static_cast<double>(s.projects.size()) / static_cast<double>(*s.department_projects) * 100;
  if (!s.projects.empty())
    s.mean_total = sums_->sum_totals / static_cast<double>(s.projects.size());
  s.histogram = Histogram(s.projects);
  s.grades = CountGrades(s.projects, grades_);
  s.level1 = sums_->level1.Losses(s.points_lost);
  for (GroupLoss& g : sums_->level2.Losses(s.points_lost))
    if (g.lost > 0) s.weakest.push_back(std::move(g));
  std::stable_sort(s.weakest.begin(), s.weakest.end(), [](const GroupLoss& a, const GroupLoss& b) {
    if (a.lost != b.lost) return a.lost > b.lost;
    return a.attainment_percent.value_or(100) < b.attainment_percent.value_or(100);
  });
  for (size_t i = 0; i < s.projects.size(); ++i)
    if (s.projects[i].total < s.threshold) s.below_threshold.push_back(i);
  std::stable_sort(s.below_threshold.begin(), s.below_threshold.end(),
                   [&](size_t a, size_t b) { return s.projects[a].total < s.projects[b].total; });
  return s;
}

DepartmentSummary SummarizeDepartment(const std::vector<ScoreTree>& trees,
                                      const std::vector<GradeBand>& grades,
                                      const SummaryOptions& options) {
  DepartmentSummaryBuilder builder(grades, options);
  for (const ScoreTree& tree : trees) builder.Add(DigestProject(tree));
  return builder.Finish();
}

}  // namespace jixiao
