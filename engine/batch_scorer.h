// Scoring a stream of projects in batches, on worker threads, with results in input order.
#ifndef JIXIAO_ENGINE_BATCH_SCORER_H_
#define JIXIAO_ENGINE_BATCH_SCORER_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "engine/evaluate.h"
#include "engine/scorecard.h"
#include "indicators/diagnostic.h"
#include "indicators/project.h"

namespace jixiao {

/// Totals over the projects of a batch (or a whole run): enough for the benchmark's checksum line.
struct BatchStats {
  size_t projects = 0;
  size_t with_problems = 0;
  double sum_totals = 0;             // Σ totals as computed (before formatting)
  std::vector<size_t> grade_counts;  // per grade band of the template, in its order

  void Add(const BatchStats& other);
};

/// What one batch produced: its projects' output lines, data errors and totals.
struct BatchOutput {
  std::string text;
  std::vector<Diagnostic> diagnostics;
  BatchStats stats;
};

/// Appends one project's output line(s) to `out` (a renderer of reports/render.h).
using LineRenderer = void (*)(const ScoreTree& tree, std::string& out);

/// Scores batches of projects and hands each batch's output to `sink`, on the calling thread and
/// in the order the batches were added. With one scorecard it scores on the calling thread;
/// with more, each scorecard belongs to one worker thread (muparser parsers are never shared),
/// and at most two batches per worker are in flight, so memory stays bounded.
class OrderedScorer {
 public:
  /// REQUIRES: `cards` is not empty; all are compiled from the same template.
  OrderedScorer(std::vector<std::unique_ptr<Scorecard>> cards, LineRenderer render,
                EvaluateOptions options, std::function<void(BatchOutput&)> sink);
  ~OrderedScorer();
  OrderedScorer(const OrderedScorer&) = delete;
  OrderedScorer& operator=(const OrderedScorer&) = delete;

  /// Queues a batch; may hand finished batches to the sink, and waits while too many are in
  /// flight.
  void Add(std::vector<Project> projects);

  /// Waits for every batch and hands the rest to the sink; stops the workers.
  void Finish();

 private:
  BatchOutput Score(const Scorecard& card, const std::vector<Project>& projects) const;
  void Work(size_t worker);
  // Hands finished batches to the sink in order, waiting while more than `max_in_flight`
  // batches are added but not yet handed over.
  void Emit(size_t max_in_flight);

  std::vector<std::unique_ptr<Scorecard>> cards_;
  LineRenderer render_;
  EvaluateOptions options_;
  std::function<void(BatchOutput&)> sink_;
  std::vector<std::thread> workers_;

  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable output_ready_;
  std::deque<std::pair<size_t, std::vector<Project>>> todo_;
  std::map<size_t, BatchOutput> done_;
  size_t next_seq_ = 0;   // sequence number of the next batch added
  size_t next_emit_ = 0;  // sequence number of the next batch to hand to the sink
  bool closing_ = false;
};

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_BATCH_SCORER_H_
