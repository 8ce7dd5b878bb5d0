// A template ready to score projects: validated, methods resolved, formulas compiled once.
#ifndef JIXIAO_ENGINE_SCORECARD_H_
#define JIXIAO_ENGINE_SCORECARD_H_

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/template.h"
#include "rules/formula.h"

namespace jixiao {

/// A template after validation and formula compilation. Holds muparser parsers, so it is not
/// thread-safe: compile one per thread.
struct Scorecard {
  Template tmpl;
  /// Compiled formulas by the address of the MethodSpec they belong to (in `tmpl`).
  std::map<const MethodSpec*, std::unique_ptr<CompiledFormula>> formulas;
  /// Ids of the template's indicators, the names formulas may use for their actual values.
  std::vector<std::string> indicator_ids;
  /// Every node of `tmpl` with its ancestors (root first, the node last), in document order:
  /// what binding looks project paths up in, computed once instead of once per project.
  std::vector<std::vector<const IndicatorNode*>> chains;
  /// Indices into `chains`, ascending, by each node's id, name and aliases.
  std::unordered_map<std::string, std::vector<size_t>> chains_by_key;

  Scorecard() = default;
  Scorecard(const Scorecard&) = delete;
  Scorecard& operator=(const Scorecard&) = delete;
};

struct CompileResult {
  std::unique_ptr<Scorecard> value;  // null when there were errors
  std::vector<Diagnostic> diagnostics;
};

/// Validates `t` and compiles its formulas, reporting all problems together.
CompileResult CompileScorecard(Template t);

/// Loads, validates and compiles a template file: the whole front half of the pipeline.
CompileResult LoadScorecard(const std::string& path);

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_SCORECARD_H_
