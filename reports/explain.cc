// `jixiao explain`: how one indicator's score was reached, as plain text.
#include <cstddef>
#include <string>
#include <string_view>

#include "reports/labels.h"
#include "reports/render.h"

namespace jixiao {
namespace {

void Line(std::string_view label, std::string_view value, std::string& out) {
  out += std::string(label) + "：" + std::string(value) + "\n";
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
  if (!node.criteria.empty())
    Line(kLabelCriteria, Indented(node.criteria, "  "), out);
  if (node.is_indicator || !node.target_text.empty())
    Line(titles.target, node.target_text, out);
  if (node.is_indicator || !node.actual_text.empty())
    Line(titles.actual, node.actual_text, out);

  out += std::string(kExplainTrace) + "：";
  if (node.trace.empty()) out += kExplainNone;
  out += "\n";
  for (size_t i = 0; i < node.trace.size(); ++i) {
    const TraceStep& step = node.trace[i];
    std::string prefix = "  " + std::to_string(i + 1) + ". ";
    out += prefix + step.label + "：" +
           Indented(step.detail, std::string(prefix.size(), ' ')) + "\n";
  }
  if (!node.children.empty()) {
    out += std::string(kExplainChildren) + "：\n";
    for (const ScoreNode& child : node.children) {
      std::string score = child.outcome == Outcome::kScored || child.overridden
                              ? FormatPoints(child.score, places)
                              : std::string(OutcomeLabel(child.outcome));
      out += "  - " + child.name + "：" + score + " / " +
             FormatPoints(child.weight, places) + "\n";
    }
  }

  Line(kExplainRawScore, FormatDecimal(node.raw_score), out);
  if (node.overridden) {
    Line(kExplainComputedScore, FormatPoints(node.computed_score, places), out);
    Line(titles.score,
         FormatPoints(node.score, places) + "（" +
             std::string(kExplainOverridden) + "）",
         out);
  } else if (node.outcome == Outcome::kScored) {
    Line(titles.score, FormatPoints(node.score, places), out);
  }
  Line(kExplainOutcome, OutcomeLabel(node.outcome), out);
  if (!node.note.empty()) Line(kLabelNote, Indented(node.note, "  "), out);
  if (node.published_score)
    Line(kExplainPublished, FormatPoints(*node.published_score, places), out);
  out += std::string(kExplainFindings) + "：";
  if (node.findings.empty()) out += kExplainNone;
  out += "\n";
  for (const std::string& finding : node.findings)
    out += "  - " + Indented(finding, "    ") + "\n";
  return out;
}

}  // namespace jixiao
