// Fuzzes the CSV project importer: the input is a CSV file; its projects are scored against the
// shipped central_2020 indicator set, as `jixiao score` would.
#include <memory>
#include <string>
#include <vector>

#include "engine/evaluate.h"
#include "engine/scorecard.h"
#include "indicators/project_csv.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace jixiao;
  static const std::unique_ptr<Scorecard> kCard =
      LoadScorecard(JIXIAO_SOURCE_DIR "/indicators/sets/central_2020.yaml").value;
  std::vector<Diagnostic> diagnostics;
  const std::vector<Project> projects =
      LoadProjectsFromCsv(FuzzText(data, size), "fuzz.csv", diagnostics);
  if (!kCard || HasErrors(diagnostics)) return 0;
  for (const Project& project : projects) Evaluate(*kCard, project);
  return 0;
}
