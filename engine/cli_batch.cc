// jixiao score in batch mode: a CSV of any size (or a pipe) streamed project by project through
// worker threads, one output line per project, in input order.
#include <chrono>
#include <cstdio>

#include "engine/batch_scorer.h"
#include "engine/cli.h"
#include "engine/csv_batch.h"
#include "indicators/project_loader.h"
#include "indicators/record_chunker.h"
#include "reports/output_file.h"
#include "reports/render.h"
#include "reports/trace_csv.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jixiao {
namespace {

constexpr size_t kBatchProjects = 256;

struct BatchFormat {
  std::string_view name;
  LineRenderer render;
  SummaryRenderer summary;  // the same line from a total and grade, when that is all it prints
  const TraceRenderer& (*trace)();  // the same lines from numbers, for trace lines
  std::string_view (*header)();     // the header row, or null
  bool keeps_trace;                 // writes each row's trace steps (with --trace)
};

constexpr BatchFormat kBatchFormats[] = {
    {"summary-csv", AppendSummaryCsvLine, AppendSummaryCsvLine, nullptr, SummaryCsvHeader, false},
    {"jsonl", AppendJsonLine, nullptr, nullptr, nullptr, true},
    {"trace-csv", AppendTraceCsvLines, nullptr, TraceCsvRenderer, TraceCsvHeader, false},
};

const BatchFormat* FindBatchFormat(std::string_view name) {
  for (const BatchFormat& f : kBatchFormats)
    if (f.name == name) return &f;
  return nullptr;
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool IsCsvPath(const std::string& path) { return path == "-" || EndsWith(path, ".csv"); }

bool IsJsonLinesPath(const std::string& path) {
  return EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson");
}

// Rows per second and, for a file of known size, the share read and the time left; on stderr,
// only when it is a terminal, at most twice a second.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled) {}
  void Start(size_t file_bytes) {
    file_bytes_ = file_bytes;
    read_before_ = read_;
  }
  void Read(size_t bytes) { read_ += bytes; }
  void Scored(size_t projects) {
    projects_ += projects;
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - shown_ < std::chrono::milliseconds(500)) return;
    shown_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\r已评分 %zu 个项目，%.0f 个/秒", projects_,
                 static_cast<double>(projects_) / seconds);
    if (file_bytes_ > 0) {
      double done = static_cast<double>(read_ - read_before_) / static_cast<double>(file_bytes_);
      if (done > 0)
        std::fprintf(stderr, "，%.0f%%，约剩 %.0f 秒", 100 * done, seconds * (1 / done - 1));
    }
    std::fputs("   ", stderr);
    shown_any_ = true;
  }
  ~Progress() {
    if (shown_any_) std::fputs("\n", stderr);
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point shown_ = start_;
  size_t projects_ = 0;
  size_t file_bytes_ = 0;
  size_t read_ = 0;
  size_t read_before_ = 0;
  bool shown_any_ = false;
};

// Streams one CSV data file (or standard input) through ScoreCsvTable; false on errors.
bool StreamCsv(const std::string& path, const CsvTableOptions& options,
               const std::function<void(BatchOutput&)>& sink, Progress& progress) {
  int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    std::fprintf(stderr, "%s: error: 无法打开文件\n", path.c_str());
    return false;
  }
  struct stat st;
  const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  progress.Start(regular ? static_cast<size_t>(st.st_size) : 0);
  bool failed = false;
  CsvTableResult table = ScoreCsvTable(
      fd, path == "-" ? "<stdin>" : path, options,
      [&](BatchOutput& out) {
        failed |= HasErrors(out.diagnostics);
        sink(out);
      },
      [&](size_t bytes) { progress.Read(bytes); });
  if (fd != STDIN_FILENO) ::close(fd);
  if (!table.error.empty()) {
    std::fprintf(stderr, "%s: error: 读取失败：%s\n", path.c_str(), table.error.c_str());
    return false;
  }
  if (!table.read) return false;
  if (!failed && table.projects == 0) {
    std::fprintf(stderr, "%s: error: 文件中没有项目\n", path.c_str());
    return false;
  }
  return !failed;
}

// Scores batches of projects on the pool's workers, card i on worker i.
void AddProjects(OrderedPool<BatchOutput>& pool, const std::vector<const Scorecard*>& cards,
                 const BatchRender& render, std::vector<Project> projects) {
  pool.Add([&cards, &render, projects = std::move(projects)](size_t worker) {
    BatchOutput out;
    for (const Project& project : projects) ScoreProject(*cards[worker], project, render, out);
    return out;
  });
}

// JSON Lines: one project per line, the object the YAML format describes (JSON is YAML), read
// a chunk of lines at a time.
bool StreamJsonLines(const std::string& path, OrderedPool<BatchOutput>& pool,
                     const std::vector<const Scorecard*>& cards, const BatchRender& render,
                     Progress& progress) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    std::fprintf(stderr, "%s: error: 无法打开文件\n", path.c_str());
    return false;
  }
  struct stat st;
  progress.Start(::fstat(fd, &st) == 0 ? static_cast<size_t>(st.st_size) : 0);
  RecordChunker chunker(fd, RecordChunker::Quoting::kNone);
  std::vector<Project> pending;
  bool failed = false;
  size_t projects = 0;
  int line = 0;
  std::string error;
  while (true) {
    std::string_view chunk = chunker.Next(error);
    if (chunk.empty()) break;
    progress.Read(chunk.size());
    while (!chunk.empty()) {
      size_t end = chunk.find('\n');
      std::string_view text = chunk.substr(0, end);
      chunk.remove_prefix(end == std::string_view::npos ? chunk.size() : end + 1);
      ++line;
      if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      ProjectLoadResult loaded = LoadProjectsFromYaml(text, path, line);
      failed |= PrintDiagnostics(loaded.diagnostics);
      projects += loaded.projects.size();
      for (Project& p : loaded.projects) pending.push_back(std::move(p));
    }
    if (pending.size() >= kBatchProjects) {
      AddProjects(pool, cards, render, std::move(pending));
      pending.clear();
    }
  }
  if (!pending.empty()) AddProjects(pool, cards, render, std::move(pending));
  ::close(fd);
  if (!error.empty()) {
    std::fprintf(stderr, "%s: error: 读取失败：%s\n", path.c_str(), error.c_str());
    return false;
  }
  if (!failed && projects == 0) {
    std::fprintf(stderr, "%s: error: 文件中没有项目\n", path.c_str());
    return false;
  }
  return !failed;
}

// A YAML data file, loaded whole (YAML is for a few projects), onto the pool.
bool LoadWhole(const std::string& path, OrderedPool<BatchOutput>& pool,
               const std::vector<const Scorecard*>& cards, const BatchRender& render) {
  ProjectLoadResult loaded = LoadProjectFile(path);
  if (PrintDiagnostics(loaded.diagnostics)) return false;
  if (loaded.projects.empty()) {
    std::fprintf(stderr, "%s: error: 文件中没有项目\n", path.c_str());
    return false;
  }
  AddProjects(pool, cards, render, std::move(loaded.projects));
  return true;
}

std::string ChecksumLine(const BatchStats& stats, const std::vector<GradeBand>& grades) {
  char sum[64];
  std::snprintf(sum, sizeof sum, "%.3f", stats.sum_totals);
  std::string line = "N=" + std::to_string(stats.projects) + " sum_totals=" + sum;
  for (size_t i = 0; i < grades.size(); ++i)
    line += " " + grades[i].label + "=" +
            std::to_string(i < stats.grade_counts.size() ? stats.grade_counts[i] : 0);
  return line;
}

}  // namespace

bool IsBatchFormat(std::string_view name) { return FindBatchFormat(name) != nullptr; }

bool LoadBatchCards(std::string_view command, const std::string& template_path, size_t workers,
                    BatchCards& out) {
  CompileResult compiled = LoadScorecard(template_path);
  if (PrintDiagnostics(compiled.diagnostics) || !compiled.value) {
    std::fprintf(stderr, "jixiao %.*s: 输入有误，未输出任何结果\n",
                 static_cast<int>(command.size()), command.data());
    return false;
  }
  out.owned.push_back(std::move(compiled.value));
  // One compiled scorecard per worker, and one for the thread that writes when there are
  // workers: muparser parsers are never shared between threads.
  for (size_t i = 1; i < (workers == 1 ? 1 : workers + 1); ++i) {
    out.owned.push_back(LoadScorecard(template_path).value);
    if (!out.owned.back()) {
      std::fprintf(stderr, "jixiao %.*s: 模板在读取过程中发生了变化，请重试\n",
                   static_cast<int>(command.size()), command.data());
      return false;
    }
  }
  for (const std::unique_ptr<Scorecard>& card : out.owned) out.cards.push_back(card.get());
  return true;
}

bool StreamDataFiles(const std::vector<std::string>& paths, const CsvTableOptions& csv,
                     const std::function<void(BatchOutput&)>& sink) {
  // The cards are one, or one per worker and one for the calling thread.
  const size_t workers = csv.cards.size() == 1 ? 1 : csv.cards.size() - 1;
  Progress progress(::isatty(STDERR_FILENO) == 1);
  auto counted = [&](BatchOutput& out) {
    progress.Scored(out.stats.projects);
    sink(out);
  };
  bool failed = false;
  for (const std::string& path : paths) {
    if (IsCsvPath(path)) {
      failed |= !StreamCsv(path, csv, counted, progress);
      continue;
    }
    OrderedPool<BatchOutput> pool(workers, counted);
    failed |= IsJsonLinesPath(path) ? !StreamJsonLines(path, pool, csv.cards, csv.render, progress)
                                    : !LoadWhole(path, pool, csv.cards, csv.render);
    pool.Finish();
  }
  return !failed;
}

int RunBatchScore(const BatchRequest& request) {
  const BatchFormat& format = *FindBatchFormat(request.format);
  BatchCards cards;
  if (!LoadBatchCards("score", request.template_path, static_cast<size_t>(request.jobs), cards))
    return kExitBadInput;
  const std::vector<GradeBand> grades = cards.owned.front()->tmpl.grades;
  CsvTableOptions csv;
  csv.cards = cards.cards;
  // Only jsonl prints the trace steps; trace-csv's lines are made of the rows' figures.
  csv.render = BatchRender{format.render, format.summary,
                           EvaluateOptions{request.trace && format.keeps_trace},
                           format.trace != nullptr ? &format.trace() : nullptr};
  csv.header = request.header;

  AtomicOutput output;
  std::string error;
  if (!output.Open(request.output, error)) {
    std::fprintf(stderr, "jixiao score: %s\n", error.c_str());
    return kExitBadInput;
  }
  bool failed = false;
  bool write_failed = false;
  if (format.header != nullptr && request.header.empty())
    write_failed = !output.Write(format.header(), error);
  BatchStats stats;
  auto sink = [&](BatchOutput& out) {
    failed |= PrintDiagnostics(out.diagnostics);
    stats.Add(out.stats);
    // After a data error nothing more is written: the run has failed.
    if (!failed && !write_failed) write_failed = !output.Write(out.text, error);
  };
  failed |= !StreamDataFiles(request.data_paths, csv, sink);
  if (failed || write_failed) {
    output.Abort();
    if (write_failed) std::fprintf(stderr, "jixiao score: %s\n", error.c_str());
    // Whole messages, so that docs/errors.md finds them (JX-U11, JX-U24).
    std::fputs(request.output == "-" ? "jixiao score: 输入有误，出错后未再输出\n"
                                     : "jixiao score: 输入有误，未输出任何结果\n",
               stderr);
    return kExitBadInput;
  }
  if (!output.Commit(error)) {
    std::fprintf(stderr, "jixiao score: %s\n", error.c_str());
    return kExitBadInput;
  }
  if (request.checksum) std::fprintf(stderr, "%s\n", ChecksumLine(stats, grades).c_str());
  if (stats.with_problems == 0) return kExitOk;
  std::fprintf(stderr, "jixiao score: %zu 个项目中有 %zu 个存在问题\n", stats.projects,
               stats.with_problems);
  return kExitProblems;
}

}  // namespace jixiao
