#include "reports/trace_csv.h"

#include <utility>
#include <vector>

#include "reports/labels.h"
#include "reports/render.h"

namespace jixiao {
namespace {

// 结果: `label`, then the remarks in brackets when there are any.
void AppendResult(std::string_view label, std::string_view remarks, std::string& out) {
  if (remarks.empty()) {
    AppendCsvTextField(label, out);
    return;
  }
  std::string text(label);
  text += "（";
  text += remarks;
  text += "）";
  AppendCsvTextField(text, out);
}

std::string IndicatorFields(std::string_view path, std::string_view method, double weight,
                            const RoundingRule& rounding) {
  std::string out = ",";
  AppendCsvTextField(path, out);
  out += ',';
  AppendCsvTextField(method, out);
  out += ',';
  AppendPoints(weight, PointPlaces(rounding), out);
  return out;
}

// An indicator's remarks: the override, then its findings (for a row not scored, the reason).
std::string NodeRemarks(const ScoreNode& node, int places) {
  std::vector<std::string> remarks;
  if (node.overridden)
    remarks.push_back(OverrideText(FormatPoints(node.computed_score, places), node.note));
  remarks.insert(remarks.end(), node.findings.begin(), node.findings.end());
  return JoinRemarks(remarks);
}

void AppendNodeLines(const ScoreTree& tree, const ScoreNode& node, std::string& out) {
  if (!node.is_indicator) {
    for (const ScoreNode& child : node.children) AppendNodeLines(tree, child, out);
    return;
  }
  const std::string method = node.method_spec != nullptr
                                 ? TraceCsvMethod(*node.method_spec, node.comparator)
                                 : node.method;
  const std::string remarks = NodeRemarks(node, PointPlaces(tree.rounding));
  AppendTraceCsvRow(tree.project.name,
                    IndicatorFields(node.path, method, node.weight, tree.rounding),
                    TraceRow{node.target_text, node.actual_text, node.outcome, node.raw_score,
                             node.score, remarks},
                    tree.rounding, out);
}

}  // namespace

std::string_view TraceCsvHeader() {
  return "项目名称,指标,方法,分值,目标值,业绩值,原始得分,得分,结果\n";
}

std::string TraceCsvMethod(const MethodSpec& method, Comparator comparator) {
  std::vector<std::pair<std::string, std::string>> parameters = MethodParameters(method);
  // Only M9 compares B with A by the comparator (M4 by its tolerance).
  if (method.kind == RuleKind::kThreshold && comparator != Comparator::kNone)
    parameters.emplace_back("comparator", std::string(ComparatorSymbol(comparator)));
  return MethodDescription(method, parameters);
}

std::string TraceCsvIndicator(std::string_view path, const MethodSpec& method,
                              Comparator comparator, double weight, const RoundingRule& rounding) {
  return IndicatorFields(path, TraceCsvMethod(method, comparator), weight, rounding);
}

void AppendTraceCsvRow(std::string_view project, std::string_view indicator, const TraceRow& row,
                       const RoundingRule& rounding, std::string& out) {
  AppendCsvTextField(project, out);
  out += indicator;
  out += ',';
  AppendCsvTextField(row.target, out);
  out += ',';
  AppendCsvTextField(row.actual, out);
  out += ',';
  if (row.outcome == Outcome::kScored) {
    AppendDecimal(row.raw_score, out);
    out += ',';
    AppendPoints(row.score, PointPlaces(rounding), out);
  } else {
    out += ',';
  }
  out += ',';
  AppendResult(OutcomeLabel(row.outcome), row.remarks, out);
  out += '\n';
}

void AppendTraceCsvTotal(std::string_view project, double max_total, double total,
                         std::string_view grade, std::string_view remarks,
                         const RoundingRule& rounding, std::string& out) {
  const int places = PointPlaces(rounding);
  AppendCsvTextField(project, out);
  out += ',';
  out += kLabelTotal;
  out += std::string_view(",,");
  AppendPoints(max_total, places, out);
  out += std::string_view(",,,,");
  AppendPoints(total, places, out);
  out += ',';
  AppendResult(grade, remarks, out);
  out += '\n';
}

void AppendTraceCsvLines(const ScoreTree& tree, std::string& out) {
  for (const ScoreNode& root : tree.roots) AppendNodeLines(tree, root, out);
  AppendTraceCsvTotal(tree.project.name, tree.max_total, tree.total, tree.grade,
                      JoinRemarks(tree.findings), tree.rounding, out);
}

const TraceRenderer& TraceCsvRenderer() {
  static constexpr TraceRenderer kRenderer{TraceCsvIndicator, AppendTraceCsvRow,
                                           AppendTraceCsvTotal};
  return kRenderer;
}

}  // namespace jixiao
