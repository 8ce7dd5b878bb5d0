// Scores one project against a scorecard: Scorecard × Project → ScoreTree.
#ifndef JIXIAO_ENGINE_EVALUATE_H_
#define JIXIAO_ENGINE_EVALUATE_H_

#include <optional>
#include <vector>

#include "engine/score_tree.h"
#include "engine/scorecard.h"
#include "indicators/diagnostic.h"
#include "indicators/project.h"

namespace jixiao {

struct EvaluateResult {
  std::optional<ScoreTree> tree;        // absent when the data has errors
  std::vector<Diagnostic> diagnostics;  // data errors: unknown groups, points not adding up, …
};

struct EvaluateOptions {
  /// Keep each row's trace (how its score was reached). Batch scoring that prints only totals
  /// turns it off: the rows' scores are the same, their `trace` is empty.
  bool trace = true;
};

/// Binds the project's entries to the template (reporting every data error) and, when there
/// are none, scores every indicator, rounds each row once, adds subtotals and the total, and
/// grades it. Values that are missing or unusable become outcomes, not errors.
EvaluateResult Evaluate(const Scorecard& scorecard, const Project& project,
                        const EvaluateOptions& options = {});

/// Finds a node of the tree by id, path or name (the first match in document order), or null.
const ScoreNode* FindScoreNode(const ScoreTree& tree, std::string_view key);

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_EVALUATE_H_
