// Fuzzes the formula compiler: the input is one formula, compiled against three indicator ids
// (one that only a bracketed name can write) and evaluated with ordinary inputs, a zero target
// and a missing actual.
#include <memory>
#include <string>
#include <vector>

#include "rules/formula.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace jixiao;
  static const std::vector<std::string> kIds = {"培训人次", "x1", "满意度-调查"};
  std::vector<Diagnostic> diagnostics;
  std::unique_ptr<CompiledFormula> formula = CompiledFormula::Compile(
      FuzzText(data, size), kIds, SourceLocation{"fuzz.yaml", 1, 1}, "fuzz", diagnostics);
  if (!formula) return 0;
  RuleInput in;
  in.weight = 10;
  in.target = 90;
  in.actual = 85;
  in.budget_initial = 100;
  in.budget_full_year = 120;
  in.budget_executed = 110;
  const IndicatorValues others = {{"培训人次", 120.0}, {"x1", std::nullopt}, {"满意度-调查", 95.0}};
  formula->Evaluate(in, others);
  in.target = 0;
  in.budget_full_year = 0;
  formula->Evaluate(in, others);
  in.actual.reset();
  formula->Evaluate(in, {});
  return 0;
}
