// `jixiao audit --template`: a filled table's project bound to a template the way `jixiao score`
// binds project data (engine/bind.h), so each row is recomputed with the template's rule for
// its indicator and each group's points come from the template.
#ifndef JIXIAO_ENGINE_AUDIT_TEMPLATE_H_
#define JIXIAO_ENGINE_AUDIT_TEMPLATE_H_

#include <string>
#include <vector>

#include "engine/bind.h"
#include "engine/scorecard.h"
#include "indicators/filled_table.h"
#include "indicators/project.h"

namespace jixiao {

/// The rows [begin, end) of one project of a table, bound to a template. Not copyable: the
/// bound nodes point into `project`.
struct TableBinding {
  const Template* tmpl = nullptr;
  Project project;  // the rows as project data: one entry per indicator and budget row
  BindResult bound;
  std::vector<const BoundNode*> node;  // per row from `begin`: its indicator, or null
  std::vector<std::string> problem;    // per row from `begin`: why the template does not know it
  size_t begin = 0;

  TableBinding() = default;
  TableBinding(const TableBinding&) = delete;
  TableBinding& operator=(const TableBinding&) = delete;

  /// The bound indicator of table row `row`, or null.
  const BoundNode* NodeOf(size_t row) const { return node[row - begin]; }
};

/// Binds rows [begin, end) of `table` (one project) to `card`. A 三级指标 row is the indicator
/// its 一级/二级指标 path and name give (an open group's own indicator, or the template's fixed
/// one); the budget row is the template's M1 indicator. Points are not checked here (the audit
/// does it); a row the template does not know gets the binder's message in `problem`.
void BindTableProject(const Scorecard& card, const FilledTable& table, size_t begin, size_t end,
                      TableBinding& out);

/// True when `method` is one of the template's defaults (defaults: positive / negative /
/// qualitative) rather than a method the template sets on the indicator or a group above it.
bool IsTemplateDefault(const Template& t, const MethodSpec* method);

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_AUDIT_TEMPLATE_H_
