#include "engine/template_diff.h"

#include <cmath>
#include <map>
#include <utility>

#include "engine/evaluate.h"
#include "indicators/number_text.h"

namespace jixiao {
namespace {

std::string Join(const std::vector<std::string>& items, std::string_view separator = "、") {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
  return out;
}

std::string OptionalNumber(const std::optional<double>& v) { return v ? NumberText(*v) : ""; }

// "M3 反向（variant R1）"; "" when there is no method.
std::string MethodText(const std::optional<MethodSpec>& m) {
  return m ? MethodDescription(*m) : "";
}

using Params = std::vector<std::pair<std::string, std::string>>;

std::string_view NodeKindText(NodeKind kind) {
  switch (kind) {
    case NodeKind::kGroup:
      return "分组";
    case NodeKind::kIndicator:
      return "指标";
    case NodeKind::kOpenGroup:
      return "开放分组";
  }
  return "";
}

std::string DirectionText(const std::optional<Direction>& d) {
  if (!d) return "";
  return *d == Direction::kPositive ? "正向" : "反向";
}

class Differ {
 public:
  explicit Differ(std::vector<TemplateChange>& out) : out_(out) {}

  void Add(ChangeKind kind, std::string path, std::string field, std::string old_text,
           std::string new_text) {
    out_.push_back(
        {kind, std::move(path), std::move(field), std::move(old_text), std::move(new_text)});
  }
  void Compare(ChangeKind kind, const std::string& path, const std::string& field,
               const std::string& old_text, const std::string& new_text) {
    if (old_text != new_text) Add(kind, path, field, old_text, new_text);
  }

  // A method slot (`field` is 评分方法, 定性方法 or a default's name): one line when the method
  // comes, goes or changes kind, else one line per changed parameter.
  void CompareMethods(ChangeKind kind, const std::string& path, const std::string& field,
                      const std::optional<MethodSpec>& a, const std::optional<MethodSpec>& b) {
    if (!a || !b || a->kind != b->kind) {
      Compare(kind, path, field, MethodText(a), MethodText(b));
      return;
    }
    Params pa = MethodParameters(*a), pb = MethodParameters(*b);
    bool same_keys = pa.size() == pb.size();
    for (size_t i = 0; same_keys && i < pa.size(); ++i) same_keys = pa[i].first == pb[i].first;
    if (!same_keys) {  // M3 R1 → R3 brings step parameters
      Compare(kind, path, field, MethodText(a), MethodText(b));
      return;
    }
    for (size_t i = 0; i < pa.size(); ++i)
      Compare(kind, path, field + "." + pa[i].first, pa[i].second, pb[i].second);
  }

 private:
  std::vector<TemplateChange>& out_;
};

std::string RoundingText(const RoundingRule& r) {
  switch (r.mode) {
    case RoundingMode::kNone:
      return "none";
    case RoundingMode::kHalfUp:
      return "half_up，" + std::to_string(r.places) + " 位";
    case RoundingMode::kHalfEven:
      return "half_even，" + std::to_string(r.places) + " 位";
    case RoundingMode::kDown:
      return "down，" + std::to_string(r.places) + " 位";
  }
  return "";
}

std::string_view NotApplicableText(NotApplicablePolicy p) {
  switch (p) {
    case NotApplicablePolicy::kRescale:
      return "rescale";
    case NotApplicablePolicy::kFullMarks:
      return "full_marks";
    case NotApplicablePolicy::kExclude:
      return "exclude";
  }
  return "";
}

void DiffSettings(const Template& a, const Template& b, Differ& d) {
  const std::pair<const char*, std::string TemplateMeta::*> meta[] = {
      {"编号", &TemplateMeta::id},      {"名称", &TemplateMeta::name},
      {"版本", &TemplateMeta::version}, {"地区", &TemplateMeta::region},
      {"来源", &TemplateMeta::source},  {"说明", &TemplateMeta::description}};
  for (const auto& [label, field] : meta)
    d.Compare(ChangeKind::kMetadata, "模板", label, a.meta.*field, b.meta.*field);
  d.Compare(ChangeKind::kMetadata, "模板", "年度", a.meta.year ? std::to_string(a.meta.year) : "",
            b.meta.year ? std::to_string(b.meta.year) : "");
  d.Compare(ChangeKind::kExtends, "模板", "继承", Join(a.extends, " ← "), Join(b.extends, " ← "));
  d.Compare(ChangeKind::kSetting, "模板", "总分", NumberText(a.total), NumberText(b.total));
  d.Compare(ChangeKind::kSetting, "模板", "表样",
            a.form == FormLayout::kScoringSheet ? "scoring_sheet" : "self_evaluation",
            b.form == FormLayout::kScoringSheet ? "scoring_sheet" : "self_evaluation");
  d.Compare(ChangeKind::kSetting, "模板", "舍入", RoundingText(a.rounding),
            RoundingText(b.rounding));
  d.Compare(ChangeKind::kSetting, "模板", "不适用",
            std::string(NotApplicableText(a.not_applicable)),
            std::string(NotApplicableText(b.not_applicable)));
  d.CompareMethods(ChangeKind::kSetting, "模板", "默认方法.positive", a.defaults.positive,
                   b.defaults.positive);
  d.CompareMethods(ChangeKind::kSetting, "模板", "默认方法.negative", a.defaults.negative,
                   b.defaults.negative);
  d.CompareMethods(ChangeKind::kSetting, "模板", "默认方法.qualitative", a.defaults.qualitative,
                   b.defaults.qualitative);
}

// Items of two lists matched by key, in the new list's order, then the old list's leftovers.
template <typename T, typename Key, typename Both, typename Gone, typename Come>
void MatchByKey(const std::vector<T>& a, const std::vector<T>& b, Key key, Both both, Gone gone,
                Come come) {
  for (const T& y : b) {
    const T* x = nullptr;
    for (const T& candidate : a)
      if (key(candidate) == key(y)) x = &candidate;
    if (x)
      both(*x, y);
    else
      come(y);
  }
  for (const T& x : a) {
    bool kept = false;
    for (const T& y : b) kept |= key(x) == key(y);
    if (!kept) gone(x);
  }
}

std::string GradeText(const GradeBand& g) {
  return "≥ " + NumberText(g.min) + (g.aliases.empty() ? "" : "（别名 " + Join(g.aliases) + "）");
}

std::string LevelRange(const ScaleLevel& l) {
  return "[" + NumberText(l.low) + ", " + NumberText(l.high) + (l.high_inclusive ? "]" : ")");
}

std::string ScaleText(const Scale& s) {
  std::vector<std::string> levels;
  for (const ScaleLevel& l : s.levels) levels.push_back(l.label + " " + LevelRange(l));
  return Join(levels, "；");
}

void DiffGradesAndScales(const Template& a, const Template& b, Differ& d) {
  auto label = [](const GradeBand& g) { return g.label; };
  MatchByKey(
      a.grades, b.grades, label,
      [&](const GradeBand& x, const GradeBand& y) {
        d.Compare(ChangeKind::kGrade, "等级/" + y.label, "最低分", NumberText(x.min),
                  NumberText(y.min));
        d.Compare(ChangeKind::kGrade, "等级/" + y.label, "别名", Join(x.aliases), Join(y.aliases));
      },
      [&](const GradeBand& x) {
        d.Add(ChangeKind::kGrade, "等级/" + x.label, "", GradeText(x), "");
      },
      [&](const GradeBand& y) {
        d.Add(ChangeKind::kGrade, "等级/" + y.label, "", "", GradeText(y));
      });
  auto name = [](const Scale& s) { return s.name; };
  MatchByKey(
      a.scales, b.scales, name,
      [&](const Scale& x, const Scale& y) {
        std::string path = "量表/" + y.name;
        auto level_label = [](const ScaleLevel& l) { return l.label; };
        MatchByKey(
            x.levels, y.levels, level_label,
            [&](const ScaleLevel& lx, const ScaleLevel& ly) {
              d.Compare(ChangeKind::kScale, path + "/" + ly.label, "区间", LevelRange(lx),
                        LevelRange(ly));
              d.Compare(ChangeKind::kScale, path + "/" + ly.label, "别名", Join(lx.aliases),
                        Join(ly.aliases));
            },
            [&](const ScaleLevel& lx) {
              d.Add(ChangeKind::kScale, path + "/" + lx.label, "", LevelRange(lx), "");
            },
            [&](const ScaleLevel& ly) {
              d.Add(ChangeKind::kScale, path + "/" + ly.label, "", "", LevelRange(ly));
            });
      },
      [&](const Scale& x) { d.Add(ChangeKind::kScale, "量表/" + x.name, "", ScaleText(x), ""); },
      [&](const Scale& y) { d.Add(ChangeKind::kScale, "量表/" + y.name, "", "", ScaleText(y)); });
}

// A node in document order with where it sits.
struct FlatNode {
  const IndicatorNode* node = nullptr;
  int parent = -1;   // index into the same list, -1 at the root
  size_t index = 0;  // among its siblings
  std::string path;
};

void Flatten(const std::vector<IndicatorNode>& nodes, int parent, const std::string& prefix,
             std::vector<FlatNode>& out) {
  for (size_t i = 0; i < nodes.size(); ++i) {
    std::string path = prefix.empty() ? nodes[i].name : prefix + "/" + nodes[i].name;
    out.push_back({&nodes[i], parent, i, path});
    Flatten(nodes[i].children, static_cast<int>(out.size() - 1), path, out);
  }
}

std::string NodeSummary(const IndicatorNode& n) {
  std::string out(NodeKindText(n.kind));
  if (n.points) out += "，分值 " + NumberText(*n.points);
  if (n.target) out += "，目标 " + n.target->raw;
  if (n.method) out += "，" + MethodText(n.method);
  return out;
}

bool SamePosition(const FlatNode& x, const FlatNode& y, const std::vector<int>& old_to_new) {
  int mapped_parent = x.parent < 0 ? -1 : old_to_new[static_cast<size_t>(x.parent)];
  if (x.parent >= 0 && mapped_parent < 0) return false;
  return mapped_parent == y.parent && x.index == y.index && x.node->kind == y.node->kind &&
         OptionalNumber(x.node->points) == OptionalNumber(y.node->points) &&
         MethodText(x.node->method) == MethodText(y.node->method) &&
         MethodText(x.node->qualitative_method) == MethodText(y.node->qualitative_method);
}

void DiffNodes(const FlatNode& x, const FlatNode& y, const std::vector<FlatNode>& old_nodes,
               const std::vector<FlatNode>& new_nodes, const std::vector<int>& old_to_new,
               Differ& d) {
  const IndicatorNode& a = *x.node;
  const IndicatorNode& b = *y.node;
  const std::string& p = y.path;
  d.Compare(ChangeKind::kRenamed, p, "编号", a.id, b.id);
  d.Compare(ChangeKind::kRenamed, p, "名称", a.name, b.name);
  int parent = x.parent < 0 ? -1 : old_to_new[static_cast<size_t>(x.parent)];
  if (parent != y.parent)
    d.Add(ChangeKind::kMoved, p, "上级",
          x.parent < 0 ? "（顶层）" : old_nodes[static_cast<size_t>(x.parent)].path,
          y.parent < 0 ? "（顶层）" : new_nodes[static_cast<size_t>(y.parent)].path);
  d.Compare(ChangeKind::kPoints, p, "分值", OptionalNumber(a.points), OptionalNumber(b.points));
  d.CompareMethods(ChangeKind::kMethod, p, "评分方法", a.method, b.method);
  d.CompareMethods(ChangeKind::kMethod, p, "定性方法", a.qualitative_method, b.qualitative_method);
  d.Compare(ChangeKind::kIndicatorField, p, "类型", std::string(NodeKindText(a.kind)),
            std::string(NodeKindText(b.kind)));
  d.Compare(ChangeKind::kIndicatorField, p, "目标值", a.target ? a.target->raw : "",
            b.target ? b.target->raw : "");
  d.Compare(ChangeKind::kIndicatorField, p, "指标性质",
            a.comparator ? std::string(ComparatorSymbol(*a.comparator)) : "",
            b.comparator ? std::string(ComparatorSymbol(*b.comparator)) : "");
  d.Compare(ChangeKind::kIndicatorField, p, "方向", DirectionText(a.direction),
            DirectionText(b.direction));
  d.Compare(ChangeKind::kIndicatorField, p, "评分标准", a.criteria, b.criteria);
  d.Compare(ChangeKind::kIndicatorField, p, "别名", Join(a.aliases), Join(b.aliases));
}

void DiffIndicators(const Template& a, const Template& b, Differ& d) {
  std::vector<FlatNode> old_nodes, new_nodes;
  Flatten(a.roots, -1, "", old_nodes);
  Flatten(b.roots, -1, "", new_nodes);
  std::vector<int> old_to_new(old_nodes.size(), -1), new_to_old(new_nodes.size(), -1);
  std::map<std::string, size_t> old_by_id;
  for (size_t i = 0; i < old_nodes.size(); ++i) old_by_id.emplace(old_nodes[i].node->id, i);
  for (size_t j = 0; j < new_nodes.size(); ++j)
    if (auto it = old_by_id.find(new_nodes[j].node->id); it != old_by_id.end()) {
      old_to_new[it->second] = static_cast<int>(j);
      new_to_old[j] = static_cast<int>(it->second);
    }
  // Renamed ids: document order resolves a parent before its children.
  for (size_t j = 0; j < new_nodes.size(); ++j) {
    if (new_to_old[j] >= 0) continue;
    for (size_t i = 0; i < old_nodes.size(); ++i)
      if (old_to_new[i] < 0 && SamePosition(old_nodes[i], new_nodes[j], old_to_new)) {
        old_to_new[i] = static_cast<int>(j);
        new_to_old[j] = static_cast<int>(i);
        break;
      }
  }
  for (size_t j = 0; j < new_nodes.size(); ++j) {
    if (new_to_old[j] < 0) {
      d.Add(ChangeKind::kAdded, new_nodes[j].path, "", "", NodeSummary(*new_nodes[j].node));
      continue;
    }
    DiffNodes(old_nodes[static_cast<size_t>(new_to_old[j])], new_nodes[j], old_nodes, new_nodes,
              old_to_new, d);
  }
  for (size_t i = 0; i < old_nodes.size(); ++i)
    if (old_to_new[i] < 0)
      d.Add(ChangeKind::kRemoved, old_nodes[i].path, "", NodeSummary(*old_nodes[i].node), "");
}

std::string ExpectedText(const ExpectedScore& e) {
  return e.points ? NumberText(*e.points) : e.outcome;
}

std::string CaseSummary(const TemplateCase& c) {
  std::string out = "项目数据 " + std::to_string(c.inputs.size()) + " 项";
  if (!c.scores.empty()) out += "，预期得分 " + std::to_string(c.scores.size()) + " 项";
  if (c.total) out += "，总分 " + NumberText(*c.total);
  if (!c.grade.empty()) out += "，等级 " + c.grade;
  return out;
}

void DiffCase(const TemplateCase& x, const TemplateCase& y, Differ& d) {
  const std::string path = "用例/" + y.name;
  d.Compare(ChangeKind::kCase, path, "说明", x.description, y.description);
  auto key = [](const CaseInput& i) { return i.key; };
  MatchByKey(
      x.inputs, y.inputs, key,
      [&](const CaseInput& a, const CaseInput& b) {
        d.Compare(ChangeKind::kCase, path, "项目数据." + b.key, a.text, b.text);
      },
      [&](const CaseInput& a) { d.Add(ChangeKind::kCase, path, "项目数据." + a.key, a.text, ""); },
      [&](const CaseInput& b) { d.Add(ChangeKind::kCase, path, "项目数据." + b.key, "", b.text); });
  auto indicator = [](const ExpectedScore& e) { return e.indicator; };
  MatchByKey(
      x.scores, y.scores, indicator,
      [&](const ExpectedScore& a, const ExpectedScore& b) {
        d.Compare(ChangeKind::kCase, path, "预期得分." + b.indicator, ExpectedText(a),
                  ExpectedText(b));
      },
      [&](const ExpectedScore& a) {
        d.Add(ChangeKind::kCase, path, "预期得分." + a.indicator, ExpectedText(a), "");
      },
      [&](const ExpectedScore& b) {
        d.Add(ChangeKind::kCase, path, "预期得分." + b.indicator, "", ExpectedText(b));
      });
  d.Compare(ChangeKind::kCase, path, "预期总分", OptionalNumber(x.total), OptionalNumber(y.total));
  d.Compare(ChangeKind::kCase, path, "预期等级", x.grade, y.grade);
}

// Each indicator row of a tree by path.
void CollectRows(const std::vector<ScoreNode>& nodes, std::vector<const ScoreNode*>& out) {
  for (const ScoreNode& n : nodes) {
    if (n.is_indicator) out.push_back(&n);
    CollectRows(n.children, out);
  }
}

RowScore ScoreOf(const ScoreNode* n) {
  if (n == nullptr) return {};
  return RowScore{n->outcome, n->outcome == Outcome::kScored ? n->score : 0};
}

bool SameScore(const RowScore& a, const RowScore& b) {
  return a.outcome == b.outcome && std::abs(a.score - b.score) < 1e-9;
}

const ScoreNode* FindRow(const std::vector<const ScoreNode*>& rows, const ScoreNode& key) {
  for (const ScoreNode* r : rows)
    if (r->path == key.path) return r;
  const ScoreNode* by_id = nullptr;
  for (const ScoreNode* r : rows)
    if (r->id == key.id) {
      if (by_id) return nullptr;  // ambiguous
      by_id = r;
    }
  return by_id;
}

void Score(const Scorecard& card, const Project& project, std::optional<double>& total,
           std::string& grade, std::string& error, std::optional<ScoreTree>& tree) {
  EvaluateResult result = Evaluate(card, project, EvaluateOptions{false});
  tree = std::move(result.tree);
  if (tree) {
    total = tree->total;
    grade = tree->grade;
    return;
  }
  for (const Diagnostic& diagnostic : result.diagnostics)
    if (diagnostic.severity == Severity::kError) {
      error = diagnostic.message;
      break;
    }
}

}  // namespace

std::vector<TemplateChange> DiffTemplates(const Template& old_template,
                                          const Template& new_template) {
  std::vector<TemplateChange> changes;
  Differ d(changes);
  DiffSettings(old_template, new_template, d);
  DiffGradesAndScales(old_template, new_template, d);
  DiffIndicators(old_template, new_template, d);
  return changes;
}

std::vector<TemplateChange> DiffCases(const std::vector<TemplateCase>& old_cases,
                                      const std::vector<TemplateCase>& new_cases) {
  std::vector<TemplateChange> changes;
  Differ d(changes);
  auto name = [](const TemplateCase& c) { return c.name; };
  MatchByKey(
      old_cases, new_cases, name,
      [&](const TemplateCase& x, const TemplateCase& y) { DiffCase(x, y, d); },
      [&](const TemplateCase& x) {
        d.Add(ChangeKind::kCase, "用例/" + x.name, "", CaseSummary(x), "");
      },
      [&](const TemplateCase& y) {
        d.Add(ChangeKind::kCase, "用例/" + y.name, "", "", CaseSummary(y));
      });
  return changes;
}

bool ProjectEffect::Changed() const {
  bool totals_differ = old_total.has_value() != new_total.has_value() ||
                       (old_total && std::abs(*old_total - *new_total) >= 1e-9);
  return totals_differ || GradeChanged() || !rows.empty();
}

DiffEffect CompareScores(const Scorecard& old_card, const Scorecard& new_card,
                         const std::vector<Project>& projects) {
  DiffEffect effect;
  effect.old_rounding = old_card.tmpl.rounding;
  effect.new_rounding = new_card.tmpl.rounding;
  for (const Project& project : projects) {
    ProjectEffect e;
    e.project = project.name;
    std::optional<ScoreTree> old_tree, new_tree;
    Score(old_card, project, e.old_total, e.old_grade, e.old_error, old_tree);
    Score(new_card, project, e.new_total, e.new_grade, e.new_error, new_tree);
    if (old_tree && new_tree) {
      std::vector<const ScoreNode*> old_rows, new_rows;
      CollectRows(old_tree->roots, old_rows);
      CollectRows(new_tree->roots, new_rows);
      for (const ScoreNode* n : new_rows) {
        const ScoreNode* o = FindRow(old_rows, *n);
        if (!SameScore(ScoreOf(o), ScoreOf(n))) e.rows.push_back({n->path, ScoreOf(o), ScoreOf(n)});
      }
      for (const ScoreNode* o : old_rows)
        if (FindRow(new_rows, *o) == nullptr) e.rows.push_back({o->path, ScoreOf(o), {}});
    }
    if (e.Changed()) ++effect.changed;
    if (e.GradeChanged()) ++effect.grade_changed;
    effect.projects.push_back(std::move(e));
  }
  return effect;
}

}  // namespace jixiao
