#include "engine/csv_batch.h"

#include <memory>
#include <optional>

#include "engine/score_plan.h"
#include "indicators/plain_rows.h"
#include "indicators/project_blocks.h"
#include "indicators/project_csv.h"

namespace jixiao {
namespace {

// One thread's tools: its scorecard, the plan compiled from it, and scratch space.
struct Worker {
  const Scorecard* card = nullptr;
  std::unique_ptr<ScorePlan> plan;
  std::optional<PlainProjectReader> plain;  // with a plan, for a plain table
  PlainProject rows;
  std::vector<PlainValues> values;
  std::vector<char> seen;
  // For trace lines: each indicator's fields (TraceRenderer::indicator), its row's values as
  // written, and the plan's scores.
  std::vector<std::string> trace_fields;
  std::vector<const PlainRow*> trace_rows;
  std::vector<PlanRow> scores;
};

// The trace lines of a project the plan scored.
void AppendPlanTrace(const Worker& w, const TraceRenderer& trace, PlanScore score,
                     std::string& out) {
  const ScorePlan& plan = *w.plan;
  for (size_t i = 0; i < plan.indicator_count(); ++i) {
    const PlainRow& row = *w.trace_rows[i];
    trace.row(w.rows.name, w.trace_fields[i],
              TraceRow{row.target_text,
                       row.actual_text,
                       Outcome::kScored,
                       w.scores[i].raw_score,
                       w.scores[i].score,
                       {}},
              plan.rounding(), out);
  }
  trace.total(w.rows.name, plan.max_total(), score.total, plan.grades()[score.grade].label, {},
              plan.rounding(), out);
}

// What scoring one block gave.
struct BlockResult {
  BatchOutput out;
  ProjectNames names;   // of the block's projects (scored without the file's state)
  size_t projects = 0;  // read
  size_t planned = 0;   // of which scored by the plan
  int lines = 0;        // the block's lines
  bool stop = false;    // the input ends here (invalid UTF-8)
  std::string block;    // the block itself, to score it again
};

// Scores one plain project by the plan; false when the plan does not cover it.
bool ScorePlain(Worker& w, const BatchRender& render, BatchOutput& out) {
  ScorePlan& plan = *w.plan;
  const size_t n = plan.indicator_count();
  if (w.rows.rows.size() != n) return false;
  w.values.resize(n);
  w.seen.assign(n, 0);
  if (render.trace != nullptr) {
    w.trace_rows.resize(n);
    w.scores.resize(n);
  }
  for (size_t i = 0; i < n; ++i) {
    const PlainRow& row = w.rows.rows[i];
    // The reader expects the plan's ids in order: row i naming the expected one names indicator i.
    const int k = row.expected ? static_cast<int>(i) : plan.Find(row.ref, i);
    if (k < 0 || w.seen[static_cast<size_t>(k)] != 0) return false;
    w.seen[static_cast<size_t>(k)] = 1;
    w.values[static_cast<size_t>(k)] = PlainValues{row.target, row.actual};
    if (render.trace != nullptr) w.trace_rows[static_cast<size_t>(k)] = &row;
  }
  PlanScore score;
  if (render.trace != nullptr) {
    if (!plan.Score(w.values, score, w.scores.data())) return false;
    AppendPlanTrace(w, *render.trace, score, out.text);
  } else {
    if (!plan.Score(w.values, score)) return false;
    render.summary(w.rows.name, score.total, plan.rounding(), plan.grades()[score.grade].label,
                   out.text);
  }
  out.stats.AddProject(score.total, score.grade, /*problems=*/false);
  return true;
}

BlockResult ScoreBlock(Worker& w, std::string_view text, int first_line, ProjectCsvFile& file,
                       ProjectNames& names, const BatchRender& render) {
  BlockResult result;
  ProjectCsvBlock block(file, text, first_line, names, result.out.diagnostics);
  Project project;
  while (!block.AtEnd()) {
    if (w.plain && block.ReadPlain(*w.plain, w.rows) && ScorePlain(w, render, result.out)) {
      block.Skip(w.rows);
      ++result.projects;
      ++result.planned;
      continue;
    }
    if (!block.Next(project)) break;
    ++result.projects;
    ScoreProject(*w.card, project, render, result.out);
  }
  result.stop = !block.Finish();
  result.lines = block.line() - first_line;
  return result;
}

}  // namespace

CsvTableResult ScoreCsvTable(int fd, const std::string& file, const CsvTableOptions& options,
                             const std::function<void(BatchOutput&)>& sink,
                             const std::function<void(size_t bytes)>& progress) {
  CsvTableResult result;
  std::vector<Worker> workers(options.cards.size());
  for (size_t i = 0; i < workers.size(); ++i) {
    workers[i].card = options.cards[i];
    if (options.use_plan) workers[i].plan = ScorePlan::Build(*options.cards[i]);
  }
  ProjectBlockReader reader(fd, options.block_bytes);
  ProjectCsvFile table{file, {}, {}};
  {
    BatchOutput header;
    const bool ok = reader.ReadHeader(options.header, table, header.diagnostics, result.error);
    sink(header);
    if (!ok) return result;
  }
  // The plan is for plain tables and formats that print only totals and grades, or trace lines.
  if (const std::optional<PlainColumns> plain = PlainColumnsOf(table.layout);
      plain && (options.render.summary != nullptr || options.render.trace != nullptr))
    for (Worker& w : workers) {
      if (!w.plan) continue;
      w.plain.emplace(*plain, w.plan->ids());
      if (options.render.trace == nullptr) continue;
      for (size_t i = 0; i < w.plan->indicator_count(); ++i) {
        const PlanIndicator& ind = w.plan->indicator(i);
        w.trace_fields.push_back(options.render.trace->indicator(
            ind.path, *ind.method, ind.comparator, ind.weight, w.plan->rounding()));
      }
    }
  const BatchRender& render = options.render;
  ProjectNames names;  // of every project handed over
  int line = reader.first_line();
  bool stopped = false;  // by invalid UTF-8: later blocks are not read, or their results dropped
  // The block after the results of the blocks before it: scored on the calling thread with the
  // table's state.
  auto in_order = [&](std::string_view text) {
    BlockResult block = ScoreBlock(workers.back(), text, line, table, names, render);
    if (block.stop) stopped = true;
    line += block.lines;
    result.projects += block.projects;
    result.planned += block.planned;
    sink(block.out);
  };
  std::string text;
  if (workers.size() == 1) {
    while (!stopped && reader.Next(text, result.error)) {
      progress(text.size());
      in_order(text);
    }
    result.read = result.error.empty() && !stopped;
    return result;
  }
  // With worker threads, a block is scored on its own, without the projects before it: its
  // result stands when it has no diagnostic (line numbers, columns reported once, projects that
  // come back depend on the blocks before) and none of its projects came before; otherwise the
  // calling thread scores it again, in order.
  std::vector<std::string> spare;  // blocks handed over, their memory for the next ones
  OrderedPool<BlockResult> pool(workers.size() - 1, [&](BlockResult& block) {
    if (stopped) return;
    if (block.out.diagnostics.empty() && names.Merge(block.names)) {
      line += block.lines;
      result.projects += block.projects;
      result.planned += block.planned;
      sink(block.out);
    } else {
      in_order(block.block);
    }
    spare.push_back(std::move(block.block));
  });
  while (!stopped && reader.Next(text, result.error)) {
    progress(text.size());
    // The table's state as it is now, copied here: the calling thread may change it.
    pool.Add([&, block = std::move(text), own = table](size_t worker) mutable {
      ProjectNames block_names;
      BlockResult scored = ScoreBlock(workers[worker], block, 1, own, block_names, render);
      scored.names = std::move(block_names);
      scored.block = std::move(block);
      return scored;
    });
    text = std::string();
    if (!spare.empty()) {
      text = std::move(spare.back());
      spare.pop_back();
    }
  }
  pool.Finish();
  result.read = result.error.empty() && !stopped;
  return result;
}

}  // namespace jixiao
