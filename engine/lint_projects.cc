#include "engine/lint_projects.h"

#include <string>

#include "engine/bind.h"
#include "indicators/lint.h"

namespace jixiao {
namespace {

void LintDeclared(const std::vector<BoundNode>& nodes, const std::string& project,
                  std::vector<Diagnostic>& out) {
  for (const BoundNode& node : nodes) {
    LintDeclared(node.children, project, out);
    if (!node.is_indicator || node.tmpl != nullptr || node.entry == nullptr) continue;
    const IndicatorEntry& entry = *node.entry;
    LintedIndicator i;
    i.path = project + "/" + node.path;
    i.where = entry.where;
    i.points = entry.points;
    i.target = node.target;
    i.comparator = node.comparator;
    i.direction = node.direction;
    i.qualitative = node.qualitative;
    i.method = node.method;
    i.own_method = entry.method ? &*entry.method : nullptr;
    i.from_project = true;
    LintIndicator(i, out);
  }
}

}  // namespace

std::vector<Diagnostic> LintProjects(const Scorecard& card, const std::vector<Project>& projects) {
  std::vector<Diagnostic> out;
  BindOptions options;
  options.check_points = false;
  for (const Project& project : projects) {
    BindResult bound = BindProject(card, project, options);
    if (HasErrors(bound.diagnostics)) {
      for (Diagnostic& d : bound.diagnostics)
        if (d.severity == Severity::kError) out.push_back(std::move(d));
      continue;
    }
    LintDeclared(bound.roots, project.name, out);
  }
  SortByLocation(out);
  return out;
}

}  // namespace jixiao
