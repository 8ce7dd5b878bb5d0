#include "engine/scorecard.h"
#include "indicators/template_loader.h"
#include "indicators/validate.h"

namespace jixiao {
namespace {

void CollectIds(const std::vector<IndicatorNode>& nodes, std::vector<std::string>& ids) {
  for (const IndicatorNode& node : nodes) {
    if (node.kind == NodeKind::kIndicator) ids.push_back(node.id);
    CollectIds(node.children, ids);
  }
}

void CompileMethod(const MethodSpec& spec, const std::string& path, Scorecard& card,
                   std::vector<Diagnostic>& diagnostics) {
  if (spec.kind != RuleKind::kFormula) return;
  std::unique_ptr<CompiledFormula> formula =
      CompiledFormula::Compile(spec.formula, card.indicator_ids, spec.where, path, diagnostics);
  if (formula) card.formulas.emplace(&spec, std::move(formula));
}

void CompileNodes(const std::vector<IndicatorNode>& nodes, const std::string& parent_path,
                  Scorecard& card, std::vector<Diagnostic>& diagnostics) {
  for (const IndicatorNode& node : nodes) {
    std::string path = parent_path.empty() ? node.name : parent_path + "/" + node.name;
    if (node.method) CompileMethod(*node.method, path, card, diagnostics);
    if (node.qualitative_method) CompileMethod(*node.qualitative_method, path, card, diagnostics);
    CompileNodes(node.children, path, card, diagnostics);
  }
}

void CollectChains(const std::vector<IndicatorNode>& nodes,
                   std::vector<const IndicatorNode*>& prefix, Scorecard& card) {
  for (const IndicatorNode& node : nodes) {
    prefix.push_back(&node);
    size_t index = card.chains.size();
    card.chains.push_back(prefix);
    auto add = [&](const std::string& key) {
      std::vector<size_t>& list = card.chains_by_key[key];
      if (list.empty() || list.back() != index) list.push_back(index);
    };
    add(node.id);
    add(node.name);
    for (const std::string& alias : node.aliases) add(alias);
    CollectChains(node.children, prefix, card);
    prefix.pop_back();
  }
}

}  // namespace

CompileResult CompileScorecard(Template t) {
  CompileResult result;
  result.diagnostics = ValidateTemplate(t);
  auto card = std::make_unique<Scorecard>();
  card->tmpl = std::move(t);
  CollectIds(card->tmpl.roots, card->indicator_ids);
  std::vector<const IndicatorNode*> prefix;
  CollectChains(card->tmpl.roots, prefix, *card);
  const MethodDefaults& defaults = card->tmpl.defaults;
  for (const auto* spec : {&defaults.positive, &defaults.negative, &defaults.qualitative})
    if (*spec) CompileMethod(**spec, "", *card, result.diagnostics);
  CompileNodes(card->tmpl.roots, "", *card, result.diagnostics);
  if (!HasErrors(result.diagnostics)) result.value = std::move(card);
  return result;
}

CompileResult LoadScorecard(const std::string& path) {
  LoadResult loaded = LoadTemplateFile(path);
  if (!loaded.value) return CompileResult{nullptr, std::move(loaded.diagnostics)};
  CompileResult compiled = CompileScorecard(std::move(*loaded.value));
  compiled.diagnostics.insert(compiled.diagnostics.begin(), loaded.diagnostics.begin(),
                              loaded.diagnostics.end());
  return compiled;
}

}  // namespace jixiao
