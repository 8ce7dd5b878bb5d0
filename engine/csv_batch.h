// Batch scoring of a project table (the long CSV) from a file or a pipe: blocks of whole
// projects scored on worker threads, each project by the scorecard's plan when its rows are
// plain, else read and evaluated in full; output in input order.
#ifndef JIXIAO_ENGINE_CSV_BATCH_H_
#define JIXIAO_ENGINE_CSV_BATCH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "engine/batch_scorer.h"
#include "engine/scorecard.h"

namespace jixiao {

/// What ScoreCsvTable needs besides the input.
struct CsvTableOptions {
  /// Scorecards compiled from one template, never shared between threads. One: everything is
  /// scored on the calling thread. More: one for each worker thread, and the last for the
  /// calling thread, which hands results over in order and scores again a block that a worker
  /// could not score alone (one with data errors, or with a project that came back).
  /// REQUIRES: not empty.
  std::vector<const Scorecard*> cards;
  BatchRender render;
  /// Use the plan for plain projects (the default); false scores every project in full, the
  /// general path, to which the plan's results are identical.
  bool use_plan = true;
  /// The header row, one CSV line, for input without one (pipe mode's --header); "" to read it.
  std::string header;
  size_t block_bytes = size_t{1} << 20;
};

/// What a whole table gave.
struct CsvTableResult {
  bool read = false;    // read to its end (not stopped by a bad header or a read error)
  size_t projects = 0;  // projects read (scored, or with data errors)
  size_t planned = 0;   // of which scored by the plan
  std::string error;    // a read error, or ""
};

/// Scores the project table read from `fd`, named `file` in messages: its header, then every
/// project. Each block's output (its projects' lines, data errors and totals) goes to `sink` in
/// input order, on the calling thread; `progress` is told the bytes of each block read. The
/// diagnostics are exactly those of reading and evaluating the projects one by one in order.
CsvTableResult ScoreCsvTable(int fd, const std::string& file, const CsvTableOptions& options,
                             const std::function<void(BatchOutput&)>& sink,
                             const std::function<void(size_t bytes)>& progress);

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_CSV_BATCH_H_
