// Google Benchmark micro-benchmarks: each built-in method through ApplyRule (with and without
// its trace text), custom formulas through muparser, one whole project of the standard workload
// through Evaluate, and template load + compile — next to hand-written C++ of the same rule, the
// physical limit. Not a test: numbers go in bench/README.md. Build with -DJIXIAO_BENCHMARKS=ON.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/evaluate.h"
#include "engine/score_plan.h"
#include "engine/scorecard.h"
#include "indicators/template_loader.h"
#include "indicators/value.h"
#include "rules/formula.h"
#include "rules/qualitative.h"
#include "rules/rule.h"
#include <benchmark/benchmark.h>

namespace jixiao {
namespace {

// Inputs that cycle so the branch predictor cannot learn one answer.
constexpr int kInputs = 64;
struct Pair {
  double target, actual;
};
std::vector<Pair> MakeInputs() {
  std::vector<Pair> out;
  for (int i = 0; i < kInputs; ++i)
    out.push_back({50.0 + i * 2.3, (50.0 + i * 2.3) * (0.55 + 0.01 * (i * 37 % 64))});
  return out;
}
const std::vector<Pair> kPairs = MakeInputs();

void BM_Rule(benchmark::State& state, RuleKind kind, bool explain) {
  MethodSpec spec;
  spec.kind = kind;
  spec.step_points = 1;
  spec.measure = DeductionMeasure::kShortfall;
  RuleInput in;
  in.weight = 5;
  in.explain = explain;
  in.budget_full_year = 100;
  in.entered_score = 4;
  in.count = 2;
  size_t i = 0;
  for (auto _ : state) {
    const Pair& p = kPairs[i++ % kInputs];
    in.target = p.target;
    in.actual = p.actual;
    in.budget_executed = p.actual;
    RuleResult r = ApplyRule(spec, in);
    benchmark::DoNotOptimize(r.points);
  }
}

// The methods that read more than two numbers, each with inputs that cycle as kPairs do: M5 an
// entered score checked against its band of the central scale, M6 completion bands on B/A, M8
// the satisfied items of a checklist, M12 a label matched on a four-level scale.
void BM_RuleWith(benchmark::State& state, RuleKind kind, bool explain) {
  MethodSpec spec;
  spec.kind = kind;
  spec.band_measure = BandMeasure::kRatioPercent;
  // 90%(含)以上 10, 80%(含)-90% 8, 60%(含)-80% 5, below 0.
  const double edges[][3] = {{90, 0, 10}, {80, 90, 8}, {60, 80, 5}};  // low, high (0: none), points
  for (const auto& edge : edges) {
    Band& band = spec.bands.emplace_back();
    band.low = edge[0];
    if (edge[1] > 0) band.high = edge[1];
    band.points = edge[2];
  }
  spec.items = {{"制度健全", 3}, {"档案完整", 3}, {"按时报送", 4}, {"公开透明", 2}};
  const Scale grades{
      "优良中差",
      {ScaleLevel{"优", {"优秀"}, 0.9, 1.0, true}, ScaleLevel{"良", {"良好"}, 0.8, 0.9, false},
       ScaleLevel{"中", {}, 0.6, 0.8, false}, ScaleLevel{"差", {}, 0.0, 0.6, false}},
      {}};
  const char* bands[] = {"达成", "部分达成", "未达成"};
  const double scores[] = {9, 7, 3};
  const char* labels[] = {"优", "良好", "中", "差"};
  const std::vector<std::string> satisfied[] = {
      {"制度健全", "按时报送"}, {"档案完整"}, {"制度健全", "档案完整", "按时报送", "公开透明"}};
  // Twelve inputs built beforehand (the lists are not copied in the loop): every mix of the above.
  std::vector<RuleInput> inputs(12);
  for (size_t j = 0; j < inputs.size(); ++j) {
    RuleInput& in = inputs[j];
    in.weight = 10;
    in.explain = explain;
    if (kind == RuleKind::kQualitativeMatch) in.scale = &grades;
    if (kind == RuleKind::kThreeTier) in.scale = &DefaultThreeTierScale();
    in.target = kPairs[j].target;
    in.actual = kPairs[j].actual;
    in.entered_score = scores[j % 3];
    in.entered_band = bands[j % 3];
    in.actual_label = labels[j % 4];
    in.satisfied = satisfied[j % 3];
  }
  size_t i = 0;
  for (auto _ : state) {
    const RuleInput& in = inputs[i++ % inputs.size()];
    RuleResult r = ApplyRule(spec, in);
    benchmark::DoNotOptimize(r.points);
  }
}

// The same rules written by hand: the limit (shared/bench/limit.cc's Score).
double HandProportional(double a, double t, double w) { return (a / t < 1 ? a / t : 1) * w; }
double HandThreshold(double a, double t, double w) { return a >= t ? w : 0; }
double HandFloor(double a, double t, double w) {
  double r = a / t;
  return r < 0.5 ? 0 : (r < 1 ? r : 1) * w;
}

// The other methods by hand, on BM_Rule's inputs (w = 5, 全年预算数 100, entered score 4).
double HandBudget(double a, double, double w) { return (a / 100 < 1 ? a / 100 : 1) * w; }
double HandReverse(double a, double t, double w) { return a <= t ? w : w * t / a; }
double HandEqual(double a, double t, double w) { return a == t ? w : 0; }
double HandShortfall(double a, double t, double w) {
  const double lost = a < t ? t - a : 0;  // 1 point a unit short
  return lost < w ? w - lost : 0;
}
double HandLinear(double a, double t, double w) {
  const double s = a < t ? w * (1 - (t - a) / t) : w;
  return s > 0 ? s : 0;
}
double HandDefaultFull(double, double, double w) { return w; }
double HandManual(double, double, double w) { return 4 < w ? 4 : w; }

// M5, M6, M8 and M12 by hand, on BM_RuleWith's twelve inputs (w = 10): the j-th input's score.
double HandThreeTier(size_t j) {
  const double scores[] = {9, 7, 3};
  const double lows[] = {8, 6, 0}, highs[] = {10, 8, 6};  // 达成, 部分达成, 未达成
  const double s = scores[j % 3];
  return s >= lows[j % 3] && (s < highs[j % 3] || (j % 3 == 0 && s <= highs[0])) ? s : -1;
}
double HandBanded(size_t j) {
  const double r = kPairs[j].actual / kPairs[j].target * 100;
  return r >= 90 ? 10 : r >= 80 ? 8 : r >= 60 ? 5 : 0;
}
double HandChecklist(size_t j) {
  static const std::string_view kItems[] = {"制度健全", "档案完整", "按时报送", "公开透明"};
  static const double kPoints[] = {3, 3, 4, 2};
  static const std::vector<std::string_view> kSatisfied[] = {
      {"制度健全", "按时报送"}, {"档案完整"}, {"制度健全", "档案完整", "按时报送", "公开透明"}};
  double sum = 0;
  for (std::string_view label : kSatisfied[j % 3])
    for (size_t k = 0; k < 4; ++k)
      if (label == kItems[k]) sum += kPoints[k];
  return sum < 10 ? sum : 10;
}
double HandQualitativeMatch(size_t j) {
  static const std::string_view kLabels[] = {"优", "良好", "中", "差"};
  static const std::string_view kNames[][2] = {
      {"优", "优秀"}, {"良", "良好"}, {"中", ""}, {"差", ""}};
  static const double kFractions[] = {1.0, 0.9, 0.8, 0.6};
  for (size_t k = 0; k < 4; ++k)
    if (kLabels[j % 4] == kNames[k][0] || kLabels[j % 4] == kNames[k][1]) return kFractions[k] * 10;
  return -1;
}

void BM_HandWith(benchmark::State& state, double (*rule)(size_t)) {
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(rule(i++ % 12));
}

void BM_Hand(benchmark::State& state, double (*rule)(double, double, double)) {
  size_t i = 0;
  for (auto _ : state) {
    const Pair& p = kPairs[i++ % kInputs];
    benchmark::DoNotOptimize(rule(p.actual, p.target, 5));
  }
}

void BM_Formula(benchmark::State& state, const char* text, bool explain) {
  std::vector<Diagnostic> diagnostics;
  auto formula = CompiledFormula::Compile(text, {}, SourceLocation{}, "bench", diagnostics);
  if (!formula) {
    state.SkipWithError("formula did not compile");
    return;
  }
  RuleInput in;
  in.weight = 5;
  in.explain = explain;
  IndicatorValues others;
  size_t i = 0;
  for (auto _ : state) {
    const Pair& p = kPairs[i++ % kInputs];
    in.target = p.target;
    in.actual = p.actual;
    RuleResult r = formula->Evaluate(in, others);
    benchmark::DoNotOptimize(r.points);
  }
}

// A template of `n` (20 or 300) indicators, alternating M2/M9/M10 (as the workload's).
std::string TemplateYaml(int n) {
  std::string yaml = "id: bench\nname: bench\nversion: \"1\"\nrounding: none\nindicators:\n";
  const char* methods[] = {"正向比例", "达标全得", "{method: 比例带下限, floor: 0.5}"};
  // Points that add up to 100 exactly: 20 × 5, or 100 × 0.5 + 200 × 0.25.
  for (int i = 0; i < n; ++i) {
    std::string points = n == 20 ? "5" : i < 100 ? "0.5" : "0.25";
    yaml += "  - {id: i" + std::to_string(i) + ", name: 指标" + std::to_string(i) +
            ", points: " + points + ", method: " + methods[i % 3] + "}\n";
  }
  return yaml;
}

void BM_LoadAndCompileTemplate(benchmark::State& state) {
  const std::string yaml = TemplateYaml(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    LoadResult loaded = LoadTemplateFromString(yaml, "bench.yaml");
    CompileResult compiled = CompileScorecard(std::move(*loaded.value));
    if (!compiled.value) state.SkipWithError("template did not compile");
    benchmark::DoNotOptimize(compiled.value.get());
  }
}

void BM_EvaluateWorkloadProject(benchmark::State& state, bool trace) {
  const int n = 20;
  CompileResult compiled = CompileScorecard(*LoadTemplateFromString(TemplateYaml(n), "b").value);
  Project project;
  project.name = "P0000001";
  for (int i = 0; i < n; ++i) {
    IndicatorEntry& e = project.entries.emplace_back();
    e.ref = "i" + std::to_string(i);
    const Pair& p = kPairs[static_cast<size_t>(i)];
    e.target = ParseValue(std::to_string(p.target));
    e.actual = ParseValue(std::to_string(p.actual));
  }
  for (auto _ : state) {
    EvaluateResult r = Evaluate(*compiled.value, project, EvaluateOptions{trace});
    benchmark::DoNotOptimize(r.tree->total);
  }
  state.SetItemsProcessed(state.iterations() * n);
}

// The same project through the scorecard's plan (batch scoring's path for plain rows): the
// evaluation core, from parsed numbers to total and grade.
void BM_PlanWorkloadProject(benchmark::State& state) {
  const int n = 20;
  CompileResult compiled = CompileScorecard(*LoadTemplateFromString(TemplateYaml(n), "b").value);
  std::unique_ptr<ScorePlan> plan = ScorePlan::Build(*compiled.value);
  if (!plan) {
    state.SkipWithError("no plan");
    return;
  }
  std::vector<PlainValues> values;
  for (int i = 0; i < n; ++i) {
    const Pair& p = kPairs[static_cast<size_t>(i)];
    values.push_back(PlainValues{p.target, p.actual});
  }
  PlanScore score;
  for (auto _ : state) {
    plan->Score(values, score);
    benchmark::DoNotOptimize(score.total);
  }
  state.SetItemsProcessed(state.iterations() * n);
}

void BM_HandWorkloadProject(benchmark::State& state) {
  for (auto _ : state) {
    double total = 0;
    for (int i = 0; i < 20; ++i) {
      const Pair& p = kPairs[static_cast<size_t>(i)];
      double (*rules[])(double, double, double) = {HandProportional, HandThreshold, HandFloor};
      total += rules[i % 3](p.actual, p.target, 5);
    }
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(state.iterations() * 20);
}

BENCHMARK_CAPTURE(BM_Rule, M1_budget_execution, RuleKind::kBudgetExecution, false);
BENCHMARK_CAPTURE(BM_Hand, M1_by_hand, HandBudget);
BENCHMARK_CAPTURE(BM_Rule, M2_proportional, RuleKind::kProportional, false);
BENCHMARK_CAPTURE(BM_Rule, M2_proportional_traced, RuleKind::kProportional, true);
BENCHMARK_CAPTURE(BM_Hand, M2_by_hand, HandProportional);
BENCHMARK_CAPTURE(BM_Rule, M3_reverse, RuleKind::kReverse, false);
BENCHMARK_CAPTURE(BM_Hand, M3_by_hand, HandReverse);
BENCHMARK_CAPTURE(BM_Rule, M4_equal, RuleKind::kEqual, false);
BENCHMARK_CAPTURE(BM_Rule, M4_equal_traced, RuleKind::kEqual, true);
BENCHMARK_CAPTURE(BM_Hand, M4_by_hand, HandEqual);
BENCHMARK_CAPTURE(BM_RuleWith, M5_three_tier, RuleKind::kThreeTier, false);
BENCHMARK_CAPTURE(BM_RuleWith, M5_three_tier_traced, RuleKind::kThreeTier, true);
BENCHMARK_CAPTURE(BM_HandWith, M5_by_hand, HandThreeTier);
BENCHMARK_CAPTURE(BM_RuleWith, M6_banded, RuleKind::kBanded, false);
BENCHMARK_CAPTURE(BM_RuleWith, M6_banded_traced, RuleKind::kBanded, true);
BENCHMARK_CAPTURE(BM_HandWith, M6_by_hand, HandBanded);
BENCHMARK_CAPTURE(BM_Rule, M7_deduction, RuleKind::kDeduction, false);
BENCHMARK_CAPTURE(BM_Rule, M7_deduction_traced, RuleKind::kDeduction, true);
BENCHMARK_CAPTURE(BM_Hand, M7_by_hand, HandShortfall);
BENCHMARK_CAPTURE(BM_RuleWith, M8_checklist, RuleKind::kChecklist, false);
BENCHMARK_CAPTURE(BM_RuleWith, M8_checklist_traced, RuleKind::kChecklist, true);
BENCHMARK_CAPTURE(BM_HandWith, M8_by_hand, HandChecklist);
BENCHMARK_CAPTURE(BM_Rule, M9_threshold, RuleKind::kThreshold, false);
BENCHMARK_CAPTURE(BM_Rule, M9_threshold_traced, RuleKind::kThreshold, true);
BENCHMARK_CAPTURE(BM_Hand, M9_by_hand, HandThreshold);
BENCHMARK_CAPTURE(BM_Rule, M10_proportional_floor, RuleKind::kProportionalFloor, false);
BENCHMARK_CAPTURE(BM_Rule, M10_proportional_floor_traced, RuleKind::kProportionalFloor, true);
BENCHMARK_CAPTURE(BM_Hand, M10_by_hand, HandFloor);
BENCHMARK_CAPTURE(BM_Rule, M11_linear_deduction, RuleKind::kLinearDeduction, false);
BENCHMARK_CAPTURE(BM_Rule, M11_linear_deduction_traced, RuleKind::kLinearDeduction, true);
BENCHMARK_CAPTURE(BM_Hand, M11_by_hand, HandLinear);
BENCHMARK_CAPTURE(BM_RuleWith, M12_qualitative_match, RuleKind::kQualitativeMatch, false);
BENCHMARK_CAPTURE(BM_RuleWith, M12_qualitative_match_traced, RuleKind::kQualitativeMatch, true);
BENCHMARK_CAPTURE(BM_HandWith, M12_by_hand, HandQualitativeMatch);
BENCHMARK_CAPTURE(BM_Rule, M13_default_full, RuleKind::kDefaultFull, false);
BENCHMARK_CAPTURE(BM_Hand, M13_by_hand, HandDefaultFull);
BENCHMARK_CAPTURE(BM_Rule, M14_manual, RuleKind::kManual, false);
BENCHMARK_CAPTURE(BM_Rule, M14_manual_traced, RuleKind::kManual, true);
BENCHMARK_CAPTURE(BM_Hand, M14_by_hand, HandManual);
BENCHMARK_CAPTURE(BM_Formula, F_proportional, "min(B/A, 1) * w", false);
BENCHMARK_CAPTURE(BM_Formula, F_proportional_traced, "min(B/A, 1) * w", true);
BENCHMARK_CAPTURE(BM_Hand, F_proportional_by_hand, HandProportional);
BENCHMARK_CAPTURE(BM_Formula, F_floor, "B/A < 0.5 ? 0 : min(B/A, 1) * w", false);
BENCHMARK_CAPTURE(BM_Formula, F_floor_traced, "B/A < 0.5 ? 0 : min(B/A, 1) * w", true);
BENCHMARK_CAPTURE(BM_Hand, F_floor_by_hand, HandFloor);
BENCHMARK_CAPTURE(BM_EvaluateWorkloadProject, workload_project, false);
BENCHMARK_CAPTURE(BM_EvaluateWorkloadProject, workload_project_traced, true);
BENCHMARK(BM_PlanWorkloadProject);
BENCHMARK(BM_HandWorkloadProject);
BENCHMARK(BM_LoadAndCompileTemplate)->Arg(20)->Arg(300)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace jixiao

BENCHMARK_MAIN();
