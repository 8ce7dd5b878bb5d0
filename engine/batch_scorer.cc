#include "engine/batch_scorer.h"

#include "engine/aggregate.h"

namespace jixiao {

void BatchStats::Add(const BatchStats& other) {
  projects += other.projects;
  with_problems += other.with_problems;
  for (double total : other.totals) sum_totals += total;
  if (grade_counts.size() < other.grade_counts.size())
    grade_counts.resize(other.grade_counts.size());
  for (size_t i = 0; i < other.grade_counts.size(); ++i) grade_counts[i] += other.grade_counts[i];
}

void BatchStats::AddProject(double total, size_t grade, bool problems) {
  ++projects;
  with_problems += problems ? 1 : 0;
  sum_totals += total;
  totals.push_back(total);
  if (grade_counts.size() <= grade) grade_counts.resize(grade + 1);
  ++grade_counts[grade];
}

void ScoreProject(const Scorecard& card, const Project& project, const BatchRender& render,
                  BatchOutput& out) {
  EvaluateResult result = Evaluate(card, project, render.options);
  out.diagnostics.insert(out.diagnostics.end(), std::make_move_iterator(result.diagnostics.begin()),
                         std::make_move_iterator(result.diagnostics.end()));
  if (!result.tree) return;
  const ScoreTree& tree = *result.tree;
  if (render.line != nullptr) render.line(tree, out.text);
  if (render.digest) out.digests.push_back(DigestProject(tree));
  const std::vector<GradeBand>& grades = card.tmpl.grades;
  for (size_t i = 0; i < grades.size(); ++i)
    if (grades[i].label == tree.grade) {
      out.stats.AddProject(tree.total, i, tree.has_problems);
      return;
    }
}

}  // namespace jixiao
