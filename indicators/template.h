// The indicator set (指标体系) model: plain structs filled by the template loader.
#ifndef JIXIAO_INDICATORS_TEMPLATE_H_
#define JIXIAO_INDICATORS_TEMPLATE_H_

#include <optional>
#include <string>
#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/method.h"
#include "indicators/value.h"

namespace jixiao {

/// 正向 (higher is better) or 反向 (lower is better).
enum class Direction { kPositive, kNegative };

/// One label of a qualitative scale and the fraction of the points it earns. M12 gives
/// `high` × w; M5 accepts an entered score in [low × w, high × w) (or up to high × w inclusive
/// when `high_inclusive`).
struct ScaleLevel {
  std::string label;
  std::vector<std::string> aliases;
  double low = 0;
  double high = 1;
  bool high_inclusive = false;
};

/// A qualitative scale (label → fraction of points), declared once and reused by name.
struct Scale {
  std::string name;
  std::vector<ScaleLevel> levels;
  SourceLocation where;
};

enum class NodeKind {
  kGroup,      // has children declared in the template
  kIndicator,  // a leaf scored by a method
  kOpenGroup,  // a leaf group: each project declares its own indicators (三级指标) under it
};

/// A node of the hierarchy. Method, direction and scale set on a group are the defaults of
/// everything below it, including indicators that projects declare.
struct IndicatorNode {
  NodeKind kind = NodeKind::kGroup;
  std::string id;                        // unique in the template
  std::string name;                      // as printed: "产出指标"
  std::vector<std::string> aliases;      // other printed names: "服务对象满意度标"
  std::optional<double> points;          // 分值; nullopt when projects set it (open groups)
  std::optional<Value> target;           // 年度指标值 (indicators)
  std::optional<Comparator> comparator;  // overrides the target's own comparator
  std::optional<Direction> direction;    // 正向/反向
  std::optional<MethodSpec> method;      // for numeric targets (and the only method)
  std::optional<MethodSpec> qualitative_method;  // for text targets, when different
  std::string criteria;                          // 评分标准 as the form prints it
  std::vector<IndicatorNode> children;
  SourceLocation where;
  SourceLocation points_where;  // the `points:` key, when written (line 0 otherwise)
  SourceLocation target_where;  // the `target:` key, when written
};

enum class RoundingMode { kNone, kHalfUp, kHalfEven, kDown };

/// How every row score is rounded, once; totals add the rounded rows.
struct RoundingRule {
  RoundingMode mode = RoundingMode::kHalfUp;
  int places = 2;
};

/// A grade band: totals ≥ `min` get `label` (bands are kept in descending `min`).
struct GradeBand {
  std::string label;
  std::vector<std::string> aliases;
  double min = 0;
  SourceLocation where;
};

/// What a not-applicable (不适用) indicator does to the total.
enum class NotApplicablePolicy {
  kRescale,    // total = declared total × Σ s / Σ w over applicable indicators (central notes)
  kFullMarks,  // counts as full marks
  kExclude,    // dropped: the total is out of fewer points
};

/// The layout a filled form takes.
enum class FormLayout {
  kProjectSelfEvaluation,  // 项目支出绩效自评表 (central, Beijing)
  kScoringSheet,  // 自评价评分表 with 权重/目标值/业绩值/评分结果/评分标准 (Shenzhen)
};

/// The methods an indicator gets when neither it nor any group above it names one.
struct MethodDefaults {
  std::optional<MethodSpec> positive;     // 正向 numeric targets (central: M2)
  std::optional<MethodSpec> negative;     // 反向 numeric targets (central: M3 R1)
  std::optional<MethodSpec> qualitative;  // text targets (central: M5)
};

struct TemplateMeta {
  std::string id;
  std::string name;
  std::string version;
  std::string region;
  int year = 0;
  std::string source;  // the document it comes from
  std::string description;
};

/// A loaded, not yet validated indicator set.
struct Template {
  TemplateMeta meta;
  std::string file;                  // path it was loaded from
  std::string content_hash;          // FNV-1a 64 of its bytes and its parents', 16 hex digits
  std::vector<std::string> extends;  // ids of the templates it extends, nearest first
  double total = 100;
  RoundingRule rounding;
  std::vector<GradeBand> grades;  // descending min
  NotApplicablePolicy not_applicable = NotApplicablePolicy::kRescale;
  FormLayout form = FormLayout::kProjectSelfEvaluation;
  MethodDefaults defaults;
  std::vector<Scale> scales;
  std::vector<IndicatorNode> roots;
  SourceLocation where;  // the file's start
  // Where an author edits what the validator checks (line 0 when not written). With `extends`,
  // each is the nearest file's: `indicators_where` is the `indicators:` key, or, in a file that
  // inherits them, its `overrides:`, `add:` or `remove:` key.
  SourceLocation total_where;
  SourceLocation indicators_where;
  SourceLocation grades_where;
};

/// The default grade bands of central practice: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差.
std::vector<GradeBand> DefaultGradeBands();

/// Finds a scale by name, or nullptr.
const Scale* FindScale(const Template& t, std::string_view name);

/// The direction of an indicator: the nearest `direction` on `chain` (root first, the indicator
/// last), else 反向 for ≤ and < comparators, else 正向.
Direction ResolveDirection(const std::vector<const IndicatorNode*>& chain, Comparator comparator);

/// The method of an indicator: for text targets the nearest `qualitative_method`, then the nearest
/// `method`, then the template default; for numeric targets the nearest `method`, then the
/// default for its direction. `own` (a project-declared indicator's method) wins over all.
/// nullptr when none applies.
const MethodSpec* ResolveMethod(const Template& t, const std::vector<const IndicatorNode*>& chain,
                                const MethodSpec* own, bool qualitative, Direction direction);

/// Finds a node by id anywhere in the tree, or nullptr.
const IndicatorNode* FindNodeById(const std::vector<IndicatorNode>& roots, std::string_view id);
IndicatorNode* FindNodeById(std::vector<IndicatorNode>& roots, std::string_view id);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_TEMPLATE_H_
