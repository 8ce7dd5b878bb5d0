// `jixiao explain`: how one indicator's score was reached, as plain text.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "reports/labels.h"
#include "reports/render.h"

namespace jixiao {
namespace {

void Line(std::string_view label, std::string_view value, std::string& out) {
  out += std::string(label) + std::string(kColon) + std::string(value) + "\n";
}

// Continuation lines of a multi-line value are indented under their label.
std::string Indented(std::string_view text, std::string_view indent) {
  std::string out;
  for (char c : text) {
    if (c == '\r') continue;
    out.push_back(c);
    if (c == '\n') out += indent;
  }
  return out;
}

std::string_view OrNone(std::string_view text) { return text.empty() ? kExplainNone : text; }

}  // namespace

std::string RenderExplanation(const ScoreTree& tree, const ScoreNode& node) {
  int places = PointPlaces(tree.rounding);
  ValueColumnTitles titles = ValueTitles(tree.form);
  std::string out;
  Line(kExplainIndicator, node.path.empty() ? node.name : node.path, out);
  if (!node.id.empty()) Line(kExplainId, node.id, out);
  Line(kExplainProject, tree.project.name, out);
  out += StampLine(tree.stamp.id, tree.stamp.version, tree.stamp.hash) + "\n";
  Line(titles.weight, FormatPoints(node.weight, places), out);
  if (!node.method.empty()) Line(kExplainMethod, node.method, out);
  if (!node.criteria.empty()) Line(kLabelCriteria, Indented(node.criteria, "  "), out);
  if (node.budget_execution) {
    const BudgetFigures& budget = tree.project.budget;
    auto amount = [&](const std::optional<double>& v) {
      return v ? FormatAmount(*v) + budget.unit : std::string(kExplainNone);
    };
    Line(kLabelBudgetInitial, amount(budget.initial), out);
    Line(kLabelBudgetFullYear, amount(budget.full_year), out);
    Line(kLabelBudgetExecuted, amount(budget.executed), out);
    Line(kLabelExecutionRate,
         tree.execution_rate_percent ? FormatPercent(*tree.execution_rate_percent)
                                     : std::string(kExplainNone),
         out);
  } else if (node.is_indicator) {
    Line(titles.target, OrNone(node.target_text), out);
    Line(titles.actual, OrNone(node.actual_text), out);
  }

  out += std::string(kExplainTrace) + std::string(kColon);
  if (node.trace.empty()) out += kExplainNone;
  out += "\n";
  for (size_t i = 0; i < node.trace.size(); ++i) {
    const TraceStep& step = node.trace[i];
    std::string prefix = "  " + std::to_string(i + 1) + ". ";
    out += prefix + step.label + std::string(kColon) +
           Indented(step.detail, std::string(prefix.size(), ' ')) + "\n";
  }
  if (!node.children.empty()) {
    out += std::string(kExplainChildren) + std::string(kColon) + "\n";
    for (const ScoreNode& child : node.children) {
      std::string score = child.outcome == Outcome::kScored || child.overridden
                              ? FormatPoints(child.score, places)
                              : std::string(OutcomeLabel(child.outcome));
      out += "  - " + child.name + std::string(kColon) + score + " / " +
             FormatPoints(child.weight, places) + "\n";
    }
  }

  bool scored = node.outcome == Outcome::kScored || node.overridden;
  if (scored) Line(kExplainRawScore, FormatDecimal(node.raw_score), out);
  if (node.overridden) {
    Line(kExplainComputedScore, FormatPoints(node.computed_score, places), out);
    Line(titles.score, OverriddenScore(FormatPoints(node.score, places)), out);
  } else if (node.outcome == Outcome::kScored) {
    Line(titles.score, FormatPoints(node.score, places), out);
  }
  Line(kExplainOutcome, OutcomeLabel(node.outcome), out);
  if (!node.note.empty()) Line(kLabelNote, Indented(node.note, "  "), out);
  if (node.published_score)
    Line(kExplainPublished, FormatPoints(*node.published_score, places), out);
  out += std::string(kExplainFindings) + std::string(kColon);
  if (node.findings.empty()) out += kExplainNone;
  out += "\n";
  for (const std::string& finding : node.findings) out += "  - " + Indented(finding, "    ") + "\n";
  return out;
}

}  // namespace jixiao
