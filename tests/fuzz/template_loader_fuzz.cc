// Fuzzes the template loader: YAML text → Template → validation → compiled scorecard → one
// empty project scored. Files named by extends: are never read (the reader refuses them).
#include <optional>
#include <string>

#include "engine/evaluate.h"
#include "engine/scorecard.h"
#include "indicators/template_loader.h"
#include "indicators/validate.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace jixiao;
  const auto no_files = [](const std::string&) { return std::optional<std::string>(); };
  LoadResult loaded = LoadTemplateFromString(FuzzText(data, size), "fuzz.yaml", no_files);
  if (!loaded.value || HasErrors(ValidateTemplate(*loaded.value))) return 0;
  CompileResult compiled = CompileScorecard(std::move(*loaded.value));
  if (!compiled.value) return 0;
  Project empty;
  empty.name = "fuzz";
  Evaluate(*compiled.value, empty);
  return 0;
}
