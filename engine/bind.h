// Attaches a project's entries to the template's tree and checks the result adds up.
#ifndef JIXIAO_ENGINE_BIND_H_
#define JIXIAO_ENGINE_BIND_H_

#include <optional>
#include <string>
#include <vector>

#include "engine/scorecard.h"
#include "indicators/diagnostic.h"
#include "indicators/project.h"

namespace jixiao {

/// One node of a project's own tree: the template's groups with the project's indicators
/// under them, each indicator with its resolved method.
struct BoundNode {
  const IndicatorNode* tmpl = nullptr;    // the template node (an indicator or a group), or
                                          // null for an indicator the project declares
  const IndicatorEntry* entry = nullptr;  // the project's data for an indicator, or null
  std::string id;
  std::string name;
  std::string path;
  int level = 1;
  bool is_indicator = false;
  double points = 0;                        // effective points
  std::vector<const IndicatorNode*> chain;  // template nodes from the root down to this node
                                            // (for a project indicator: down to its open group)
  // Indicators only:
  const Value* target = nullptr;  // the entry's or the template's (both outlive the binding)
  Comparator comparator = Comparator::kNone;  // effective (反向 with no comparator → ≤)
  Direction direction = Direction::kPositive;
  bool qualitative = false;
  const MethodSpec* method = nullptr;
  std::vector<BoundNode> children;
};

struct BindResult {
  std::vector<BoundNode> roots;
  std::vector<Diagnostic> diagnostics;
};

struct BindOptions {
  /// Check that points add up to each group and to the template's total. Scoring refuses a
  /// project whose points do not add up; the audit binds without the check and reports sums
  /// itself, as findings on the rows.
  bool check_points = true;
};

/// Binds `project` to `card`: resolves every entry's indicator or open group, applies the
/// project's group points, resolves methods, and checks points add up to each group and to the
/// template's total. Groups without any indicator are left out.
BindResult BindProject(const Scorecard& card, const Project& project,
                       const BindOptions& options = {});

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_BIND_H_
