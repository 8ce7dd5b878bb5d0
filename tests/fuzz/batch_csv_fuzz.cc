// Fuzzes batch CSV scoring differentially: the input is a project table; it is scored against the
// standard workload's template (bench/workload.yaml) with the plan for plain projects and without
// it, in small blocks, and the two must give the same lines, diagnostics and totals; in the summary
// format and in the trace CSV.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "engine/csv_batch.h"
#include "reports/trace_csv.h"
#include "tests/fuzz/fuzz_input.h"
#include <sys/mman.h>
#include <unistd.h>

namespace {

using namespace jixiao;

void Line(const ScoreTree& tree, std::string& out) {
  char total[64];
  std::snprintf(total, sizeof total, "%.17g", tree.total);
  out += tree.project.name + "," + total + "," + tree.grade + "\n";
}

void Parts(std::string_view name, double total, const RoundingRule&, std::string_view grade,
           std::string& out) {
  char text[64];
  std::snprintf(text, sizeof text, "%.17g", total);
  out += std::string(name) + "," + text + "," + std::string(grade) + "\n";
}

// Everything a run gave, as text.
std::string Run(const Scorecard& card, std::string_view input, bool use_plan, bool trace) {
  CsvTableOptions options;
  options.cards = {&card};
  options.render =
      trace ? BatchRender{AppendTraceCsvLines, nullptr, EvaluateOptions{false}, &TraceCsvRenderer()}
            : BatchRender{Line, Parts, EvaluateOptions{false}};
  options.use_plan = use_plan;
  options.block_bytes = 256;
  std::string out;
  const int fd = memfd_create("batch_csv_fuzz", 0);
  if (fd < 0 || write(fd, input.data(), input.size()) != static_cast<ssize_t>(input.size()) ||
      lseek(fd, 0, SEEK_SET) != 0)
    std::abort();
  const CsvTableResult result = ScoreCsvTable(
      fd, "fuzz.csv", options,
      [&](BatchOutput& batch) {
        out += batch.text;
        for (const Diagnostic& d : batch.diagnostics) out += FormatDiagnostic(d) + "\n";
        char sum[64];
        std::snprintf(sum, sizeof sum, "%.17g", batch.stats.sum_totals);
        out += "batch: " + std::to_string(batch.stats.projects) + " " + sum + "\n";
      },
      [](size_t) {});
  close(fd);
  out += "projects: " + std::to_string(result.projects) + (result.read ? " read\n" : "\n");
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::unique_ptr<Scorecard> kCard =
      LoadScorecard(JIXIAO_SOURCE_DIR "/bench/workload.yaml").value;
  if (!kCard) std::abort();
  const std::string_view input = FuzzText(data, size);
  for (bool trace : {false, true})
    if (Run(*kCard, input, true, trace) != Run(*kCard, input, false, trace)) std::abort();
  return 0;
}
