// The result of evaluating one project: a tree of scores, each with its trace.
#ifndef JIXIAO_ENGINE_SCORE_TREE_H_
#define JIXIAO_ENGINE_SCORE_TREE_H_

#include <optional>
#include <string>
#include <vector>

#include "indicators/project.h"
#include "indicators/template.h"
#include "rules/rule.h"

namespace jixiao {

/// One step of how a score was reached, in order: {"方法", "M2 正向比例"},
/// {"公式", "w × B/A = 8 × 58/60 = 7.733333"}, {"舍入", "7.733333 → 7.73"}.
struct TraceStep {
  std::string label;
  std::string detail;
};

/// One node of the score tree: a group (subtotal) or an indicator (a row of the form).
struct ScoreNode {
  std::string id;
  std::string name;  // as printed
  std::string path;  // names from the root: "产出指标/数量指标/展销天数"
  int level = 1;     // 1 = 一级指标
  bool is_indicator = false;
  bool budget_execution = false;  // the 预算执行率 component (M1), shown with the 项目资金 rows
  double weight = 0;              // 分值
  Outcome outcome = Outcome::kScored;
  double raw_score = 0;     // before rounding (indicators); sum of children (groups)
  double score = 0;         // rounded once (indicators); sum of rounded rows (groups)
  std::string target_text;  // 年度指标值 as written
  std::string actual_text;  // 实际完成值 as written
  std::string criteria;     // 评分标准
  std::string note;         // 偏差原因分析及改进措施
  std::string method;       // "M2 正向比例"
  /// The method applied and the comparator it compared with, as binding resolved them (for
  /// trace lines: MethodDescription and the comparator). The spec belongs to the scorecard's
  /// template: valid while the Scorecard lives; null for groups.
  const MethodSpec* method_spec = nullptr;
  Comparator comparator = Comparator::kNone;
  bool overridden = false;    // the unit overrode the computed score (with a note)
  double computed_score = 0;  // the rule's rounded score, when overridden
  std::optional<double> published_score;
  std::vector<std::string> findings;  // problems worth a reader's attention, in Chinese
  std::vector<TraceStep> trace;
  std::vector<ScoreNode> children;
};

/// Identifies the exact rules that produced a result.
struct TemplateStamp {
  std::string id;
  std::string name;
  std::string version;
  std::string hash;
};

struct ScoreTree {
  TemplateStamp stamp;
  FormLayout form = FormLayout::kProjectSelfEvaluation;
  RoundingRule rounding;
  ProjectHeader project;  // the input's header as read (name, units, budget, goal)
  std::vector<ScoreNode> roots;
  double max_total = 100;  // declared total
  double total = 0;        // Σ rounded rows, rescaled when indicators are not applicable
  bool rescaled = false;
  std::string grade;
  std::optional<double> execution_rate_percent;  // 全年执行数 / 全年预算数 × 100
  std::vector<std::string> findings;             // project-level problems, in Chinese
  bool has_problems = false;                     // any indicator not scored, or any finding
};

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_SCORE_TREE_H_
