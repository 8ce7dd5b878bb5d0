// Scoring methods as a template or a project names them (DOMAIN.md §5), parsed once at load.
// The arithmetic lives in rules/; this is only the model.
#ifndef JIXIAO_INDICATORS_METHOD_H_
#define JIXIAO_INDICATORS_METHOD_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "indicators/diagnostic.h"

namespace jixiao {

enum class RuleKind {
  kBudgetExecution,    // M1  预算执行率: w × min(执行数/全年预算数, 1)
  kProportional,       // M2  正向比例: B ≥ A → w, else w × B/A
  kReverse,            // M3  反向: B ≤ A → w, else R1 / R2 / R3
  kEqual,              // M4  等于
  kThreeTier,          // M5  定性三档: an entered score checked against its band
  kBanded,             // M6  分档: ranges → points
  kDeduction,          // M7  扣分: max(0, w − k × n)
  kChecklist,          // M8  条款累加: Σ points of satisfied items, ≤ w
  kThreshold,          // M9  达标全得: B meets A → w, else 0
  kProportionalFloor,  // M10 比例带下限: B/A < floor → 0, else min(w × B/A, w)
  kLinearDeduction,    // M11 每降1%扣1%: max(0, w × (1 − k × (A − B)/A))
  kQualitativeMatch,   // M12 定性匹配: label → fraction of w
  kDefaultFull,        // M13 默认满分
  kManual,             // M14 人工评分: an entered score in [0, w]
  kFormula,            // F   a muparser expression
};

/// The three reverse (lower is better) variants of M3.
enum class ReverseVariant {
  kRatio,   // R1: w × A/B
  kLinear,  // R2: w × (1 − (B − A)/A), 0 at B ≥ 2A
  kStep,    // R3: each step over A deducts `step_points`, 扣完为止
};

/// What M7 (and M3 R3) counts as n.
enum class DeductionMeasure {
  kCount,      // an entered count of failures (项目数据 `count`)
  kShortfall,  // A − B, when B falls short of A
  kExcess,     // B − A, when B exceeds A
};

/// What M6 bands are matched against.
enum class BandMeasure {
  kActual,        // B itself
  kRatioPercent,  // B / A × 100
};

/// One M6 band: a range of the measure and the points it earns. Open ends are nullopt.
struct Band {
  std::optional<double> low;
  bool low_inclusive = true;
  std::optional<double> high;
  bool high_inclusive = false;
  double points = 0;  // absolute points, or a fraction of w when `fraction` is true
  bool fraction = false;
  std::string raw;       // as written, e.g. "80%(含)-90%"
  SourceLocation where;  // in a template: the band's entry in `bands`
};

/// One M8 checklist item.
struct ChecklistItem {
  std::string label;
  double points = 0;
};

/// A scoring method with its parameters, as declared on an indicator or a group.
struct MethodSpec {
  RuleKind kind = RuleKind::kProportional;
  ReverseVariant reverse = ReverseVariant::kRatio;      // M3
  double step_points = 0;                               // M3 R3, M7: k
  double step_size = 1;                                 // M3 R3, M7: deviation per step
  bool whole_steps = false;                             // a started step counts whole
  DeductionMeasure measure = DeductionMeasure::kCount;  // M7
  double floor_ratio = 0.5;                             // M10
  double deduction_rate = 1;                            // M11: k
  double tolerance = 0;                                 // M4, M9 "=": relative tolerance
  double cap_ratio = 1;                                 // M1, M2, M10: score ≤ cap × w
  BandMeasure band_measure = BandMeasure::kActual;      // M6
  std::vector<Band> bands;                              // M6
  std::vector<ChecklistItem> items;                     // M8
  std::string scale;                                    // M5, M12: a template scale's name
  SourceLocation scale_where;                           // the `scale:` key, when written
  std::string formula;                                  // F
  SourceLocation where;                                 // where it was declared
};

/// Looks a method up by any of its names: "M2", "正向比例", "proportional", "公式"/"formula"…
std::optional<RuleKind> RuleKindFromName(std::string_view name);

/// Every name `kind` is accepted by: its code, key, label and aliases (RuleKindFromName also
/// takes codes and keys in any ASCII case).
std::vector<std::string_view> RuleKindNames(RuleKind kind);

/// "M2", "M14", "F".
std::string_view RuleKindCode(RuleKind kind);

/// The Chinese name users read: "正向比例".
std::string_view RuleKindLabel(RuleKind kind);

/// The English key used in templates and JSON: "proportional".
std::string_view RuleKindKey(RuleKind kind);

/// The parameters `spec.kind` reads, as (key, value) pairs named as templates write them
/// (docs/template-format.md, Methods): ("floor", "0.5"), ("cap", "1"); bands and items joined.
std::vector<std::pair<std::string, std::string>> MethodParameters(const MethodSpec& spec);

/// The method with its parameters, as `jixiao diff` prints it: "M3 反向（variant R1）".
std::string MethodDescription(const MethodSpec& spec);
/// The same with the given parameters (MethodParameters and more): "M9 达标全得（tolerance 0，
/// comparator ≤）".
std::string MethodDescription(const MethodSpec& spec,
                              const std::vector<std::pair<std::string, std::string>>& parameters);

/// True for methods whose score an evaluator enters (M5, M14).
bool IsJudged(RuleKind kind);

/// All kinds, in M-number order, for listings and help texts.
const std::vector<RuleKind>& AllRuleKinds();

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_METHOD_H_
