// Batch scoring's common parts: totals for the checksum line, a project's output, and the pool
// that runs jobs on worker threads and hands their results over in input order.
#ifndef JIXIAO_ENGINE_BATCH_SCORER_H_
#define JIXIAO_ENGINE_BATCH_SCORER_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "engine/department_summary.h"
#include "engine/evaluate.h"
#include "engine/scorecard.h"
#include "indicators/diagnostic.h"
#include "indicators/project.h"

namespace jixiao {

/// Totals over the projects of a batch (or a whole run): enough for the benchmark's checksum line.
struct BatchStats {
  size_t projects = 0;
  size_t with_problems = 0;
  double sum_totals = 0;             // Σ totals as computed (before formatting), in input order
  std::vector<size_t> grade_counts;  // per grade band of the template, in its order
  std::vector<double> totals;        // a batch's totals, in order (not kept by Add)

  /// Adds a batch that follows: its totals are added one by one, so that the sum is the same
  /// however the projects were batched.
  void Add(const BatchStats& other);
  /// Counts one project with `total` in grade band `grade`.
  void AddProject(double total, size_t grade, bool problems);
};

/// What a batch produced: its projects' output lines, data errors and totals.
struct BatchOutput {
  std::string text;
  std::vector<Diagnostic> diagnostics;
  BatchStats stats;
  std::vector<ProjectDigest> digests;  // with BatchRender::digest: its projects', in order
};

/// Appends one project's output line(s) to `out` (a renderer of reports/render.h).
using LineRenderer = void (*)(const ScoreTree& tree, std::string& out);

/// Appends one project's line from its name, total and grade (reports' AppendSummaryCsvLine),
/// for totals computed without a ScoreTree.
using SummaryRenderer = void (*)(std::string_view project_name, double total,
                                 const RoundingRule& rounding, std::string_view grade,
                                 std::string& out);

/// One indicator's evaluation as a trace line shows it: what the plan computes for a plain row,
/// or what a ScoreNode holds.
struct TraceRow {
  std::string_view target;  // 目标值 as written
  std::string_view actual;  // 业绩值 as written
  Outcome outcome = Outcome::kScored;
  double raw_score = 0;      // before rounding (ScoreNode::raw_score)
  double score = 0;          // rounded (ScoreNode::score)
  std::string_view remarks;  // why it was not scored, an override, findings; "" for none
};

/// Writes trace lines from their parts (reports' trace_csv.h), for projects scored without a
/// ScoreTree: an indicator's fields once, then each project's lines. The tree renderer of the
/// same format writes its lines with these very functions.
struct TraceRenderer {
  /// The fields every line of an indicator shares (指标,方法,分值), and the comma before them.
  std::string (*indicator)(std::string_view path, const MethodSpec& method, Comparator comparator,
                           double weight, const RoundingRule& rounding);
  /// One indicator's line; `indicator` is what `indicator` gave for it.
  void (*row)(std::string_view project, std::string_view indicator, const TraceRow& row,
              const RoundingRule& rounding, std::string& out);
  /// The project's 总分 line: out of `max_total`, its total and grade.
  void (*total)(std::string_view project, double max_total, double total, std::string_view grade,
                std::string_view remarks, const RoundingRule& rounding, std::string& out);
};

/// How a batch format writes a project.
struct BatchRender {
  LineRenderer line = nullptr;
  SummaryRenderer summary = nullptr;  // when the format needs only the total and grade
  EvaluateOptions options;
  const TraceRenderer* trace = nullptr;  // when the format's lines are trace lines
  /// Reduce each project to its ProjectDigest (BatchOutput::digests), for the department
  /// summary, which gathers projects rather than printing them.
  bool digest = false;
};

/// Evaluates `project` and adds its line (or its data errors) and totals to `out`.
void ScoreProject(const Scorecard& card, const Project& project, const BatchRender& render,
                  BatchOutput& out);

/// Runs jobs and hands their results to `sink`, on the calling thread and in the order the
/// jobs were added. With one worker a job runs on the calling thread, in Add; with more, each
/// worker is a thread (job(i) runs on worker i, so per-worker state such as a Scorecard with
/// its muparser parsers is never shared) and at most two jobs per worker are in flight, so
/// memory stays bounded.
template <typename Result>
class OrderedPool {
 public:
  using Job = std::function<Result(size_t worker)>;

  /// REQUIRES: workers ≥ 1.
  OrderedPool(size_t workers, std::function<void(Result&)> sink) : sink_(std::move(sink)) {
    if (workers > 1)
      for (size_t i = 0; i < workers; ++i) threads_.emplace_back([this, i] { Work(i); });
  }
  ~OrderedPool() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      closing_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& thread : threads_) thread.join();
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  /// Queues a job; may hand finished results to the sink, and waits while too many jobs are in
  /// flight.
  void Add(Job job) {
    if (threads_.empty()) {
      Result result = job(0);
      sink_(result);
      return;
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      todo_.emplace_back(next_seq_++, std::move(job));
    }
    work_ready_.notify_one();
    Emit(2 * threads_.size());
  }

  /// Waits for every job and hands the remaining results to the sink.
  void Finish() {
    if (!threads_.empty()) Emit(0);
  }

 private:
  void Work(size_t worker) {
    while (true) {
      std::pair<size_t, Job> job;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_ready_.wait(lock, [this] { return closing_ || !todo_.empty(); });
        if (todo_.empty()) return;
        job = std::move(todo_.front());
        todo_.pop_front();
      }
      Result result = job.second(worker);
      job.second = nullptr;
      {
        std::lock_guard<std::mutex> lock(mutex_);
        done_.emplace(job.first, std::move(result));
      }
      output_ready_.notify_all();
    }
  }

  // Hands finished results to the sink in order, waiting while more than `max_in_flight` jobs
  // are added but not yet handed over.
  void Emit(size_t max_in_flight) {
    while (true) {
      Result result;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        auto ready = [this] { return !done_.empty() && done_.begin()->first == next_emit_; };
        if (!ready()) {
          if (next_seq_ - next_emit_ <= max_in_flight) return;
          output_ready_.wait(lock, ready);
        }
        result = std::move(done_.begin()->second);
        done_.erase(done_.begin());
        ++next_emit_;
      }
      sink_(result);
    }
  }

  std::function<void(Result&)> sink_;
  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable output_ready_;
  std::deque<std::pair<size_t, Job>> todo_;
  std::map<size_t, Result> done_;
  size_t next_seq_ = 0;   // sequence number of the next job added
  size_t next_emit_ = 0;  // sequence number of the next result to hand to the sink
  bool closing_ = false;
};

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_BATCH_SCORER_H_
