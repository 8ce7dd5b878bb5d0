// The jixiao command line: argument parsing shared by the subcommands, and the subcommands.
#ifndef JIXIAO_ENGINE_CLI_H_
#define JIXIAO_ENGINE_CLI_H_

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/csv_batch.h"
#include "engine/score_tree.h"
#include "engine/scorecard.h"
#include "indicators/diagnostic.h"
#include "indicators/project.h"

namespace jixiao {

/// Exit codes of every subcommand.
enum ExitCode : int {
  kExitOk = 0,        // scored, nothing to report
  kExitProblems = 1,  // scored, but some indicator could not be scored or differs from a
                      // published figure
  kExitBadInput = 2,  // unusable input: usage, template or data errors; nothing was written
};

/// One option a subcommand accepts.
struct OptionSpec {
  std::string_view name;   // "--format"
  std::string_view alias;  // "-o", or ""
  bool takes_value = false;
};

struct ParsedArgs {
  std::vector<std::string> positional;
  std::map<std::string, std::string, std::less<>> options;  // by OptionSpec::name
  bool help = false;
  std::string error;  // usage error, in Chinese
};

/// Parses `args` (after the subcommand name). "--opt=value" and "--opt value" both work.
ParsedArgs ParseArgs(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

/// Prints diagnostics to stderr, errors and warnings alike; returns true when any is an error.
bool PrintDiagnostics(const std::vector<Diagnostic>& diagnostics);

/// Prints "jixiao <command>: <message>" and the usage hint to stderr; returns kExitBadInput.
int UsageError(std::string_view command, std::string_view message);

/// Appends the projects of every data file to `out`, printing their diagnostics (and a file
/// without projects) to stderr; false when there was any error.
bool LoadProjectFiles(const std::vector<std::string>& paths, std::vector<Project>& out);

/// A template and the projects scored against it.
struct ScoredBatch {
  std::unique_ptr<Scorecard> card;
  std::vector<ScoreTree> trees;
};

/// Loads every data file whole (as the table formats read them: a project's CSV rows grouped
/// wherever they are) and evaluates each project with `options`, handing each tree to `each`;
/// diagnostics go to stderr. False when there was any error.
bool ScoreDataFiles(const Scorecard& card, const std::vector<std::string>& paths,
                    const EvaluateOptions& options, const std::function<void(ScoreTree&&)>& each);

/// Loads the template and every data file and scores every project, printing all diagnostics
/// to stderr. nullopt when there was any error (then nothing should be written).
std::optional<ScoredBatch> LoadAndScore(const std::string& template_path,
                                        const std::vector<std::string>& data_paths);

/// jixiao score with a one-line-per-project format: projects stream through bounded memory.
struct BatchRequest {
  std::string template_path;
  std::vector<std::string> data_paths;  // CSV files are streamed; "-" is standard input
  std::string format;                   // "summary-csv", "jsonl" or "trace-csv"
  std::string output = "-";
  int jobs = 1;           // worker threads, one compiled scorecard each
  bool trace = false;     // keep each row's trace steps (jsonl; trace-csv is a trace itself)
  std::string header;     // column names when the CSV has no header row
  bool checksum = false;  // print N, Σ totals and grade counts to stderr
};

/// The scorecards batch scoring needs for `workers` worker threads: one, or one per worker and
/// one for the calling thread (CsvTableOptions::cards). False, with the diagnostics and
/// "jixiao <command>: …" printed, when the template does not compile.
struct BatchCards {
  std::vector<std::unique_ptr<Scorecard>> owned;
  std::vector<const Scorecard*> cards;
};
bool LoadBatchCards(std::string_view command, const std::string& template_path, size_t workers,
                    BatchCards& out);

/// Scores every data file in bounded memory on `csv.cards`' workers: CSV (and "-", standard
/// input) streamed in blocks, JSON Lines a chunk at a time, other files loaded whole. Each
/// batch's output goes to `sink` in input order, its diagnostics for the sink to print (and to
/// fail on); a file's own errors (cannot open, no project, read error) are printed here, and
/// make it return false.
bool StreamDataFiles(const std::vector<std::string>& paths, const CsvTableOptions& csv,
                     const std::function<void(BatchOutput&)>& sink);

/// True for the formats RunBatchScore writes.
bool IsBatchFormat(std::string_view name);

/// Scores as RunScore does, writing each project's line as soon as it and those before it are
/// scored. Exit codes as RunScore's; after a data error, output stops (a file is not written).
int RunBatchScore(const BatchRequest& request);

int RunScore(const std::vector<std::string>& args);
int RunValidate(const std::vector<std::string>& args);
int RunExplain(const std::vector<std::string>& args);
int RunAudit(const std::vector<std::string>& args);
int RunRules(const std::vector<std::string>& args);
int RunTest(const std::vector<std::string>& args);
int RunLint(const std::vector<std::string>& args);
int RunInit(const std::vector<std::string>& args);
int RunSummary(const std::vector<std::string>& args);
int RunDiff(const std::vector<std::string>& args);
int RunDeclare(const std::vector<std::string>& args);

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_CLI_H_
