#include "engine/audit_template.h"

#include <unordered_map>

#include "indicators/value.h"

namespace jixiao {
namespace {

// The template's budget-execution (M1) indicator, when it has exactly one: what a table's
// 预算执行率 / 年度资金总额 row is, whatever the template calls it.
const IndicatorNode* BudgetIndicator(const Scorecard& card) {
  const IndicatorNode* found = nullptr;
  for (const std::vector<const IndicatorNode*>& chain : card.chains) {
    const IndicatorNode* node = chain.back();
    if (node->kind != NodeKind::kIndicator || !node->method ||
        node->method->kind != RuleKind::kBudgetExecution)
      continue;
    if (found != nullptr) return nullptr;
    found = node;
  }
  return found;
}

IndicatorEntry EntryOf(const FilledRow& r, const std::string& file, const IndicatorNode* budget) {
  IndicatorEntry e;
  e.where = SourceLocation{file, r.line, 0};
  if (r.kind == FilledRowKind::kBudget && r.level3.empty()) {
    e.ref = budget->id;
    return e;
  }
  std::string group = r.level1;
  if (!r.level2.empty()) group += (group.empty() ? "" : "/") + r.level2;
  if (group.empty())
    e.ref = r.level3;
  else
    e.group = group;
  e.name = r.level3;
  e.points = ParsePoints(r.points).value_or(0);
  if (!r.target.empty()) e.target = ParseValue(r.target);
  e.actual = ParseValue(r.actual);
  e.criteria = r.criteria;
  e.note = r.note;
  return e;
}

void CollectLeaves(const std::vector<BoundNode>& nodes, const Project& project,
                   const std::vector<size_t>& entry_rows, TableBinding& out) {
  for (const BoundNode& node : nodes) {
    CollectLeaves(node.children, project, entry_rows, out);
    if (!node.is_indicator || node.entry == nullptr || node.method == nullptr) continue;
    const size_t entry = static_cast<size_t>(node.entry - project.entries.data());
    out.node[entry_rows[entry] - out.begin] = &node;
  }
}

}  // namespace

void BindTableProject(const Scorecard& card, const FilledTable& table, size_t begin, size_t end,
                      TableBinding& out) {
  out.tmpl = &card.tmpl;
  out.begin = begin;
  out.node.assign(end - begin, nullptr);
  out.problem.assign(end - begin, std::string());
  out.project = Project{};
  const IndicatorNode* budget = BudgetIndicator(card);
  std::vector<size_t> entry_rows;
  std::unordered_map<int, size_t> row_by_line;
  for (size_t i = begin; i < end; ++i) {
    const FilledRow& r = table.rows[i];
    if (r.kind != FilledRowKind::kIndicator && r.kind != FilledRowKind::kBudget) continue;
    if (r.kind == FilledRowKind::kBudget && r.level3.empty() && budget == nullptr) {
      out.problem[i - begin] = "模板中没有预算执行率指标（方法为 M1 预算执行率的指标）";
      continue;
    }
    if (out.project.name.empty()) {
      out.project.name = r.project;
      out.project.where = SourceLocation{table.file, r.line, 0};
    }
    out.project.entries.push_back(EntryOf(r, table.file, budget));
    entry_rows.push_back(i);
    row_by_line[r.line] = i;
  }
  BindOptions options;
  options.check_points = false;
  out.bound = BindProject(card, out.project, options);
  for (const Diagnostic& d : out.bound.diagnostics) {
    auto it = row_by_line.find(d.where.line);
    if (d.severity != Severity::kError || it == row_by_line.end()) continue;
    std::string& problem = out.problem[it->second - begin];
    if (!problem.empty()) continue;
    problem = d.message + (d.hint.empty() ? "" : "（" + d.hint + "）");
  }
  CollectLeaves(out.bound.roots, out.project, entry_rows, out);
}

bool IsTemplateDefault(const Template& t, const MethodSpec* method) {
  for (const std::optional<MethodSpec>* d :
       {&t.defaults.positive, &t.defaults.negative, &t.defaults.qualitative})
    if (*d && &**d == method) return true;
  return false;
}

}  // namespace jixiao
