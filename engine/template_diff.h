// What changed between two versions of an indicator set, and what the change does to real
// projects: the model of `jixiao diff` (reports/template_diff_report.h prints it).
#ifndef JIXIAO_ENGINE_TEMPLATE_DIFF_H_
#define JIXIAO_ENGINE_TEMPLATE_DIFF_H_

#include <optional>
#include <string>
#include <vector>

#include "engine/scorecard.h"
#include "indicators/project.h"
#include "indicators/template.h"
#include "indicators/template_cases.h"
#include "rules/rule.h"

namespace jixiao {

enum class ChangeKind {
  kMetadata,        // id, name, version, region, year, source, description
  kExtends,         // the parent templates
  kSetting,         // total, form, rounding, not_applicable, defaults
  kGrade,           // a grade band added, removed or changed
  kScale,           // a scale or one of its labels added, removed or changed
  kAdded,           // an indicator or group that only the new template has
  kRemoved,         // one that only the old template has
  kRenamed,         // same node, new name or new id (see DiffTemplates for the rule)
  kMoved,           // same node, new parent
  kPoints,          // 分值
  kMethod,          // the method or one of its parameters, qualitative_method too
  kIndicatorField,  // target, comparator, direction, criteria, aliases, kind
  kCase             // a test case (`cases:`) added, removed, or its project or expectation changed
};

/// One difference: `path` locates it (an indicator path "产出指标/数量指标", or "等级/优",
/// "量表/三档/达成", "舍入"…), `field` names what changed there ("分值", "评分方法.floor"; empty
/// for a whole node or band added or removed), and the texts are as a template author reads
/// them, empty when absent.
struct TemplateChange {
  ChangeKind kind = ChangeKind::kMetadata;
  std::string path;
  std::string field;
  std::string old_text;
  std::string new_text;
};

/// Every difference between two resolved templates (after `extends`), in order: metadata,
/// extends, settings, grades, scales, then the indicators in the new template's document order
/// with the removed ones last.
///
/// Matching nodes: a node of the old template and one of the new are the same node when they
/// have the same id; a changed name is then a rename and a changed parent a move. Of the nodes
/// left over, an old and a new one are the same node with a new id (a rename) when they sit at
/// the same position (the same parent, matched as above, and the same index among its
/// children) with the same kind, points and methods; the rest are removed and added.
std::vector<TemplateChange> DiffTemplates(const Template& old_template,
                                          const Template& new_template);

/// Every difference between two templates' test cases (each file's own `cases:`), matched by
/// name, in the new file's order with the removed ones last: a case added or removed (one line,
/// path "用例/名称"), or one line per changed piece: 说明, 项目数据.KEY (a key of the project as
/// written, or one item of a list: 项目数据.indicators[2]), 预期得分.INDICATOR, 预期总分, 预期等级.
std::vector<TemplateChange> DiffCases(const std::vector<TemplateCase>& old_cases,
                                      const std::vector<TemplateCase>& new_cases);

/// An indicator's score under one template: nullopt outcome when the project has no such row.
struct RowScore {
  std::optional<Outcome> outcome;
  double score = 0;  // rounded, when kScored
};

/// An indicator row whose score or outcome differs between the two templates.
struct RowScoreChange {
  std::string path;
  RowScore old_score;
  RowScore new_score;
};

/// One project scored with both templates. A project that one template cannot score (its data
/// does not bind: a group the template no longer has…) has no total there and the first
/// error's message instead.
struct ProjectEffect {
  std::string project;
  std::optional<double> old_total, new_total;
  std::string old_grade, new_grade;
  std::string old_error, new_error;
  std::vector<RowScoreChange> rows;

  bool GradeChanged() const { return old_grade != new_grade || old_error != new_error; }
  bool Changed() const;
};

/// The effect of a template change on a set of projects.
struct DiffEffect {
  std::vector<ProjectEffect> projects;
  RoundingRule old_rounding, new_rounding;  // how each template's scores are printed
  size_t changed = 0;                       // projects whose total, grade or any row changed
  size_t grade_changed = 0;
};

/// Scores every project with both scorecards (the path `jixiao score` takes) and lists what
/// changed. Rows are matched by path, then by id.
DiffEffect CompareScores(const Scorecard& old_card, const Scorecard& new_card,
                         const std::vector<Project>& projects);

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_TEMPLATE_DIFF_H_
