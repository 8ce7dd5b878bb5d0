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
// (SumRounded) so that 9.99 + 88 stays 97.99 however many projects there are.
struct GroupTally {
  std::string path;
  std::vector<double> points;
  std::vector<double> scored;
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
    if (inserted) tallies_.push_back(GroupTally{path, {}, {}, 0, 0, 0, static_cast<size_t>(-1)});
    GroupTally& t = tallies_[it->second];
    if (t.last_project != project) {
      t.last_project = project;
      t.lost_in_last_project = false;
      ++t.projects;
    }
    t.points.push_back(points);
    t.scored.push_back(score);
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
      g.points = SumRounded(t.points, rule_);
      g.scored = SumRounded(t.scored, rule_);
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

struct Walk {
  const ScoreTree& tree;
  size_t project;
  Tallies& level1;
  Tallies& level2;
  std::vector<double>& lost;
  std::vector<Deduction>& deductions;
  SummaryProject& line;
};

void VisitRows(const ScoreNode& node, std::vector<const ScoreNode*>& ancestors, Walk& w) {
  if (!node.is_indicator) {
    ancestors.push_back(&node);
    for (const ScoreNode& child : node.children) VisitRows(child, ancestors, w);
    ancestors.pop_back();
    return;
  }
  if (node.outcome == Outcome::kNotApplicable) return;
  double score = node.outcome == Outcome::kScored ? node.score : 0;
  w.level1.Add(PathAtLevel(node, ancestors, 1), w.project, node.weight, score);
  w.level2.Add(PathAtLevel(node, ancestors, 2), w.project, node.weight, score);
  if (score >= node.weight) return;
  w.lost.push_back(node.weight);
  w.lost.push_back(-score);
  ++w.line.deductions;
  Deduction d;
  d.project = w.tree.project.name;
  d.path = node.path;
  d.points = node.weight;
  d.score = score;
  d.lost = SumRounded({node.weight, -score}, w.tree.rounding);
  d.target_text = node.target_text;
  d.actual_text = node.actual_text;
  d.note = node.note;
  d.outcome = node.outcome;
  d.overridden = node.overridden;
  d.budget_execution = node.budget_execution;
  w.deductions.push_back(std::move(d));
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

DepartmentSummary SummarizeDepartment(const std::vector<ScoreTree>& trees,
                                      const std::vector<GradeBand>& grades,
                                      const SummaryOptions& options) {
  DepartmentSummary s;
  if (!trees.empty()) {
    s.stamp = trees.front().stamp;
    s.rounding = trees.front().rounding;
  }
  s.threshold = options.threshold;
  Tallies level1(s.rounding);
  Tallies level2(s.rounding);
  std::vector<double> lost;
  std::vector<double> totals;
  for (size_t i = 0; i < trees.size(); ++i) {
    s.projects.push_back(LineOf(trees[i]));
    SummaryProject& line = s.projects.back();
    Walk walk{trees[i], i, level1, level2, lost, s.deductions, line};
    std::vector<const ScoreNode*> ancestors;
    for (const ScoreNode& root : trees[i].roots) VisitRows(root, ancestors, walk);
    totals.push_back(line.total);
    if (line.full_year_wan && line.executed_wan) {
      ++s.funded_projects;
      s.full_year_wan += *line.full_year_wan;
      s.executed_wan += *line.executed_wan;
    }
  }
  s.points_lost = std::max(0.0, SumRounded(lost, s.rounding));
  if (s.full_year_wan > 0) s.execution_rate_percent = s.executed_wan / s.full_year_wan * 100;
  s.department_projects = options.department_projects;
  if (s.department_projects && *s.department_projects > 0)
    s.share_percent =
        static_cast<double>(trees.size()) / static_cast<double>(*s.department_projects) * 100;
  if (!totals.empty()) {
    double sum = 0;
    for (double t : totals) sum += t;
    s.mean_total = sum / static_cast<double>(totals.size());
    s.min_total = *std::min_element(totals.begin(), totals.end());
    s.max_total = *std::max_element(totals.begin(), totals.end());
  }
  s.histogram = Histogram(s.projects);
  s.grades = CountGrades(s.projects, grades);
  s.level1 = level1.Losses(s.points_lost);
  for (GroupLoss& g : level2.Losses(s.points_lost))
    if (g.lost > 0) s.weakest.push_back(std::move(g));
  std::stable_sort(s.weakest.begin(), s.weakest.end(), [](const GroupLoss& a, const GroupLoss& b) {
    if (a.lost != b.lost) return a.lost > b.lost;
    return a.attainment_percent.value_or(100) < b.attainment_percent.value_or(100);
  });
  for (const Deduction& d : s.deductions) s.deductions_without_note += d.note.empty() ? 1u : 0u;
  for (size_t i = 0; i < s.projects.size(); ++i)
    if (s.projects[i].total < s.threshold) s.below_threshold.push_back(i);
  std::stable_sort(s.below_threshold.begin(), s.below_threshold.end(),
                   [&](size_t a, size_t b) { return s.projects[a].total < s.projects[b].total; });
  return s;
}

}  // namespace jixiao
