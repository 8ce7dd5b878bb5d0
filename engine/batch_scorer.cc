#include "engine/batch_scorer.h"

#include <utility>

namespace jixiao {

void BatchStats::Add(const BatchStats& other) {
  projects += other.projects;
  with_problems += other.with_problems;
  sum_totals += other.sum_totals;
  if (grade_counts.size() < other.grade_counts.size())
    grade_counts.resize(other.grade_counts.size());
  for (size_t i = 0; i < other.grade_counts.size(); ++i) grade_counts[i] += other.grade_counts[i];
}

OrderedScorer::OrderedScorer(std::vector<std::unique_ptr<Scorecard>> cards, LineRenderer render,
                             EvaluateOptions options, std::function<void(BatchOutput&)> sink)
    : cards_(std::move(cards)), render_(render), options_(options), sink_(std::move(sink)) {
  if (cards_.size() > 1)
    for (size_t i = 0; i < cards_.size(); ++i) workers_.emplace_back([this, i] { Work(i); });
}

OrderedScorer::~OrderedScorer() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closing_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

BatchOutput OrderedScorer::Score(const Scorecard& card,
                                 const std::vector<Project>& projects) const {
  BatchOutput out;
  const std::vector<GradeBand>& grades = card.tmpl.grades;
  out.stats.grade_counts.assign(grades.size(), 0);
  for (const Project& project : projects) {
    EvaluateResult result = Evaluate(card, project, options_);
    out.diagnostics.insert(out.diagnostics.end(),
                           std::make_move_iterator(result.diagnostics.begin()),
                           std::make_move_iterator(result.diagnostics.end()));
    if (!result.tree) continue;
    const ScoreTree& tree = *result.tree;
    render_(tree, out.text);
    ++out.stats.projects;
    out.stats.with_problems += tree.has_problems ? 1 : 0;
    out.stats.sum_totals += tree.total;
    for (size_t i = 0; i < grades.size(); ++i)
      if (grades[i].label == tree.grade) {
        ++out.stats.grade_counts[i];
        break;
      }
  }
  return out;
}

void OrderedScorer::Work(size_t worker) {
  const Scorecard& card = *cards_[worker];
  while (true) {
    std::pair<size_t, std::vector<Project>> job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_ready_.wait(lock, [this] { return closing_ || !todo_.empty(); });
      if (todo_.empty()) return;
      job = std::move(todo_.front());
      todo_.pop_front();
    }
    BatchOutput out = Score(card, job.second);
    job.second.clear();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_.emplace(job.first, std::move(out));
    }
    output_ready_.notify_all();
  }
}

void OrderedScorer::Add(std::vector<Project> projects) {
  if (workers_.empty()) {
    BatchOutput out = Score(*cards_[0], projects);
    sink_(out);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    todo_.emplace_back(next_seq_++, std::move(projects));
  }
  work_ready_.notify_one();
  Emit(2 * workers_.size());
}

void OrderedScorer::Emit(size_t max_in_flight) {
  while (true) {
    BatchOutput out;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      auto ready = [this] { return !done_.empty() && done_.begin()->first == next_emit_; };
      if (!ready()) {
        if (next_seq_ - next_emit_ <= max_in_flight) return;
        output_ready_.wait(lock, ready);
      }
      out = std::move(done_.begin()->second);
      done_.erase(done_.begin());
      ++next_emit_;
    }
    sink_(out);
  }
}

void OrderedScorer::Finish() {
  if (!workers_.empty()) Emit(0);
}

}  // namespace jixiao
